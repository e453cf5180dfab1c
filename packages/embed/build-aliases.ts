/**
 * Module aliases shared by every browser build of the kit: the CDN build (vite.config.ts) and Storybook
 * (.storybook/main.ts). One list, so the two cannot drift apart.
 *
 * Why `graphql` is aliased (DESIGN §6): graphql-request imports `parse`/`print` from `graphql` even when it
 * is given a query string, which drags graphql's lexer and parser (~10 KB gzip) into the browser. Our
 * documents are persisted and pre-printed by codegen, so core provides a shim exporting only the few
 * names graphql-request needs. The match is exact (`graphql`, not `graphql/…`): a deep import would bypass
 * the shim, and scripts/check-bundle.ts fails the build if parser code ever reaches `dist/`.
 */
import { fileURLToPath } from 'node:url';

export const graphqlShim = fileURLToPath(new URL('../core/src/transport/graphql-shim.ts', import.meta.url));

export const browserAliases = [{ find: /^graphql$/, replacement: graphqlShim }];
