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
    "fragment FinderService on SocialPrescribingService {\n  id\n  name\n  description\n  howToRefer\n  acceptsSelfReferrals\n  typicalResponseDays\n  contact {\n    phone\n    textPhone\n    email\n    website\n  }\n  address {\n    line1\n    line2\n    town\n    postcode\n  }\n  openingHours {\n    day\n    opens\n    closes\n  }\n  openingStatus {\n    isOpen\n    closesAt\n    nextOpensOn\n    nextOpensAt\n    closedFor {\n      date\n      name\n      welshName\n    }\n  }\n  upcomingClosures {\n    date\n    name\n    welshName\n  }\n  languages\n  accessibility\n  linkWorkers {\n    id\n    displayName\n    roleTitle\n    languages\n    photo {\n      url\n      alt\n    }\n  }\n}\n\nquery FinderPartner($key: String!) {\n  partner(key: $key) {\n    id\n    prefersMiles\n    gpPractice {\n      odsCode\n      name\n    }\n  }\n}\n\nquery FinderPracticeSearch($search: String!) {\n  gpPractices(search: $search, first: 10) {\n    totalCount\n    nodes {\n      odsCode\n      name\n      address {\n        town\n        postcode\n      }\n    }\n  }\n}\n\nquery FinderPracticeServices($odsCode: OdsCode!) {\n  gpPractice(odsCode: $odsCode) {\n    odsCode\n    name\n    pcn {\n      name\n    }\n    services {\n      ...FinderService\n    }\n  }\n}\n\nquery FinderPostcodeCoverage($postcode: Postcode!) {\n  coverageByPostcode(postcode: $postcode) {\n    postcode\n    located\n    services {\n      ...FinderService\n    }\n    nearestServices {\n      distanceKm\n      service {\n        id\n        name\n        contact {\n          phone\n          website\n        }\n      }\n    }\n  }\n}": typeof types.FinderServiceFragmentDoc,
};
const documents: Documents = {
    "fragment FinderService on SocialPrescribingService {\n  id\n  name\n  description\n  howToRefer\n  acceptsSelfReferrals\n  typicalResponseDays\n  contact {\n    phone\n    textPhone\n    email\n    website\n  }\n  address {\n    line1\n    line2\n    town\n    postcode\n  }\n  openingHours {\n    day\n    opens\n    closes\n  }\n  openingStatus {\n    isOpen\n    closesAt\n    nextOpensOn\n    nextOpensAt\n    closedFor {\n      date\n      name\n      welshName\n    }\n  }\n  upcomingClosures {\n    date\n    name\n    welshName\n  }\n  languages\n  accessibility\n  linkWorkers {\n    id\n    displayName\n    roleTitle\n    languages\n    photo {\n      url\n      alt\n    }\n  }\n}\n\nquery FinderPartner($key: String!) {\n  partner(key: $key) {\n    id\n    prefersMiles\n    gpPractice {\n      odsCode\n      name\n    }\n  }\n}\n\nquery FinderPracticeSearch($search: String!) {\n  gpPractices(search: $search, first: 10) {\n    totalCount\n    nodes {\n      odsCode\n      name\n      address {\n        town\n        postcode\n      }\n    }\n  }\n}\n\nquery FinderPracticeServices($odsCode: OdsCode!) {\n  gpPractice(odsCode: $odsCode) {\n    odsCode\n    name\n    pcn {\n      name\n    }\n    services {\n      ...FinderService\n    }\n  }\n}\n\nquery FinderPostcodeCoverage($postcode: Postcode!) {\n  coverageByPostcode(postcode: $postcode) {\n    postcode\n    located\n    services {\n      ...FinderService\n    }\n    nearestServices {\n      distanceKm\n      service {\n        id\n        name\n        contact {\n          phone\n          website\n        }\n      }\n    }\n  }\n}": types.FinderServiceFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinderService on SocialPrescribingService {\n  id\n  name\n  description\n  howToRefer\n  acceptsSelfReferrals\n  typicalResponseDays\n  contact {\n    phone\n    textPhone\n    email\n    website\n  }\n  address {\n    line1\n    line2\n    town\n    postcode\n  }\n  openingHours {\n    day\n    opens\n    closes\n  }\n  openingStatus {\n    isOpen\n    closesAt\n    nextOpensOn\n    nextOpensAt\n    closedFor {\n      date\n      name\n      welshName\n    }\n  }\n  upcomingClosures {\n    date\n    name\n    welshName\n  }\n  languages\n  accessibility\n  linkWorkers {\n    id\n    displayName\n    roleTitle\n    languages\n    photo {\n      url\n      alt\n    }\n  }\n}\n\nquery FinderPartner($key: String!) {\n  partner(key: $key) {\n    id\n    prefersMiles\n    gpPractice {\n      odsCode\n      name\n    }\n  }\n}\n\nquery FinderPracticeSearch($search: String!) {\n  gpPractices(search: $search, first: 10) {\n    totalCount\n    nodes {\n      odsCode\n      name\n      address {\n        town\n        postcode\n      }\n    }\n  }\n}\n\nquery FinderPracticeServices($odsCode: OdsCode!) {\n  gpPractice(odsCode: $odsCode) {\n    odsCode\n    name\n    pcn {\n      name\n    }\n    services {\n      ...FinderService\n    }\n  }\n}\n\nquery FinderPostcodeCoverage($postcode: Postcode!) {\n  coverageByPostcode(postcode: $postcode) {\n    postcode\n    located\n    services {\n      ...FinderService\n    }\n    nearestServices {\n      distanceKm\n      service {\n        id\n        name\n        contact {\n          phone\n          website\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').FinderServiceFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
