/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of organisation that embed Waymark or appear in it. */
export type OrganisationKind =
  /** A group, charity or business that runs activities. */
  | 'ACTIVITY_PROVIDER'
  /** A local council (it embeds the activity finder). */
  | 'COUNCIL'
  /** A GP practice (it embeds the self-referral form and link-worker finder). */
  | 'GP_PRACTICE'
  /** A primary care network: GP practices working together, usually employing link workers. */
  | 'PCN'
  /** A social prescribing service: the team of link workers that receives referrals. */
  | 'SOCIAL_PRESCRIBING_SERVICE';

export type PartnerProfileQueryVariables = Exact<{
  key: string;
}>;


export type PartnerProfileQuery = { partner: { id: string, name: string, kind: OrganisationKind, defaultLanguage: string, prefersMiles: boolean } | null };

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

export const PartnerProfileDocument = {"__meta__":{"operation":"query","hash":"sha256:d4547ea44623ac46d3a42e3aac41e356a8e080c146cf08101774b6059a1060d7"}} as unknown as TypedDocumentString<PartnerProfileQuery, PartnerProfileQueryVariables>;