/** Builds the app on a test database for tests that call `app.fetch` (no port). */
import { createApp, type App, type AppOptions } from '../app.js';
import { loadConfig, type ServerConfig } from '../config.js';
import { openTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: App;
  database: TestDatabase;
  config: ServerConfig;
  /** POSTs a GraphQL operation to /graphql and returns the parsed body and the response. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }; response: Response }>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { config?: Partial<ServerConfig>; seed?: boolean } & Omit<Partial<AppOptions>, 'config' | 'database'> = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  if (options.seed !== false) {
    const { seedDemoData } = await import('../demo/index.js');
    await seedDemoData(database, {});
  }
  const config = loadConfig({ NODE_ENV: 'test' }, options.config);
  const { config: _c, seed: _s, ...rest } = options;
  const app = createApp({ database, config, ...rest });
  return {
    app,
    database,
    config,
    async graphql(query, variables, headers = {}) {
      const body = JSON.stringify({ query, variables });
      const response = await app.fetch(
        new Request('http://waymark.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
          body,
        }),
      );
      return { status: response.status, body: (await response.json()) as never, response };
    },
    close: () => database.close(),
  };
}
