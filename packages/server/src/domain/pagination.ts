/**
 * One pagination style everywhere: forward cursor connections (`first`, `after` → `nodes`, `pageInfo`,
 * `totalCount`). Cursors are opaque to clients: base64url JSON of the sort key of the last item.
 * `totalCount` is a function so the count query runs only when a client asks for it (graphql-js calls
 * function-valued properties when resolving a field).
 */
import { badUserInput } from '../graphql/errors.js';

export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) throw badUserInput({ first: 'first.range' }, `first must be 1 to ${MAX_PAGE_SIZE}.`);
  return n;
}

export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor whose key has `length` items; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, length: number): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key as unknown[];
  } catch {
    // fall through
  }
  throw badUserInput({ after: 'cursor.invalid' }, 'after is not a cursor this API gave.');
}

/** Builds a page from `size + 1` fetched rows: the extra row only says whether there is a next page. */
export function toPage<T>(rows: T[], size: number, keyOf: (row: T) => readonly unknown[], count: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > size, endCursor: last === undefined ? null : encodeCursor(keyOf(last)) },
    totalCount: memo(count),
  };
}

function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}
