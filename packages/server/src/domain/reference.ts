/**
 * Human-friendly referral references: `WM-` and two groups of four characters, for example `WM-7KQ4-9DX2`.
 *
 * The alphabet leaves out characters people confuse when reading a reference aloud or copying it from a
 * screen: 0/O/D-like pairs keep D but drop 0 and O, 1/I/L keep L, 2/Z keep 2, 5/S keep 5, 8/B keep 8, U/V
 * keep V. 28 characters, 8 positions: 28^8 ≈ 3.8 × 10^11 references, drawn with crypto randomness
 * (`randomInt`, no modulo bias). A clash with an existing reference is refused by the unique constraint
 * and the caller draws again.
 */
import { createHmac, randomBytes, randomInt } from 'node:crypto';

export const REFERENCE_ALPHABET = '23456789ACDEFGHJKLMNPQRTVWXY';
export const REFERENCE_PATTERN = /^WM-[23456789ACDEFGHJKLMNPQRTVWXY]{4}-[23456789ACDEFGHJKLMNPQRTVWXY]{4}$/;

function format(pick: (i: number) => number): string {
  let chars = '';
  for (let i = 0; i < 8; i++) chars += REFERENCE_ALPHABET[pick(i)];
  return `WM-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** A new random reference. */
export function newReference(): string {
  return format(() => randomInt(REFERENCE_ALPHABET.length));
}

// A per-process secret for decoy references (see `decoyReference`).
const decoySecret = randomBytes(32);

/**
 * A reference that looks like any other but belongs to no referral: the answer to a submission dropped as
 * automated. Derived from the idempotency key, so a retry gets the same decoy, as it would a real one.
 */
export function decoyReference(seed: string): string {
  const digest = createHmac('sha256', decoySecret).update(seed).digest();
  // 8 bytes → 8 characters; the tiny modulo bias is irrelevant for a decoy.
  return format((i) => digest[i]! % REFERENCE_ALPHABET.length);
}
