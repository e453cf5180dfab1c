/** Small mappers from row columns to the schema's shared object types. */
import type { Address, ContactDetails, GeoPoint } from '../../generated/graphql.js';

interface AddressColumns {
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  county: string | null;
  postcode: string | null;
}

export function address(row: AddressColumns): Address | null {
  if (!row.address_line1 || !row.town || !row.postcode) return null;
  return { line1: row.address_line1, line2: row.address_line2, town: row.town, county: row.county, postcode: row.postcode };
}

export function point(row: { latitude: number | null; longitude: number | null }): GeoPoint | null {
  return row.latitude === null || row.longitude === null ? null : { latitude: row.latitude, longitude: row.longitude };
}

export function contact(row: { phone: string | null; email: string | null; website: string | null; text_phone?: string | null }): ContactDetails {
  return { phone: row.phone, textPhone: row.text_phone ?? null, email: row.email, website: row.website };
}

/** Drops the nulls a DataLoader returns for ids that were not found. */
export const present = <T>(items: (T | undefined | null | Error)[]): T[] => items.filter((x): x is T => x != null && !(x instanceof Error));
