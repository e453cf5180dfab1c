/**
 * External taxonomy terms → our friendly category ids. The table `taxonomy_mappings` (migration 0005) holds
 * the known terms of the LGA community services list (esd) and the OpenActive activity list; a term it does
 * not know falls back to the keyword rules below, which also read the activity's own name.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

export interface SourceTerm {
  /** `esd`, `openactive`, `oruk`, or whatever vocabulary name the source gave (matched loosely). */
  scheme?: string | null;
  /** The scheme's identifier or URI for the term. */
  id?: string | null;
  label?: string | null;
}

/** `scheme|term` → category ids. */
export type TaxonomyMap = ReadonlyMap<string, readonly string[]>;

export async function loadTaxonomyMap(db: Kysely<Tables>): Promise<TaxonomyMap> {
  const rows = await db.selectFrom('taxonomy_mappings').select(['scheme', 'term', 'category_id']).execute();
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.scheme}|${r.term}`;
    map.set(key, [...(map.get(key) ?? []), r.category_id]);
  }
  return map;
}

/** Keyword fallback, tried against term labels and then the activity's name: first matches win, several may. */
export const KEYWORD_RULES: readonly [RegExp, string][] = [
  [/\b(walk|walking|ramble|rambling|hike|hiking|stroll)/i, 'walking'],
  [/\b(yoga|pilates|tai chi|qigong|swim|aqua|badminton|football|tennis|bowls|cycling|running|jog|fitness|exercise|dance|dancing|zumba|gym|sport|boxing|netball|cricket|golf|table tennis|chair based)/i, 'exercise-and-sport'],
  [/\b(art|arts|craft|crafts|knit|knitting|sewing|paint|painting|drawing|pottery|crochet)\b/i, 'arts-and-crafts'],
  [/\b(garden|gardening|allotment|nature|conservation|outdoor|park|parks)\b/i, 'nature-and-gardening'],
  [/\b(choir|singing|sing|music|ukulele|band)\b/i, 'music-and-singing'],
  [/\b(cook|cooking|food|lunch club|baking|nutrition|healthy eating)\b/i, 'food-and-cooking'],
  [/\b(digital|computer|computers|internet|online skills|tablet|smartphone|it skills)\b/i, 'digital-skills'],
  [/\b(carer|carers)\b/i, 'carers-support'],
  [/\b(advice|debt|benefits|welfare|housing|employment|money)\b/i, 'advice'],
  [/\b(volunteer|volunteering)\b/i, 'volunteering'],
  [/\b(faith|church|mosque|temple|gurdwara|synagogue|culture|cultural|heritage|museum)\b/i, 'faith-and-culture'],
  [/\b(support group|peer support|bereavement|mental health|recovery|counselling)\b/i, 'support-groups'],
  [/\b(wellbeing|well-being|health|mindfulness|meditation|relaxation)\b/i, 'health-and-wellbeing'],
  [/\b(learn|learning|course|class|education|skills|library|reading|book club|language)\b/i, 'learning-and-skills'],
  [/\b(social|coffee|friendship|lunch|befriending|club|community|meet)\b/i, 'social-groups'],
];

const SCHEME_ALIASES: [RegExp, string][] = [
  [/openactive|activity-list/i, 'openactive'],
  [/esd|lga|local government|services list|community services/i, 'esd'],
];

function schemesFor(term: SourceTerm): string[] {
  const text = `${term.scheme ?? ''} ${term.id ?? ''}`;
  const named = SCHEME_ALIASES.filter(([re]) => re.test(text)).map(([, s]) => s);
  // Unknown vocabularies: try every scheme by label.
  return named.length ? named : ['esd', 'openactive', 'oruk'];
}

/** Category ids for a record's terms, in first-seen order; keyword rules when nothing is mapped. */
export function categoriesFor(map: TaxonomyMap, terms: readonly SourceTerm[], name: string): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    for (const scheme of schemesFor(term)) {
      for (const key of [term.id, term.label]) {
        if (!key) continue;
        for (const c of map.get(`${scheme}|${key.trim().toLowerCase()}`) ?? []) out.add(c);
      }
    }
  }
  if (!out.size) {
    for (const text of [...terms.map((t) => t.label ?? ''), name]) {
      for (const [re, category] of KEYWORD_RULES) if (text && re.test(text)) out.add(category);
      if (out.size) break;
    }
  }
  return [...out];
}
