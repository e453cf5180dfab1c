/** The arithmetic fast path of schedule.ts answers exactly what the rrule library answers. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { floatingAfter, libraryAfter, nextOccurrence, type ScheduleInput } from './schedule.js';

/** A small deterministic PRNG (mulberry32), so a failure is reproducible. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RULES = [
  'FREQ=WEEKLY',
  'FREQ=WEEKLY;BYDAY=MO',
  'FREQ=WEEKLY;BYDAY=TU,TH',
  'FREQ=WEEKLY;BYDAY=MO,WE,FR,SU',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA',
  'BYDAY=WE;FREQ=WEEKLY;INTERVAL=3',
  'FREQ=WEEKLY;INTERVAL=2',
  'FREQ=WEEKLY;WKST=MO;BYDAY=SU',
  'FREQ=MONTHLY;BYDAY=1TH',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=MONTHLY;BYDAY=5MO',
  'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
  'FREQ=MONTHLY;BYDAY=1MO,3MO',
];

test('fast path = rrule library, on 4,000 random schedules and instants', () => {
  const r = random(20261121);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (let i = 0; i < 4000; i++) {
    const start = Date.UTC(2024, 0, 1) + Math.floor(r() * 1000) * 86_400_000;
    const s: ScheduleInput = {
      rrule: pick(RULES),
      startDate: iso(start),
      endDate: r() < 0.3 ? iso(start + Math.floor(r() * 400) * 86_400_000) : null,
      startTime: `${String(Math.floor(r() * 24)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`,
      durationMinutes: 60,
    };
    const t = new Date(start + Math.floor((r() - 0.2) * 900 * 86_400_000) + Math.floor(r() * 4) * 15 * 60_000);
    for (const inclusive of [true, false]) {
      assert.deepEqual(floatingAfter(s, t, inclusive), libraryAfter(s, t, inclusive), `${JSON.stringify(s)} after ${t.toISOString()} ${inclusive}`);
    }
  }
});

test('the exact instants across the clock changes still hold on the fast path', () => {
  const s: ScheduleInput = { rrule: 'FREQ=WEEKLY;BYDAY=SU', startDate: '2026-03-01', endDate: null, startTime: '10:00', durationMinutes: 60 };
  assert.equal(nextOccurrence(s, new Date('2026-03-28T12:00:00Z'))!.start.toISOString(), '2026-03-29T09:00:00.000Z');
  assert.equal(nextOccurrence(s, new Date('2026-03-21T12:00:00Z'))!.start.toISOString(), '2026-03-22T10:00:00.000Z');
});
