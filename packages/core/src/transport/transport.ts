import { ClientError, GraphQLClient } from 'graphql-request';
import { acceptLanguage, type Locale } from '../i18n/locale.js';
import {
  WaymarkError,
  codeFromExtension,
  codeFromStatus,
  parseRetryAfter,
  type WaymarkErrorCode,
} from './errors.js';
import { DOCUMENT_ID_HEADER, documentIdOf, isMutationDocument, persistedDocumentMiddleware } from './persisted.js';
import { DEFAULT_RETRY, abortReason, backoffDelay, isAutoRetriable, sleep, type RetryOptions } from './retry.js';

/**
 * A GraphQL document: a codegen `TypedDocumentString` (typed result and variables; `__meta__.hash` is its
 * persisted-document id) or a plain query string.
 */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  __meta__?: Record<string, unknown> | undefined;
  toString(): string;
}

export interface TransportOptions {
  endpoint: string | undefined;
  /** The partner's public key, sent as `X-Waymark-Partner`. */
  partner?: string | undefined;
  /** Sent as `Accept-Language`. Default `en`. */
  locale?: Locale;
  /** Abort an attempt that has no answer after this long. Default 15 s. */
  timeoutMs?: number;
  /** Automatic retry behaviour (attempts, delays). */
  retry?: RetryOptions;
  /** The fetch to use; default the page's. A seam for tests and for hosts that wrap fetch. */
  fetch?: typeof fetch;
  /** Random source for backoff jitter; default Math.random. */
  random?: () => number;
}

export interface RequestOptions {
  /** Aborting rejects with the signal's reason (an `AbortError` DOMException), not a WaymarkError, and stops retries. */
  signal?: AbortSignal;
  /**
   * Queries are retried on NETWORK, TIMEOUT and server errors. Mutations are retried only when the caller
   * says they are idempotent (for example a referral carrying an idempotency key). `false`: never retry.
   */
  retry?: false | (RetryOptions & { idempotent?: boolean });
  /** Overrides the transport's per-attempt timeout. */
  timeoutMs?: number;
}

export interface Transport {
  readonly endpoint: string | undefined;
  request<TResult, TVariables = Record<string, never>>(
    document: TypedDocument<TResult, TVariables> | string,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<TResult>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const TIMED_OUT = Symbol('timed out');

/**
 * The GraphQL transport every widget uses (no widget talks HTTP itself). Built on graphql-request's
 * `GraphQLClient` with `excludeOperationName`, so graphql's parser is never called (the browser build
 * aliases `graphql` to `graphql-shim.ts`). Always POST: personal data never goes in a URL.
 * Every failure is a `WaymarkError`.
 */
export function createTransport(options: TransportOptions): Transport {
  const { endpoint, partner, locale = 'en', timeoutMs = DEFAULT_TIMEOUT_MS, random = Math.random } = options;
  const headers: Record<string, string> = { 'Accept-Language': acceptLanguage(locale) };
  if (partner) headers['X-Waymark-Partner'] = partner;
  const client = endpoint
    ? new GraphQLClient(endpoint, {
        method: 'POST',
        headers,
        excludeOperationName: true,
        requestMiddleware: persistedDocumentMiddleware,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      })
    : undefined;

  async function attempt(document: string, documentId: string | undefined, variables: unknown, signal: AbortSignal | undefined, ms: number) {
    if (!client) throw new WaymarkError('NETWORK', 'No Waymark endpoint is configured.');
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal ? abortReason(signal) : undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(TIMED_OUT), ms);
    try {
      return await client.request<unknown>({
        document,
        variables: variables as Record<string, unknown>,
        requestHeaders: documentId ? { [DOCUMENT_ID_HEADER]: documentId } : {},
        signal: controller.signal,
      });
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (controller.signal.reason === TIMED_OUT) throw new WaymarkError('TIMEOUT', `No answer within ${ms} ms.`);
      throw toWaymarkError(error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    endpoint,
    async request<TResult, TVariables>(
      document: TypedDocument<TResult, TVariables> | string,
      variables?: TVariables,
      requestOptions: RequestOptions = {},
    ): Promise<TResult> {
      const { signal, retry } = requestOptions;
      const policy = { ...DEFAULT_RETRY, ...options.retry, ...(retry || {}) };
      const mayRetry = retry !== false && (!isMutationDocument(document) || (retry?.idempotent ?? false));
      const attempts = mayRetry ? Math.max(1, policy.attempts) : 1;
      const documentId = documentIdOf(document);
      // A persisted document is sent by id alone (the middleware writes the body); no text exists for it,
      // but graphql-request needs a non-empty document to take the options form of request().
      const text = documentId ? '# persisted' : String(document);
      for (let n = 1; ; n++) {
        if (signal?.aborted) throw abortReason(signal);
        try {
          return (await attempt(text, documentId, variables, signal, requestOptions.timeoutMs ?? timeoutMs)) as TResult;
        } catch (error) {
          if (!(error instanceof WaymarkError) || n >= attempts || !isAutoRetriable(error)) throw error;
          let delay = backoffDelay(n, policy, random);
          if (error.retryAfterSeconds !== undefined) {
            // The server named a time: wait that long if it is short, otherwise leave it to the person.
            if (error.retryAfterSeconds * 1000 > policy.maxDelayMs) throw error;
            delay = Math.max(delay, error.retryAfterSeconds * 1000);
          }
          await sleep(delay, signal);
        }
      }
    },
  };
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; retryAfterSeconds?: unknown; reference?: unknown };
}

/**
 * Turns anything the client throws into a WaymarkError. The message never includes variables (the
 * ClientError's message does, and they may be personal data), so the ClientError is not kept as cause.
 */
export function toWaymarkError(error: unknown): WaymarkError {
  if (error instanceof WaymarkError) return error;
  if (error instanceof ClientError) {
    const { status, headers } = error.response;
    const errors = (Array.isArray(error.response.errors) ? error.response.errors : []) as GraphQLErrorLike[];
    let code: WaymarkErrorCode | undefined;
    let retryAfterSeconds: number | undefined;
    let reference: string | undefined;
    const fields: Record<string, string> = {};
    for (const e of errors) {
      code ??= codeFromExtension(e.extensions?.code);
      if (typeof e.extensions?.reference === 'string') reference ??= e.extensions.reference;
      const after = e.extensions?.retryAfterSeconds;
      if (typeof after === 'number' && Number.isFinite(after)) retryAfterSeconds ??= Math.max(0, Math.ceil(after));
      const f = e.extensions?.fields;
      if (f && typeof f === 'object') {
        for (const [path, key] of Object.entries(f)) if (typeof key === 'string') fields[path] = key;
      }
    }
    code ??= status >= 200 && status < 300 ? 'INTERNAL_SERVER_ERROR' : codeFromStatus(status);
    retryAfterSeconds ??= parseRetryAfter(headers?.get?.('Retry-After'));
    const first = typeof errors[0]?.message === 'string' ? errors[0].message : `HTTP ${status}`;
    return new WaymarkError(code, `${code}: ${first}`, { fields, retryAfterSeconds, status, reference });
  }
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when it cannot reach the server: offline, DNS, refused, CORS.
    return new WaymarkError('NETWORK', `Could not reach the server: ${error.message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new WaymarkError('INTERNAL_SERVER_ERROR', `Unexpected response: ${message}`, { cause: error });
}
