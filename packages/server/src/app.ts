/**
 * The Waymark HTTP application: GraphQL at /graphql, /health and /ready, the kit at /kit/ and the example
 * pages at /examples/. Built by a function so tests call `app.fetch(request)` with no port; server.ts only
 * binds it to HTTP.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { getOperationAST, GraphQLError, type DocumentNode } from 'graphql';
import { createYoga, renderGraphiQL as renderDefaultGraphiQL, type Plugin } from 'graphql-yoga';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { Row } from './db/tables.js';
import type { AppContext } from './graphql/context.js';
import { forbidden, isCodedError } from './graphql/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { buildSchema } from './graphql/schema.js';
import { PARTNER_HEADER, PartnerDirectory } from './http/partners.js';
import { loadPersistedDocuments } from './http/persisted-documents.js';
import { createRateLimiter } from './http/rate-limit.js';
import { serveStatic, type StaticMount } from './http/static.js';
import { createLogger, type Logger } from './log.js';
import { SERVER_VERSION } from './version.js';

export interface AppOptions {
  database: Database;
  config: ServerConfig;
  log?: Logger;
  /** Finds the signed-in staff user for a request; none until the staff-side issue adds sign-in. */
  authenticateStaff?: (request: Request) => Promise<Row<'staff_users'> | null>;
  /** The clock (tests pin it). */
  now?: () => Date;
}

export interface App {
  fetch: (request: Request) => Promise<Response>;
  /** The same app as a Node `http` request listener. */
  handleNodeRequest: (req: IncomingMessage, res: ServerResponse) => void;
  /** Marks the app as draining: /ready answers 503 so load balancers stop sending work. */
  drain(): void;
  partners: PartnerDirectory;
}

const ALLOWED_HEADERS = ['content-type', 'accept', 'accept-language', PARTNER_HEADER, 'idempotency-key'];

