/**
 * Every failure the transport reports. The first seven are the API's `extensions.code` values (see
 * `ErrorCode` in schema/common.graphql); NETWORK (fetch failed, offline, endpoint unreachable) and
 * TIMEOUT (no answer in time) are the transport's own.
 */
export type WaymarkErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NETWORK'
  | 'TIMEOUT';

const API_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
  'IDEMPOTENCY_KEY_REUSED',
]);

// Codes other GraphQL servers and yoga's own plugins use, mapped to ours.
const OTHER_CODES: Record<string, WaymarkErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_ID_REQUIRED: 'BAD_USER_INPUT',
  CANNOT_SEND_PQ_ID_AND_BODY: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_IN_LIST: 'NOT_FOUND',
  PERSISTED_QUERY_NOT_FOUND: 'NOT_FOUND',
  PERSISTED_QUERY_ONLY: 'FORBIDDEN',
};

export interface WaymarkErrorInit {
  /** Field path → message key, from `extensions.fields` of BAD_USER_INPUT errors. */
  fields?: Record<string, string>;
  /** From `extensions.retryAfterSeconds` or a `Retry-After` header. */
  retryAfterSeconds?: number | undefined;
  /** The HTTP status, when there was a response. */
  status?: number | undefined;
  /** From `extensions.reference`: the submission an IDEMPOTENCY_KEY_REUSED key already carries. */
  reference?: string | undefined;
  cause?: unknown;
}

/**
 * The one error type widgets handle. `message` is for developers and logs only; a widget shows its own
 * localised text chosen by `code` (core has one per code: `t('error.' + code)`) and, for BAD_USER_INPUT,
 * by `fields`.
 */
export class WaymarkError extends Error {
  override readonly name = 'WaymarkError';
  readonly code: WaymarkErrorCode;
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAfterSeconds: number | undefined;
  readonly status: number | undefined;
  readonly reference: string | undefined;

  constructor(code: WaymarkErrorCode, message: string, init: WaymarkErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.fields = init.fields ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.status = init.status;
    this.reference = init.reference;
  }

  /**
   * Whether asking again may succeed: a network failure, a timeout, a server error, or a rate limit
   * (after `retryAfterSeconds`). Widgets offer "Try again" when true.
   */
  get retriable(): boolean {
    return (
      this.code === 'NETWORK' ||
      this.code === 'TIMEOUT' ||
      this.code === 'INTERNAL_SERVER_ERROR' ||
      this.code === 'RATE_LIMITED'
    );
  }
}

/** The `WaymarkErrorCode` for an `extensions.code` value, or undefined when it is not one we know. */
export function codeFromExtension(code: unknown): WaymarkErrorCode | undefined {
  if (typeof code !== 'string') return undefined;
  if (API_CODES.has(code)) return code as WaymarkErrorCode;
  return OTHER_CODES[code];
}

/** The code for an HTTP status with no usable GraphQL error code. */
export function codeFromStatus(status: number): WaymarkErrorCode {
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408) return 'TIMEOUT';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL_SERVER_ERROR';
}

/** Seconds from a `Retry-After` header (seconds or an HTTP date), if it has a usable value. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
