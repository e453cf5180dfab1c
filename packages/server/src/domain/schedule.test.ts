import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonOffsetMinutes, londonToInstant, nextOccurrence, occurrences } from './schedule.js';

const weekly = (rrule: string | null, startDate: string, startTime: string, durationMinutes = 60) => ({
  rrule,
  startDate,
  endDate: null,
  startTime,
  durationMinutes,
});

describe('Europe/London time', () => {
  it('knows GMT and BST', () => {
    assert.equal(londonOffsetMinutes(new Date('2026-01-15T12:00:00Z')), 0);
    assert.equal(londonOffsetMinutes(new Date('2026-07-15T12:00:00Z')), 60);
  });

  it('turns wall-clock times into instants on both sides of the March change (29 March 2026)', () => {
    assert.equal(londonToInstant(new Date(Date.UTC(2026, 2, 28, 10, 0))).toISOString(), '2026-03-28T10:00:00.000Z');
    assert.equal(londonToInstant(new Date(Date.UTC(2026, 2, 29, 10, 0))).toISOString(), '2026-03-29T09:00:00.000Z');
  });

  it('moves a time in the skipped hour forward, and takes BST for the repeated hour', () => {
    assert.equal(londonToInstant(new Date(Date.UTC(2026, 2, 29, 1, 30))).toISOString(), '2026-03-29T01:30:00.000Z');
    assert.equal(londonToInstant(new Date(Date.UTC(2026, 9, 25, 1, 30))).toISOString(), '2026-10-25T00:30:00.000Z');
  });
});

describe('nextOccurrence', () => {
  it('keeps a weekly 10:00 class at 10:00 local across the March clock change', () => {
    const s = weekly('FREQ=WEEKLY;BYDAY=SU', '2026-01-04', '10:00');
    const got = occurrences(s, new Date('2026-03-20T00:00:00Z'), 3).map((o) => o.start.toISOString());
    assert.deepEqual(got, ['2026-03-22T10:00:00.000Z', '2026-03-29T09:00:00.000Z', '2026-04-05T09:00:00.000Z']);
  });

  it('keeps it at 10:00 local across the October clock change', () => {
    const s = weekly('FREQ=WEEKLY;BYDAY=SU', '2026-01-04', '10:00');
    const got = occurrences(s, new Date('2026-10-17T00:00:00Z'), 3).map((o) => o.start.toISOString());
    assert.deepEqual(got, ['2026-10-18T09:00:00.000Z', '2026-10-25T10:00:00.000Z', '2026-11-01T10:00:00.000Z']);
  });

  it('includes a session starting exactly now and skips one that started a minute ago', () => {
    const s = weekly('FREQ=WEEKLY;BYDAY=TU', '2026-01-06', '14:00');
    assert.equal(nextOccurrence(s, new Date('2026-11-24T14:00:00Z'))?.start.toISOString(), '2026-11-24T14:00:00.000Z');
    assert.equal(nextOccurrence(s, new Date('2026-11-24T14:01:00Z'))?.start.toISOString(), '2026-12-01T14:00:00.000Z');
  });

  it('handles fortnightly and monthly rules, and the end date', () => {
    const fortnightly = weekly('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '2026-01-01', '18:30');
    assert.equal(nextOccurrence(fortnightly, new Date('2026-01-02T00:00:00Z'))?.start.toISOString(), '2026-01-15T18:30:00.000Z');
    const monthly = weekly('FREQ=MONTHLY;BYDAY=1SA', '2026-01-01', '09:00');
    assert.equal(nextOccurrence(monthly, new Date('2026-06-02T00:00:00Z'))?.start.toISOString(), '2026-06-06T08:00:00.000Z');
    const ended = { ...weekly('FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '10:00'), endDate: '2026-02-01' };
    assert.equal(nextOccurrence(ended, new Date('2026-03-01T00:00:00Z')), null);
  });

  it('gives a one-off session once, and the end from the duration', () => {
    const once = weekly(null, '2026-12-05', '11:00', 90);
    const next = nextOccurrence(once, new Date('2026-11-21T00:00:00Z'));
    assert.equal(next?.start.toISOString(), '2026-12-05T11:00:00.000Z');
    assert.equal(next?.end.toISOString(), '2026-12-05T12:30:00.000Z');
    assert.equal(nextOccurrence(once, new Date('2026-12-06T00:00:00Z')), null);
  });
});
