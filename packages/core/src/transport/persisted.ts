import type { RequestMiddleware } from 'graphql-request';

/**
 * Private header carrying a persisted document's id from `request()` to the middleware, which removes it.
 * A header (not a closure) because graphql-request gives the middleware the request and nothing else.
 */
export const DOCUMENT_ID_HEADER = 'X-Waymark-Document-Id';

/** The persisted-document id of a codegen document (`__meta__.hash`), if it has one. */
export function documentIdOf(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } } | null | undefined)?.__meta__;
  return typeof meta?.hash === 'string' && meta.hash !== '' ? meta.hash : undefined;
}

/** True when the document's first operation is a mutation (comments and whitespace skipped). */
export function isMutationDocument(document: unknown): boolean {
  // Generated documents carry only their id and operation type (codegen's replaceDocumentWithHash):
  // the query text never reaches the browser bundle.
  const operation = (document as { __meta__?: { operation?: unknown } } | null | undefined)?.__meta__?.operation;
  if (typeof operation === 'string') return operation === 'mutation';
  return typeof document === 'string' && /^(?:\s|#[^\n\r]*)*mutation\b/.test(document);
}

/**
 * graphql-request middleware for persisted documents: when the private header is present, the body
 * becomes `{ documentId, variables }` — the query text never leaves the browser and the server runs
 * only documents on its allow-list. Requests without the header pass through unchanged.
 */
export const persistedDocumentMiddleware: RequestMiddleware = (request) => {
  const headers = new Headers(request.headers);
  const documentId = headers.get(DOCUMENT_ID_HEADER);
  const { operationName: _operationName, variables, ...init } = request;
  if (!documentId) return { ...init, headers };
  headers.delete(DOCUMENT_ID_HEADER);
  return { ...init, headers, body: JSON.stringify({ documentId, variables }) };
};
