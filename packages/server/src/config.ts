/**
 * Server configuration, read once from the environment. Every setting has a safe default for the demo;
 * production is chosen with NODE_ENV=production, which turns off GraphiQL and arbitrary operations.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Environment = 'development' | 'production' | 'test';

export interface ServerConfig {
  env: Environment;
  host: string;
  port: number;
  /** `postgres://…` to use a PostgreSQL server; unset for embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where embedded PGlite keeps its files. */
  dataDir: string;
  /** GraphiQL at /graphql in a browser: development only. */
  graphiql: boolean;
  /**
   * Whether operations other than the persisted (trusted) documents the widgets were built with may run.
   * True in development (GraphiQL, tests); false in production, so the public endpoint runs only the
   * operations the kit ships.
   */
  allowArbitraryOperations: boolean;
  /** Folders holding codegen's persisted-documents.json manifests. */
  persistedDocumentDirs: string[];
  /** The built kit (served at /kit/) and the example host pages (served at /examples/). */
  kitDir: string;
  examplesDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long to wait for requests in flight on SIGTERM before closing anyway. */
  shutdownGraceMs: number;
  /** Whether to take the client address from `X-Forwarded-For` (only behind a proxy you run). */
  trustProxy: boolean;
  /** submitSelfReferral limits per minute (http/rate-limit.ts); 0 turns a limit off. */
  rateLimits: { perAddressPerMinute: number; perPartnerPerMinute: number };
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** The repository root when run from source (packages/server/src/); the package root when built (dist/). */
const repoRoot = resolve(here, '../../../');
const builtAssets = existsSync(resolve(here, 'persisted-documents')) ? resolve(here, 'persisted-documents') : null;

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const mode: Environment = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dev = mode !== 'production';
  return {
    env: mode,
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.WAYMARK_DATA_DIR ?? resolve(repoRoot, '.data/pglite')),
    graphiql: dev,
    allowArbitraryOperations: env.WAYMARK_ALLOW_ARBITRARY_OPERATIONS ? env.WAYMARK_ALLOW_ARBITRARY_OPERATIONS === 'true' : dev,
    persistedDocumentDirs: [builtAssets ?? resolve(repoRoot, 'packages')],
    kitDir: resolve(env.WAYMARK_KIT_DIR ?? resolve(repoRoot, 'packages/embed/dist')),
    examplesDir: resolve(env.WAYMARK_EXAMPLES_DIR ?? resolve(repoRoot, 'examples')),
    logLevel: (env.LOG_LEVEL as ServerConfig['logLevel'] | undefined) ?? (mode === 'test' ? 'silent' : 'info'),
    maxBodyBytes: int(env.WAYMARK_MAX_BODY_BYTES, 64 * 1024),
    shutdownGraceMs: int(env.WAYMARK_SHUTDOWN_GRACE_MS, 10_000),
    trustProxy: env.WAYMARK_TRUST_PROXY === 'true',
    rateLimits: {
      // Off in tests (browser and end-to-end suites submit many times from one address) unless set.
      perAddressPerMinute: int(env.WAYMARK_RATE_LIMIT_PER_ADDRESS, mode === 'test' ? 0 : 10),
      perPartnerPerMinute: int(env.WAYMARK_RATE_LIMIT_PER_PARTNER, mode === 'test' ? 0 : 300),
    },
    ...overrides,
  };
}
