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
    "fragment FoundActivity on Activity {\n  id\n  name\n  description\n  online\n  distanceKm\n  organiser {\n    name\n    website\n  }\n  venue {\n    name\n    address {\n      line1\n      line2\n      town\n      postcode\n    }\n    location {\n      latitude\n      longitude\n    }\n  }\n  schedule {\n    rrule\n    startDate\n    endDate\n    startTime\n    durationMinutes\n    days\n    description\n  }\n  nextSession {\n    start\n    end\n  }\n  cost {\n    free\n    amountPence\n    concessions\n  }\n  minAge\n  maxAge\n  accessibility\n  accessibilityNotes\n  eligibility\n  contact {\n    phone\n    email\n    website\n  }\n  bookingUrl\n  lastVerified\n}\n\nquery ActivityFinderSearch($filter: ActivityFilter!, $first: Int!, $after: String) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...FoundActivity\n    }\n  }\n}\n\nquery ActivityFinderActivity($id: ID!) {\n  activity(id: $id) {\n    ...FoundActivity\n  }\n}\n\nquery ActivityFinderCategories {\n  activityCategories {\n    id\n    name\n    nameCy\n  }\n}\n\nquery ActivityFinderPostcode($postcode: Postcode!) {\n  postcodeLocation(postcode: $postcode) {\n    latitude\n    longitude\n  }\n}": typeof types.FoundActivityFragmentDoc,
};
const documents: Documents = {
    "fragment FoundActivity on Activity {\n  id\n  name\n  description\n  online\n  distanceKm\n  organiser {\n    name\n    website\n  }\n  venue {\n    name\n    address {\n      line1\n      line2\n      town\n      postcode\n    }\n    location {\n      latitude\n      longitude\n    }\n  }\n  schedule {\n    rrule\n    startDate\n    endDate\n    startTime\n    durationMinutes\n    days\n    description\n  }\n  nextSession {\n    start\n    end\n  }\n  cost {\n    free\n    amountPence\n    concessions\n  }\n  minAge\n  maxAge\n  accessibility\n  accessibilityNotes\n  eligibility\n  contact {\n    phone\n    email\n    website\n  }\n  bookingUrl\n  lastVerified\n}\n\nquery ActivityFinderSearch($filter: ActivityFilter!, $first: Int!, $after: String) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...FoundActivity\n    }\n  }\n}\n\nquery ActivityFinderActivity($id: ID!) {\n  activity(id: $id) {\n    ...FoundActivity\n  }\n}\n\nquery ActivityFinderCategories {\n  activityCategories {\n    id\n    name\n    nameCy\n  }\n}\n\nquery ActivityFinderPostcode($postcode: Postcode!) {\n  postcodeLocation(postcode: $postcode) {\n    latitude\n    longitude\n  }\n}": types.FoundActivityFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FoundActivity on Activity {\n  id\n  name\n  description\n  online\n  distanceKm\n  organiser {\n    name\n    website\n  }\n  venue {\n    name\n    address {\n      line1\n      line2\n      town\n      postcode\n    }\n    location {\n      latitude\n      longitude\n    }\n  }\n  schedule {\n    rrule\n    startDate\n    endDate\n    startTime\n    durationMinutes\n    days\n    description\n  }\n  nextSession {\n    start\n    end\n  }\n  cost {\n    free\n    amountPence\n    concessions\n  }\n  minAge\n  maxAge\n  accessibility\n  accessibilityNotes\n  eligibility\n  contact {\n    phone\n    email\n    website\n  }\n  bookingUrl\n  lastVerified\n}\n\nquery ActivityFinderSearch($filter: ActivityFilter!, $first: Int!, $after: String) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...FoundActivity\n    }\n  }\n}\n\nquery ActivityFinderActivity($id: ID!) {\n  activity(id: $id) {\n    ...FoundActivity\n  }\n}\n\nquery ActivityFinderCategories {\n  activityCategories {\n    id\n    name\n    nameCy\n  }\n}\n\nquery ActivityFinderPostcode($postcode: Postcode!) {\n  postcodeLocation(postcode: $postcode) {\n    latitude\n    longitude\n  }\n}"): typeof import('./graphql.js').FoundActivityFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
