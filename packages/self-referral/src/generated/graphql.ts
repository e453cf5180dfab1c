/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Communication needs a person may have. */
export type CommunicationNeed =
  /** Braille. */
  | 'BRAILLE'
  /** A British Sign Language interpreter. */
  | 'BSL_INTERPRETER'
  /** Easy read. */
  | 'EASY_READ'
  /** Large print. */
  | 'LARGE_PRINT'
  /** Something else, in their words. */
  | 'OTHER'
  /** An interpreter for a spoken language (see `language`). */
  | 'SPOKEN_LANGUAGE_INTERPRETER'
  /** Text relay or a text phone. */
  | 'TEXT_RELAY';

/** How a person would like to be contacted. */
export type ContactMethod =
  /** An email. */
  | 'EMAIL'
  /** A phone call. */
  | 'PHONE'
  /** A text message. */
  | 'TEXT';

/** The areas of life a person may want support with: the holistic view social prescribing takes. */
export type NeedArea =
  /** Caring for someone. */
  | 'CARING'
  /** Housing. */
  | 'HOUSING'
  /** Learning and skills. */
  | 'LEARNING'
  /** Feeling lonely or isolated. */
  | 'LONELINESS'
  /** Mental and emotional wellbeing. */
  | 'MENTAL_WELLBEING'
  /** Money, debt or benefits. */
  | 'MONEY'
  /** Something else, in their words. */
  | 'OTHER'
  /** Physical health. */
  | 'PHYSICAL_HEALTH'
  /** Spiritual or cultural life. */
  | 'SPIRITUAL_OR_CULTURAL'
  /** Work or volunteering. */
  | 'WORK_OR_VOLUNTEERING';

/** The consent the person gave on the form. Both must be true. */
export type SelfReferralConsentInput = {
  /** They agreed to be contacted. */
  contact: boolean;
  /** They agreed to their details being kept and shared as the wording says. */
  sharing: boolean;
  /** The `version` of the consent wording they were shown; it must be the partner's current one. */
  wordingVersion: string;
};

/**
 * The answers from the self-referral form. Strings are trimmed; every rule is checked by the server with the
 * same shared functions the widget uses, and all problems are reported at once.
 */
export type SelfReferralInput = {
  /** The consent they gave. */
  consent: SelfReferralConsentInput;
  /** Seconds from the start page to submitting, measured by the widget. */
  fillSeconds: number;
  /**
   * Their GP practice's ODS code. Optional when the partner is a GP practice (then it is that practice);
   * otherwise required and must be a known practice.
   */
  gpPracticeOdsCode?: string | null | undefined;
  /** A field people never see or fill. Must be empty or absent. */
  honeypot?: string | null | undefined;
  /**
   * Made by the widget when the person reaches 'check your answers' and kept for every retry: 16 to 64
   * characters of `A–Z a–z 0–9 _ -`.
   */
  idempotencyKey: string;
  /** The areas they would like support with. */
  needs?: Array<NeedArea> | null | undefined;
  /** In their words, when `needs` includes OTHER (at most 200 characters). */
  otherNeed?: string | null | undefined;
  /** The person referring themselves. */
  person: SelfReferralPersonInput;
  /** What matters to them, in their own words: at most `whatMattersMaxLength` characters. */
  whatMatters?: string | null | undefined;
};

/** About the person referring themselves. */
export type SelfReferralPersonInput = {
  /** Their communication needs. */
  communicationNeeds?: Array<CommunicationNeed> | null | undefined;
  /** Good times to contact them, in their words (at most 200 characters). */
  contactTimes?: string | null | undefined;
  /** Their date of birth; they must be at least the partner's `minimumAge`. */
  dateOfBirth: string;
  /** An email address. At least one of `phone` and `email` is required. */
  email?: string | null | undefined;
  /** Their full name, 1 to 200 characters. */
  fullName: string;
  /** The language they would like to be contacted in, one of the partner's `languageOptions`. */
  language?: string | null | undefined;
  /** Their NHS number, if asked and given: 10 digits (spaces allowed), Modulus 11 checked. */
  nhsNumber?: string | null | undefined;
  /** In their words, when `communicationNeeds` includes OTHER (at most 200 characters). */
  otherCommunicationNeed?: string | null | undefined;
  /** A UK phone number. At least one of `phone` and `email` is required. */
  phone?: string | null | undefined;
  /** Their UK postcode, in any case and spacing. */
  postcode: string;
  /** How they would like to be contacted, in order of preference (PHONE and TEXT need a phone, EMAIL an email). */
  preferredContactMethods?: Array<ContactMethod> | null | undefined;
};

export type SelfReferralSettingsQueryVariables = Exact<{
  key: string;
}>;


export type SelfReferralSettingsQuery = { partner: { id: string, name: string, gpPractice: { odsCode: string, name: string } | null, selfReferral: { open: boolean, typicalResponseDays: number, minimumAge: number, whatMattersMaxLength: number, languageOptions: Array<string>, questions: { nhsNumber: boolean, communicationNeeds: boolean, contactTimes: boolean, preferredLanguage: boolean }, consent: { version: string, sharing: { en: string, cy: string }, contact: { en: string, cy: string } }, crisisMessage: { en: string, cy: string }, service: { name: string, contact: { phone: string | null, email: string | null, website: string | null } } } | null } | null };

export type SelfReferralPracticeSearchQueryVariables = Exact<{
  search: string;
}>;


export type SelfReferralPracticeSearchQuery = { gpPractices: { totalCount: number, nodes: Array<{ odsCode: string, name: string, address: { town: string, postcode: string } }> } };

export type SelfReferralPracticeQueryVariables = Exact<{
  odsCode: string;
}>;


export type SelfReferralPracticeQuery = { gpPractice: { odsCode: string, name: string } | null };

export type SubmitSelfReferralMutationVariables = Exact<{
  input: SelfReferralInput;
}>;


export type SubmitSelfReferralMutation = { submitSelfReferral: { reference: string, receivedAt: string, serviceName: string, typicalResponseDays: number, serviceContact: { phone: string | null, email: string | null, website: string | null } } };

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

export const SelfReferralSettingsDocument = {"__meta__":{"operation":"query","hash":"sha256:e8d90ca7189adecbb658b6ba69a93254636456f79028e7f1cc49ad383091aac5"}} as unknown as TypedDocumentString<SelfReferralSettingsQuery, SelfReferralSettingsQueryVariables>;
export const SelfReferralPracticeSearchDocument = {"__meta__":{"operation":"query","hash":"sha256:5587f67c06e50764f3310bc20f95443e9877aacd8ed34c88fdfb71fb44a186fa"}} as unknown as TypedDocumentString<SelfReferralPracticeSearchQuery, SelfReferralPracticeSearchQueryVariables>;
export const SelfReferralPracticeDocument = {"__meta__":{"operation":"query","hash":"sha256:4c3d3d9946748d9ec79a3a365b6ad7bed193399ebb4035019567d5761f05df94"}} as unknown as TypedDocumentString<SelfReferralPracticeQuery, SelfReferralPracticeQueryVariables>;
export const SubmitSelfReferralDocument = {"__meta__":{"operation":"mutation","hash":"sha256:be78facffa2de36c78b8433979fc327b647d05cb55205e2d6c775f63d3acaba2"}} as unknown as TypedDocumentString<SubmitSelfReferralMutation, SubmitSelfReferralMutationVariables>;