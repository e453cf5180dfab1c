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
    "query SelfReferralSettings($key: String!) {\n  partner(key: $key) {\n    id\n    name\n    gpPractice {\n      odsCode\n      name\n    }\n    selfReferral {\n      open\n      typicalResponseDays\n      minimumAge\n      whatMattersMaxLength\n      languageOptions\n      questions {\n        nhsNumber\n        communicationNeeds\n        contactTimes\n        preferredLanguage\n      }\n      consent {\n        version\n        sharing {\n          en\n          cy\n        }\n        contact {\n          en\n          cy\n        }\n      }\n      crisisMessage {\n        en\n        cy\n      }\n      service {\n        name\n        contact {\n          phone\n          email\n          website\n        }\n      }\n    }\n  }\n}\n\nquery SelfReferralPracticeSearch($search: String!) {\n  gpPractices(search: $search, first: 10) {\n    totalCount\n    nodes {\n      odsCode\n      name\n      address {\n        town\n        postcode\n      }\n    }\n  }\n}\n\nquery SelfReferralPractice($odsCode: OdsCode!) {\n  gpPractice(odsCode: $odsCode) {\n    odsCode\n    name\n  }\n}\n\nmutation SubmitSelfReferral($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) {\n    reference\n    receivedAt\n    serviceName\n    typicalResponseDays\n    serviceContact {\n      phone\n      email\n      website\n    }\n  }\n}": typeof types.SelfReferralSettingsDocument,
};
const documents: Documents = {
    "query SelfReferralSettings($key: String!) {\n  partner(key: $key) {\n    id\n    name\n    gpPractice {\n      odsCode\n      name\n    }\n    selfReferral {\n      open\n      typicalResponseDays\n      minimumAge\n      whatMattersMaxLength\n      languageOptions\n      questions {\n        nhsNumber\n        communicationNeeds\n        contactTimes\n        preferredLanguage\n      }\n      consent {\n        version\n        sharing {\n          en\n          cy\n        }\n        contact {\n          en\n          cy\n        }\n      }\n      crisisMessage {\n        en\n        cy\n      }\n      service {\n        name\n        contact {\n          phone\n          email\n          website\n        }\n      }\n    }\n  }\n}\n\nquery SelfReferralPracticeSearch($search: String!) {\n  gpPractices(search: $search, first: 10) {\n    totalCount\n    nodes {\n      odsCode\n      name\n      address {\n        town\n        postcode\n      }\n    }\n  }\n}\n\nquery SelfReferralPractice($odsCode: OdsCode!) {\n  gpPractice(odsCode: $odsCode) {\n    odsCode\n    name\n  }\n}\n\nmutation SubmitSelfReferral($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) {\n    reference\n    receivedAt\n    serviceName\n    typicalResponseDays\n    serviceContact {\n      phone\n      email\n      website\n    }\n  }\n}": types.SelfReferralSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfReferralSettings($key: String!) {\n  partner(key: $key) {\n    id\n    name\n    gpPractice {\n      odsCode\n      name\n    }\n    selfReferral {\n      open\n      typicalResponseDays\n      minimumAge\n      whatMattersMaxLength\n      languageOptions\n      questions {\n        nhsNumber\n        communicationNeeds\n        contactTimes\n        preferredLanguage\n      }\n      consent {\n        version\n        sharing {\n          en\n          cy\n        }\n        contact {\n          en\n          cy\n        }\n      }\n      crisisMessage {\n        en\n        cy\n      }\n      service {\n        name\n        contact {\n          phone\n          email\n          website\n        }\n      }\n    }\n  }\n}\n\nquery SelfReferralPracticeSearch($search: String!) {\n  gpPractices(search: $search, first: 10) {\n    totalCount\n    nodes {\n      odsCode\n      name\n      address {\n        town\n        postcode\n      }\n    }\n  }\n}\n\nquery SelfReferralPractice($odsCode: OdsCode!) {\n  gpPractice(odsCode: $odsCode) {\n    odsCode\n    name\n  }\n}\n\nmutation SubmitSelfReferral($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) {\n    reference\n    receivedAt\n    serviceName\n    typicalResponseDays\n    serviceContact {\n      phone\n      email\n      website\n    }\n  }\n}"): typeof import('./graphql.js').SelfReferralSettingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
