/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accessibility features an activity or its venue may have. */
export type AccessibilityFeature =
  /** An accessible toilet. */
  | 'ACCESSIBLE_TOILET'
  /** Parking for Blue Badge holders close by. */
  | 'BLUE_BADGE_PARKING'
  /** Run by or with a British Sign Language user or interpreter. */
  | 'BSL'
  /** Suitable for people living with dementia. */
  | 'DEMENTIA_FRIENDLY'
  /** A hearing loop. */
  | 'HEARING_LOOP'
  /** Quiet, low-sensory environment. */
  | 'QUIET_SPACE'
  /** Step-free access to the venue and the room. */
  | 'STEP_FREE';

/** What to match when searching activities. Conditions combine with AND; lists inside one condition with OR. */
export type ActivityFilter = {
  /** Only activities with all of these accessibility features. */
  accessibility?: Array<AccessibilityFeature> | null | undefined;
  /** Only activities open to a person of this age in years. */
  age?: number | null | undefined;
  /** Only activities in any of these categories (by category `id`). */
  categories?: Array<string | number> | null | undefined;
  /** Only activities with a session on any of these days. */
  days?: Array<DayOfWeek> | null | undefined;
  /** Only activities stated to be free (not those whose cost is not stated). */
  freeOnly?: boolean | null | undefined;
  /** Free text with typo tolerance, matched against name, description and organiser. */
  keyword?: string | null | undefined;
  /** Only activities costing at most this many pence a session (free ones included; those whose cost is not stated left out). */
  maxCostPence?: number | null | undefined;
  /** Search around this point. */
  near?: GeoPointInput | null | undefined;
  /** Only online activities (true) or only in-person ones (false). */
  online?: boolean | null | undefined;
  /** With `near`: the radius in kilometres, 0.1 to 100. Defaults to 5. */
  radiusKm?: number | null | undefined;
  /** Only activities with a session starting in any of these parts of the day. */
  timesOfDay?: Array<TimeOfDay> | null | undefined;
};

/** Days of the week, Monday first as in ISO 8601. */
export type DayOfWeek =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A point given by the caller, in WGS84 degrees. */
export type GeoPointInput = {
  /** Degrees north, −90 to 90. */
  latitude: number;
  /** Degrees east, −180 to 180. */
  longitude: number;
};

/** Parts of the day, by when a session starts (Europe/London). */
export type TimeOfDay =
  /** Starts from 12:00 and before 17:00. */
  | 'AFTERNOON'
  /** Starts from 17:00. */
  | 'EVENING'
  /** Starts before 12:00. */
  | 'MORNING';

export type FoundActivityFragment = { id: string, name: string, description: string, online: boolean, distanceKm: number | null, minAge: number | null, maxAge: number | null, accessibility: Array<AccessibilityFeature>, accessibilityNotes: string | null, eligibility: string | null, bookingUrl: string | null, lastVerified: string | null, organiser: { name: string, website: string | null }, venue: { name: string, address: { line1: string, line2: string | null, town: string, postcode: string }, location: { latitude: number, longitude: number } } | null, schedule: { rrule: string | null, startDate: string, endDate: string | null, startTime: string, durationMinutes: number, days: Array<DayOfWeek>, description: string | null }, nextSession: { start: string, end: string } | null, cost: { free: boolean | null, amountPence: number | null, concessions: string | null }, contact: { phone: string | null, email: string | null, website: string | null } };

export type ActivityFinderSearchQueryVariables = Exact<{
  filter: ActivityFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type ActivityFinderSearchQuery = { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string, online: boolean, distanceKm: number | null, minAge: number | null, maxAge: number | null, accessibility: Array<AccessibilityFeature>, accessibilityNotes: string | null, eligibility: string | null, bookingUrl: string | null, lastVerified: string | null, organiser: { name: string, website: string | null }, venue: { name: string, address: { line1: string, line2: string | null, town: string, postcode: string }, location: { latitude: number, longitude: number } } | null, schedule: { rrule: string | null, startDate: string, endDate: string | null, startTime: string, durationMinutes: number, days: Array<DayOfWeek>, description: string | null }, nextSession: { start: string, end: string } | null, cost: { free: boolean | null, amountPence: number | null, concessions: string | null }, contact: { phone: string | null, email: string | null, website: string | null } }> } };

export type ActivityFinderActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityFinderActivityQuery = { activity: { id: string, name: string, description: string, online: boolean, distanceKm: number | null, minAge: number | null, maxAge: number | null, accessibility: Array<AccessibilityFeature>, accessibilityNotes: string | null, eligibility: string | null, bookingUrl: string | null, lastVerified: string | null, organiser: { name: string, website: string | null }, venue: { name: string, address: { line1: string, line2: string | null, town: string, postcode: string }, location: { latitude: number, longitude: number } } | null, schedule: { rrule: string | null, startDate: string, endDate: string | null, startTime: string, durationMinutes: number, days: Array<DayOfWeek>, description: string | null }, nextSession: { start: string, end: string } | null, cost: { free: boolean | null, amountPence: number | null, concessions: string | null }, contact: { phone: string | null, email: string | null, website: string | null } } | null };

export type ActivityFinderCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityFinderCategoriesQuery = { activityCategories: Array<{ id: string, name: string, nameCy: string }> };

export type ActivityFinderPostcodeQueryVariables = Exact<{
  postcode: string;
}>;


export type ActivityFinderPostcodeQuery = { postcodeLocation: { latitude: number, longitude: number } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FoundActivityFragmentDoc = new TypedDocumentString(`
    fragment FoundActivity on Activity {
  id
  name
  description
  online
  distanceKm
  organiser {
    name
    website
  }
  venue {
    name
    address {
      line1
      line2
      town
      postcode
    }
    location {
      latitude
      longitude
    }
  }
  schedule {
    rrule
    startDate
    endDate
    startTime
    durationMinutes
    days
    description
  }
  nextSession {
    start
    end
  }
  cost {
    free
    amountPence
    concessions
  }
  minAge
  maxAge
  accessibility
  accessibilityNotes
  eligibility
  contact {
    phone
    email
    website
  }
  bookingUrl
  lastVerified
}
    `, {"fragmentName":"FoundActivity"}) as unknown as TypedDocumentString<FoundActivityFragment, unknown>;
export const ActivityFinderSearchDocument = {"__meta__":{"operation":"query","hash":"sha256:acf783dc75c7e7b4b96e6c6821467e06cae5d19d2b232e415737ccb062e7cf77"}} as unknown as TypedDocumentString<ActivityFinderSearchQuery, ActivityFinderSearchQueryVariables>;
export const ActivityFinderActivityDocument = {"__meta__":{"operation":"query","hash":"sha256:7d7cbde524bc38ae16e90dfa15385b182450de276e9118708a09b2ed7392ab6b"}} as unknown as TypedDocumentString<ActivityFinderActivityQuery, ActivityFinderActivityQueryVariables>;
export const ActivityFinderCategoriesDocument = {"__meta__":{"operation":"query","hash":"sha256:6aaee5bc7445165213a95485c28936f2464273f998ebfd96541faa2b728edd02"}} as unknown as TypedDocumentString<ActivityFinderCategoriesQuery, ActivityFinderCategoriesQueryVariables>;
export const ActivityFinderPostcodeDocument = {"__meta__":{"operation":"query","hash":"sha256:a179dbe339a6ebf3c0e2d05db515122cd4e995780b94e2c2cd9793e137f6e7fb"}} as unknown as TypedDocumentString<ActivityFinderPostcodeQuery, ActivityFinderPostcodeQueryVariables>;