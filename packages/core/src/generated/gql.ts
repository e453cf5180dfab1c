/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PartnerProfile($key: String!) {\n  partner(key: $key) {\n    id\n    name\n    kind\n    defaultLanguage\n    prefersMiles\n  }\n}": typeof types.PartnerProfileDocument,
};
const documents: Documents = {
    "query PartnerProfile($key: String!) {\n  partner(key: $key) {\n    id\n    name\n    kind\n    defaultLanguage\n    prefersMiles\n  }\n}": types.PartnerProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerProfile($key: String!) {\n  partner(key: $key) {\n    id\n    name\n    kind\n    defaultLanguage\n    prefersMiles\n  }\n}"): typeof import('./graphql.js').PartnerProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