export function createApp({ database, config, log = createLogger(config), authenticateStaff, now = () => new Date() }: AppOptions): App {
  const partners = new PartnerDirectory(database.db);
  const persisted = loadPersistedDocuments(config.persistedDocumentDirs);
  let draining = false;
  const serverOrigin = (request: Request) => new URL(request.url).origin;

  const mounts: StaticMount[] = [
    {
      prefix: '/kit/',
      dir: config.kitDir,
      // Module scripts and SRI on partners' pages are cross-origin: the kit is public, so CORS is open.
      headers: (path) => ({
        'access-control-allow-origin': '*',
        'cache-control': path.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      }),
    },
    { prefix: '/examples/', dir: config.examplesDir, headers: () => ({ 'cache-control': 'no-cache' }) },
  ];

  /** Health, readiness, static files and body limits, before GraphQL sees the request. */
  const useHttpRoutes: Plugin = {
    async onRequest(payload) {
      const { request, url } = payload;
      const endResponse = (response: Response) => payload.endResponse(response);
      if (url.pathname === '/health') {
        endResponse(Response.json({ status: 'ok', version: SERVER_VERSION }, { headers: { 'cache-control': 'no-store' } }));
        return;
      }
      if (url.pathname === '/ready') {
        const ok = !draining && (await database.ping());
        endResponse(Response.json({ status: ok ? 'ready' : draining ? 'draining' : 'database unavailable' }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }));
        return;
      }
      if (url.pathname === '/') {
        endResponse(new Response(null, { status: 302, headers: { location: '/examples/' } }));
        return;
      }
      if (url.pathname === '/oruk' || url.pathname.startsWith('/oruk/')) {
        // Open Referral UK read API (public open data, CORS open): src/http/oruk.ts
        const { handleOruk } = await import('./http/oruk.js');
        const oruk = await handleOruk(database.db, request, url);
        if (oruk) {
          endResponse(oruk);
          return;
        }
      }
      for (const mount of mounts) {
        const response = await serveStatic(mount, url.pathname, request.method);
        if (response) {
          endResponse(response);
          return;
        }
      }
      if (url.pathname === '/graphql' && request.method === 'POST') {
        const length = Number(request.headers.get('content-length') ?? NaN);
        if (Number.isNaN(length)) {
          endResponse(Response.json({ errors: [{ message: 'Length required.', extensions: { code: 'BAD_REQUEST' } }] }, { status: 411 }));
        } else if (length > config.maxBodyBytes) {
          endResponse(Response.json({ errors: [{ message: 'Request too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, { status: 413 }));
        }
      }
    },
  };

  /** One structured line per request: never variables, bodies, headers or addresses. */
  const operationNames = new WeakMap<Request, string | undefined>();
  const useRequestLog: Plugin = {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const name = (args.operationName as string | null | undefined) ?? getOperationAST(args.document as DocumentNode, undefined)?.name?.value;
      if (request) operationNames.set(request, name);
    },
    onRequest({ request, serverContext }) {
      (serverContext as { startedAt?: number }).startedAt = performance.now();
      void request;
    },
    onResponse({ request, response, serverContext }) {
      const started = (serverContext as { startedAt?: number }).startedAt;
      const url = new URL(request.url);
      log.info(
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: started === undefined ? undefined : Math.round((performance.now() - started) * 10) / 10,
          operation: operationNames.get(request),
          partner: request.headers.get(PARTNER_HEADER) ?? undefined,
        },
        'request',
      );
    },
  };

  const yoga = createYoga<Record<string, unknown>, AppContext>({
    schema: buildSchema() as never,
    graphqlEndpoint: '/graphql',
    // Our own /health and /ready (useHttpRoutes) replace yoga's built-in check.
    healthCheckEndpoint: '/.yoga/health',
    landingPage: false,
    graphiql: config.graphiql ? { title: 'Waymark GraphQL' } : false,
    // GraphiQL from a local bundle (a development dependency), so opening it makes no third-party request;
    // without the bundle (a production install) yoga's default page is used, which loads from a CDN.
    renderGraphiQL: async (options) => {
      try {
        const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
        return renderGraphiQL(options);
      } catch {
        return renderDefaultGraphiQL(options);
      }
    },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error({ err: args.find((a) => a instanceof Error)?.name }, 'yoga error'),
    },
    batching: false,
    cors: async (request) => {
      const origin = request.headers.get('origin');
      if (!origin) return false;
      // The Open Referral UK API is public open data: any site may read it.
      if (new URL(request.url).pathname.startsWith('/oruk/')) return { origin: '*', credentials: false, methods: ['GET', 'OPTIONS'], maxAge: 600 };
      if (origin !== serverOrigin(request) && !(await partners.allOrigins()).has(origin)) return false;
      return { origin: [origin], credentials: false, methods: ['POST', 'GET', 'OPTIONS'], allowedHeaders: ALLOWED_HEADERS, maxAge: 600 };
    },
    maskedErrors: {
      maskError(error) {
        const original = error instanceof GraphQLError ? (error.originalError ?? undefined) : error;
        if (error instanceof GraphQLError && isCodedError(original) && original.extensions.code === 'BAD_USER_INPUT') return withVariablePath(error);
        if (error instanceof GraphQLError && (!original || isCodedError(original) || original instanceof GraphQLError)) return error;
        // Unexpected: log what kind of failure without its text (a database error can quote the values).
        const err = original as { name?: string; code?: string; constraint?: string } | undefined;
        log.error({ errorName: err?.name, sqlState: err?.code, constraint: err?.constraint }, 'unexpected error');
        return new GraphQLError('Something went wrong. Please try again.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    context: async ({ request }): Promise<AppContext> => {
      const key = request.headers.get(PARTNER_HEADER);
      let partner: Row<'partners'> | null = null;
      if (key) {
        partner = await partners.byKey(key);
        if (!partner) throw forbidden('Unknown partner key.');
        const origin = request.headers.get('origin');
        if (origin && origin !== serverOrigin(request) && !partner.allowed_origins.includes(origin)) {
          throw forbidden('This page is not allowed to use this partner key.');
        }
      }
      return {
        database,
        config,
        log,
        loaders: createLoaders(database.db),
        partner,
        staff: authenticateStaff ? await authenticateStaff(request) : null,
        now: now(),
      };
    },
    plugins: [
      useHttpRoutes,
      useRequestLog,
      createRateLimiter(config).plugin, // submitSelfReferral per address and per partner
      usePersistedOperations({
        allowArbitraryOperations: config.allowArbitraryOperations,
        extractPersistedOperationId: (params) => {
          const p = params as { documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
          if (typeof p.documentId === 'string') return p.documentId;
          const hash = p.extensions?.persistedQuery?.sha256Hash;
          return typeof hash === 'string' ? hash : null;
        },
        getPersistedOperation: (id) => persisted.get(id) ?? null,
      }),
    ],
  });

  return {
    fetch: (request) => Promise.resolve(yoga.fetch(request)),
    handleNodeRequest: (req, res) => void yoga(req, res),
    drain: () => {
      draining = true;
    },
    partners,
  };
}

/**
 * A scalar that rejects a variable knows only its own type name; graphql-js puts the variable and the path
 * inside it in the message (`Variable "$input" got invalid value … at "input.person.postcode"`). Report
 * that path as the field, so widgets can put the message beside the right input.
 */
function withVariablePath(error: GraphQLError): GraphQLError {
  const m = /^Variable "\$([A-Za-z0-9_]+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(error.message);
  const fields = error.extensions.fields as Record<string, string> | undefined;
  if (!m || !fields) return error;
  const key = Object.values(fields)[0];
  const path = m[2] ?? m[1]!;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, fields: { [path]: key } } });
}
