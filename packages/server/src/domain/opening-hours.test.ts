import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, closuresAhead, londonTime, openingStatus, type BankHolidayInfo } from './opening-hours.js';

const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, opens: '09:00', closes: day === 'THURSDAY' ? '19:00' : '17:00' }));
const spring: BankHolidayInfo = { date: '2026-05-25', name: 'Spring bank holiday', welshName: 'Gŵyl banc y gwanwyn' };

describe('opening hours (Europe/London)', () => {
  it('reads the London wall clock in summer and winter time', () => {
    assert.deepEqual(londonTime(new Date('2026-07-01T08:30:00Z')), { date: '2026-07-01', day: 'WEDNESDAY', minutes: 9 * 60 + 30 });
    assert.deepEqual(londonTime(new Date('2026-01-07T08:30:00Z')), { date: '2026-01-07', day: 'WEDNESDAY', minutes: 8 * 60 + 30 });
    assert.equal(londonTime(new Date('2026-03-28T23:30:00Z')).day, 'SATURDAY');
    assert.equal(londonTime(new Date('2026-06-30T23:30:00Z')).date, '2026-07-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  });

  it('is open between opening and closing, and says when it closes', () => {
    const s = openingStatus(weekdays, [], new Date('2026-07-01T08:30:00Z')); // 09:30 BST
    assert.deepEqual(s, { isOpen: true, closesAt: '17:00', nextOpensOn: null, nextOpensAt: null, closedFor: null });
    assert.equal(openingStatus(weekdays, [], new Date('2026-07-02T17:30:00Z')).closesAt, '19:00'); // Thursday 18:30
  });

  it('is closed at closing time and before opening, with the next opening', () => {
    const evening = openingStatus(weekdays, [], new Date('2026-07-01T16:00:00Z')); // 17:00 BST
    assert.equal(evening.isOpen, false);
    assert.equal(evening.nextOpensOn, '2026-07-02');
    assert.equal(evening.nextOpensAt, '09:00');
    const early = openingStatus(weekdays, [], new Date('2026-01-07T08:30:00Z')); // 08:30 GMT
    assert.equal(early.isOpen, false);
    assert.equal(early.nextOpensOn, '2026-01-07');
  });

  it('is closed at the weekend and opens on Monday', () => {
    const s = openingStatus(weekdays, [], new Date('2026-07-04T12:00:00Z'));
    assert.equal(s.isOpen, false);
    assert.equal(s.nextOpensOn, '2026-07-06');
  });

  it('is closed on a bank holiday, says which, and skips it for the next opening', () => {
    const s = openingStatus(weekdays, [spring], new Date('2026-05-25T10:00:00Z'));
    assert.equal(s.isOpen, false);
    assert.equal(s.closedFor?.name, 'Spring bank holiday');
    assert.equal(s.nextOpensOn, '2026-05-26');
    const friday = openingStatus(weekdays, [spring], new Date('2026-05-22T17:00:00Z'));
    assert.equal(friday.nextOpensOn, '2026-05-26');
  });

  it('has no next opening when there are no hours', () => {
    assert.deepEqual(openingStatus([], [], new Date('2026-07-01T10:00:00Z')), { isOpen: false, closesAt: null, nextOpensOn: null, nextOpensAt: null, closedFor: null });
  });

  it('lists bank holidays ahead that fall on open days only', () => {
    const saturdayHoliday: BankHolidayInfo = { date: '2026-05-30', name: 'Made-up Saturday', welshName: 'Dydd Sadwrn' };
    assert.deepEqual(closuresAhead(weekdays, [saturdayHoliday, spring], new Date('2026-05-01T10:00:00Z')).map((h) => h.date), ['2026-05-25']);
    assert.deepEqual(closuresAhead(weekdays, [spring], new Date('2026-08-01T10:00:00Z')), []);
  });
});
