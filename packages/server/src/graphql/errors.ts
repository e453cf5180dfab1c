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

/** The same idempotency key came back with a different payload (a new submission needs a new key). */
export const idempotencyKeyReused = () =>
  coded('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different submission.');

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
