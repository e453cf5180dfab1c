/**
 * A stand-in for the `graphql` package in browser bundles. graphql-request 7.4 imports `parse`, `print`
 * and `Kind` from 'graphql' on the path `GraphQLClient` uses (build/legacy/helpers/analyzeDocument.js and
 * build/legacy/lib/graphql.js); that pulls the whole parser (~10 KB gz) into the bundle although our
 * documents are codegen strings sent with `excludeOperationName`, so none of it ever runs. The browser
 * build aliases `graphql` to this module; `graphql-shim.test.ts` reads graphql-request's build and fails
 * if it starts importing a name this module does not export.
 *
 * `GraphQLError` and the type classes/predicates are for graphql-request's other modules
 * (build/lib/graphqlHTTP.js, build/lib/graphql.js), unused by GraphQLClient today: exported so a future
 * patch release that reaches them still links.
 */

/** Never called: `excludeOperationName: true` makes graphql-request skip parsing. Throws if it ever is. */
export function parse(_source: unknown): never {
  throw new Error('Waymark: graphql parse() is not available in the browser build; send codegen string documents.');
}

/** Documents are already strings; returns them as they are. */
export function print(ast: unknown): string {
  if (typeof ast === 'string') return ast;
  if (ast instanceof String) return String(ast);
  throw new Error('Waymark: graphql print() is not available in the browser build; send codegen string documents.');
}

/** The AST node kinds graphql-request compares against (`Kind.OPERATION_DEFINITION`). */
export const Kind = Object.freeze({
  NAME: 'Name',
  DOCUMENT: 'Document',
  OPERATION_DEFINITION: 'OperationDefinition',
  VARIABLE_DEFINITION: 'VariableDefinition',
  SELECTION_SET: 'SelectionSet',
  FIELD: 'Field',
  ARGUMENT: 'Argument',
  FRAGMENT_SPREAD: 'FragmentSpread',
  INLINE_FRAGMENT: 'InlineFragment',
  FRAGMENT_DEFINITION: 'FragmentDefinition',
} as const);

/** Same name and shape as graphql's, for `instanceof`-free code that reads `message`/`extensions`. */
export class GraphQLError extends Error {
  readonly extensions: Record<string, unknown>;
  constructor(message: string, options: { extensions?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'GraphQLError';
    this.extensions = options.extensions ?? {};
  }
}

// Schema type classes and predicates (build/lib/graphql.js). Nothing in the browser builds a schema.
class ShimType {}
export class GraphQLEnumType extends ShimType {}
export class GraphQLInputObjectType extends ShimType {}
export class GraphQLInterfaceType extends ShimType {}
export class GraphQLList extends ShimType {}
export class GraphQLNonNull extends ShimType {}
export class GraphQLObjectType extends ShimType {}
export class GraphQLScalarType extends ShimType {}
export class GraphQLUnionType extends ShimType {}
export const isListType = (type: unknown): boolean => type instanceof GraphQLList;
export const isNonNullType = (type: unknown): boolean => type instanceof GraphQLNonNull;
