/**
 * The only way resolvers and domain modules raise errors a client should see. Each carries
 * `extensions.code` (schema/common.graphql `ErrorCode`); anything else thrown is masked by yoga as
 * INTERNAL_SERVER_ERROR and logged without personal data.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'NOT_FOUND' | 'IDEMPOTENCY_KEY_REUSED';

const httpStatus: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 200,
  UNAUTHENTICATED: 200,
  FORBIDDEN: 200,
  RATE_LIMITED: 429,
  NOT_FOUND: 200,
  IDEMPOTENCY_KEY_REUSED: 200,
};

/**
 * The same idempotency key came back with other answers after the service had started on the submission
 * it first carried (before that, the answers are amended instead). `reference` is that submission's: the
 * caller holds its key, so it may know it.
 */
export const idempotencyKeyReused = (reference?: string) =>
  coded('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a submission the service has started on.', reference ? { reference } : {});

function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: httpStatus[code] }, ...extensions } });
}

/** `fields` maps a field path (`person.postcode`) to a message key (`postcode.invalid`). */
export function badUserInput(fields: Record<string, string>, message = 'The input is invalid.'): GraphQLError {
  return coded('BAD_USER_INPUT', message, { fields });
}

export const unauthenticated = (message = 'Sign in to see this.') => coded('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed.') => coded('FORBIDDEN', message);
export const notFound = (message = 'Not found.') => coded('NOT_FOUND', message);
export const rateLimited = (retryAfterSeconds: number) =>
  coded('RATE_LIMITED', 'Too many requests.', {
    retryAfterSeconds,
    http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  });

export function isCodedError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions?.code === 'string';
}
