/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type FinderServiceFragment = { id: string, name: string, description: string, howToRefer: string, acceptsSelfReferrals: boolean, typicalResponseDays: number, languages: Array<string>, accessibility: string | null, contact: { phone: string | null, textPhone: string | null, email: string | null, website: string | null }, address: { line1: string, line2: string | null, town: string, postcode: string } | null, openingHours: Array<{ day: DayOfWeek, opens: string, closes: string }>, openingStatus: { isOpen: boolean, closesAt: string | null, nextOpensOn: string | null, nextOpensAt: string | null, closedFor: { date: string, name: string, welshName: string } | null }, upcomingClosures: Array<{ date: string, name: string, welshName: string }>, linkWorkers: Array<{ id: string, displayName: string, roleTitle: string, languages: Array<string>, photo: { url: string, alt: string } | null }> };

export type FinderPartnerQueryVariables = Exact<{
  key: string;
}>;


export type FinderPartnerQuery = { partner: { id: string, prefersMiles: boolean, gpPractice: { odsCode: string, name: string } | null } | null };

export type FinderPracticeSearchQueryVariables = Exact<{
  search: string;
}>;


export type FinderPracticeSearchQuery = { gpPractices: { totalCount: number, nodes: Array<{ odsCode: string, name: string, address: { town: string, postcode: string } }> } };

export type FinderPracticeServicesQueryVariables = Exact<{
  odsCode: string;
}>;


export type FinderPracticeServicesQuery = { gpPractice: { odsCode: string, name: string, pcn: { name: string } | null, services: Array<{ id: string, name: string, description: string, howToRefer: string, acceptsSelfReferrals: boolean, typicalResponseDays: number, languages: Array<string>, accessibility: string | null, contact: { phone: string | null, textPhone: string | null, email: string | null, website: string | null }, address: { line1: string, line2: string | null, town: string, postcode: string } | null, openingHours: Array<{ day: DayOfWeek, opens: string, closes: string }>, openingStatus: { isOpen: boolean, closesAt: string | null, nextOpensOn: string | null, nextOpensAt: string | null, closedFor: { date: string, name: string, welshName: string } | null }, upcomingClosures: Array<{ date: string, name: string, welshName: string }>, linkWorkers: Array<{ id: string, displayName: string, roleTitle: string, languages: Array<string>, photo: { url: string, alt: string } | null }> }> } | null };

export type FinderPostcodeCoverageQueryVariables = Exact<{
  postcode: string;
}>;


export type FinderPostcodeCoverageQuery = { coverageByPostcode: { postcode: string, located: boolean, services: Array<{ id: string, name: string, description: string, howToRefer: string, acceptsSelfReferrals: boolean, typicalResponseDays: number, languages: Array<string>, accessibility: string | null, contact: { phone: string | null, textPhone: string | null, email: string | null, website: string | null }, address: { line1: string, line2: string | null, town: string, postcode: string } | null, openingHours: Array<{ day: DayOfWeek, opens: string, closes: string }>, openingStatus: { isOpen: boolean, closesAt: string | null, nextOpensOn: string | null, nextOpensAt: string | null, closedFor: { date: string, name: string, welshName: string } | null }, upcomingClosures: Array<{ date: string, name: string, welshName: string }>, linkWorkers: Array<{ id: string, displayName: string, roleTitle: string, languages: Array<string>, photo: { url: string, alt: string } | null }> }>, nearestServices: Array<{ distanceKm: number, service: { id: string, name: string, contact: { phone: string | null, website: string | null } } }> } };

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
export const FinderServiceFragmentDoc = new TypedDocumentString(`
    fragment FinderService on SocialPrescribingService {
  id
  name
  description
  howToRefer
  acceptsSelfReferrals
  typicalResponseDays
  contact {
    phone
    textPhone
    email
    website
  }
  address {
    line1
    line2
    town
    postcode
  }
  openingHours {
    day
    opens
    closes
  }
  openingStatus {
    isOpen
    closesAt
    nextOpensOn
    nextOpensAt
    closedFor {
      date
      name
      welshName
    }
  }
  upcomingClosures {
    date
    name
    welshName
  }
  languages
  accessibility
  linkWorkers {
    id
    displayName
    roleTitle
    languages
    photo {
      url
      alt
    }
  }
}
    `, {"fragmentName":"FinderService"}) as unknown as TypedDocumentString<FinderServiceFragment, unknown>;
export const FinderPartnerDocument = {"__meta__":{"operation":"query","hash":"sha256:1ddefe0865bb64cd58bffd0348a22c5c7c9530a5f4fc9405dc5619f7feb459c8"}} as unknown as TypedDocumentString<FinderPartnerQuery, FinderPartnerQueryVariables>;
export const FinderPracticeSearchDocument = {"__meta__":{"operation":"query","hash":"sha256:f17724aadbe625b89b7db5aff1f3d187519badcdbc71a58cc1145f9e1139f2b5"}} as unknown as TypedDocumentString<FinderPracticeSearchQuery, FinderPracticeSearchQueryVariables>;
export const FinderPracticeServicesDocument = {"__meta__":{"operation":"query","hash":"sha256:b902386b2a0a614ae38e85ccd02886e4b8130ec98b7469dd03a172002e78116c"}} as unknown as TypedDocumentString<FinderPracticeServicesQuery, FinderPracticeServicesQueryVariables>;
export const FinderPostcodeCoverageDocument = {"__meta__":{"operation":"query","hash":"sha256:5a8c39e78c8956c835a46fd1917a72e74418f26a8214735233081dee265a0565"}} as unknown as TypedDocumentString<FinderPostcodeCoverageQuery, FinderPostcodeCoverageQueryVariables>;