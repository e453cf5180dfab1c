import { expect } from '@open-wc/testing';
import { activityToIcs, downloadIcs, firstOccurrence, foldLine, icsDuration, sanitiseRrule, type IcsActivity } from './ics.js';

// ---- An independent reader, written from RFC 5545 §3.1 and §3.3.11, not from ics.ts ----

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds (CRLF followed by one space or tab is removed) and splits into content lines. */
function contentLines(ics: string): string[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  expect(unfolded.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  return unfolded.slice(0, -2).split('\r\n');
}

function parseLine(line: string): Property {
  // The value starts at the first colon that is not inside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  expect(colon, `a colon in ${JSON.stringify(line)}`).to.be.greaterThan(0);
  const [name, ...paramText] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of paramText) {
    const [k, v] = p.split('=');
    params[k!] = v!;
  }
  return { name: name!, params, value: line.slice(colon + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Every component's properties, with BEGIN/END checked to nest and balance. */
function components(ics: string): Map<string, Property[][]> {
  const stack: Array<{ name: string; props: Property[] }> = [];
  const found = new Map<string, Property[][]>();
  for (const line of contentLines(ics)) {
    const prop = parseLine(line);
    if (prop.name === 'BEGIN') {
      stack.push({ name: prop.value, props: [] });
    } else if (prop.name === 'END') {
      const open = stack.pop();
      expect(open?.name, `END:${prop.value} closes the open component`).to.equal(prop.value);
      found.set(prop.value, [...(found.get(prop.value) ?? []), open!.props]);
    } else {
      expect(stack.length, `${prop.name} is inside a component`).to.be.greaterThan(0);
      stack.at(-1)!.props.push(prop);
    }
  }
  expect(stack, 'every BEGIN has its END').to.deep.equal([]);
  return found;
}

function only(props: Property[], name: string): Property {
  const matches = props.filter((p) => p.name === name);
  expect(matches.length, `${name} exactly once`).to.equal(1);
  return matches[0]!;
}

/** Physical lines: CRLF only, none over 75 octets, none splitting a UTF-8 character. */
function checkPhysicalLines(ics: string) {
  expect(ics.replace(/\r\n/g, ''), 'no bare CR or LF').not.to.match(/[\r\n]/);
  const bytes = new TextEncoder().encode(ics);
  let start = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) {
      const line = bytes.subarray(start, i);
      expect(line.length, `line ${decoder.decode(line)} ≤ 75 octets`).to.be.at.most(75);
      decoder.decode(line); // throws if a fold split a multi-byte character
      start = i + 2;
    }
  }
  expect(start, 'the file ends with CRLF').to.equal(bytes.length);
}

function event(ics: string): Property[] {
  const events = components(ics).get('VEVENT') ?? [];
  expect(events.length, 'one VEVENT').to.equal(1);
  return events[0]!;
}

// ---- Fixtures ----

const now = new Date('2026-11-21T15:04:05.678Z');

const walking: IcsActivity = {
  id: 'act_123',
  name: 'Tuesday Walking Group',
  description: 'A gentle walk round the park, then tea.',
  online: false,
  venue: {
    name: 'Roundhay Park Café',
    address: { line1: 'Mansion Lane', line2: null, town: 'Leeds', postcode: 'LS8 2HH' },
  },
  schedule: {
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
    startDate: '2026-07-07',
    endDate: '2026-12-15',
    startTime: '10:00',
    durationMinutes: 90,
  },
  bookingUrl: 'https://example.org/walks?ref=waymark&x=1',
};

describe('activityToIcs', () => {
  it('writes a calendar with the required properties, each exactly once', () => {
    const ics = activityToIcs(walking, { now });
    checkPhysicalLines(ics);
    const all = components(ics);
    const calendar = all.get('VCALENDAR')!;
    expect(calendar.length).to.equal(1);
    expect(only(calendar[0]!, 'VERSION').value).to.equal('2.0');
    expect(only(calendar[0]!, 'PRODID').value).to.equal('-//Waymark//Activity finder//EN');
    expect(only(calendar[0]!, 'CALSCALE').value).to.equal('GREGORIAN');
    expect(only(calendar[0]!, 'METHOD').value).to.equal('PUBLISH');
    expect(only(all.get('VTIMEZONE')![0]!, 'TZID').value).to.equal('Europe/London');

    const ev = event(ics);
    expect(only(ev, 'UID').value).to.equal('act_123@waymark');
    expect(only(ev, 'DTSTAMP').value).to.equal('20261121T150405Z');
    expect(only(ev, 'DURATION').value).to.equal('PT1H30M');
    expect(ev.filter((p) => p.name === 'DTEND')).to.have.length(0); // DURATION and DTEND never both
    expect(unescapeText(only(ev, 'SUMMARY').value)).to.equal('Tuesday Walking Group');
    expect(unescapeText(only(ev, 'LOCATION').value)).to.equal('Roundhay Park Café, Mansion Lane, Leeds, LS8 2HH');
    expect(only(ev, 'URL').value).to.equal('https://example.org/walks?ref=waymark&x=1');
    const description = unescapeText(only(ev, 'DESCRIPTION').value);
    expect(description).to.contain('A gentle walk round the park, then tea.');
    expect(description).to.contain('\nBook or find out more: https://example.org/walks?ref=waymark&x=1');
    // The same activity gives the same UID on another day (a calendar updates, not duplicates).
    expect(only(event(activityToIcs(walking, { now: new Date() })), 'UID').value).to.equal('act_123@waymark');
  });

  it('keeps a July 10:00 start at 10:00 London wall-clock time (TZID, not UTC)', () => {
    const ics = activityToIcs(walking, { now });
    const start = only(event(ics), 'DTSTART');
    expect(start.params).to.deep.equal({ TZID: 'Europe/London' });
    expect(start.value).to.equal('20260707T100000');
    expect(start.value).not.to.match(/Z$/);

    // Check the VTIMEZONE against the browser's own tz database: the DAYLIGHT offset applies in July,
    // so 10:00 local is 09:00 UTC, which Intl shows as 10:00 in Europe/London.
    const tz = components(ics);
    const daylight = tz.get('DAYLIGHT')![0]!;
    const standard = tz.get('STANDARD')![0]!;
    expect(only(daylight, 'TZOFFSETTO').value).to.equal('+0100');
    expect(only(standard, 'TZOFFSETTO').value).to.equal('+0000');
    const offsetHours = Number(only(daylight, 'TZOFFSETTO').value.slice(0, 3));
    const utc = new Date(Date.UTC(2026, 6, 7, 10 - offsetHours, 0));
    const wallClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(utc);
    expect(wallClock).to.equal('10:00');

    // Both rules' DTSTARTs are the last Sunday of their month, at the EU change times.
    for (const [part, month, time] of [[daylight, 2, '010000'], [standard, 9, '020000']] as const) {
      const value = only(part, 'DTSTART').value;
      const date = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(4, 6)) - 1, Number(value.slice(6, 8))));
      expect(date.getUTCDay(), `${value} is a Sunday`).to.equal(0);
      expect(date.getUTCMonth()).to.equal(month);
      expect(date.getUTCDate() + 7, `${value} is the last Sunday`).to.be.greaterThan(month === 2 ? 31 : 31);
      expect(value.slice(9)).to.equal(time);
    }
    expect(only(daylight, 'RRULE').value).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(only(standard, 'RRULE').value).to.equal('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('ends a weekly rule at the end date in UTC, dropping a COUNT that conflicts', () => {
    const ev = event(activityToIcs(walking, { now }));
    expect(only(ev, 'RRULE').value).to.equal('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T235959Z');
  });

  it('writes a one-off session without a rule', () => {
    const ics = activityToIcs(
      {
        ...walking,
        online: true,
        venue: null,
        bookingUrl: null,
        schedule: { startDate: '2027-01-05', startTime: '18:30', durationMinutes: 45 },
      },
      { now },
    );
    checkPhysicalLines(ics);
    const ev = event(ics);
    expect(ev.some((p) => p.name === 'RRULE')).to.equal(false);
    expect(ev.some((p) => p.name === 'URL')).to.equal(false);
    expect(only(ev, 'DTSTART').value).to.equal('20270105T183000');
    expect(only(ev, 'DURATION').value).to.equal('PT45M');
    expect(unescapeText(only(ev, 'LOCATION').value)).to.equal('Online');
    expect(unescapeText(only(ev, 'DESCRIPTION').value)).not.to.contain('Book');
  });

  it('escapes text so it round-trips, and folds long lines at 75 octets without splitting characters', () => {
    const tricky =
      'Cerdded; te, cacen\\ a sgwrs\nLine two\r\nLine three — ŵ ŷ Ŵ Ŷ â ê 🚶‍♀️🏴󠁧󠁢󠁷󠁬󠁳󠁿 ' + 'Cymdeithas Gerdded Ystradgynlais, '.repeat(6);
    const ics = activityToIcs(
      {
        ...walking,
        name: `Taith gerdded; ŵyn, ŷd 🐑 ${'ŵ'.repeat(80)}`,
        description: tricky,
        venue: {
          name: 'Neuadd y Dref; Llawr 1',
          address: { line1: '1, Heol y Bont', line2: 'Ystâd ŵ', town: 'Aberystwyth', postcode: 'SY23 1AA' },
        },
      },
      { now },
    );
    checkPhysicalLines(ics);
    expect(ics.split('\r\n').some((l) => l.startsWith(' ')), 'some line was folded').to.equal(true);
    const ev = event(ics);
    expect(unescapeText(only(ev, 'SUMMARY').value)).to.equal(`Taith gerdded; ŵyn, ŷd 🐑 ${'ŵ'.repeat(80)}`);
    expect(unescapeText(only(ev, 'DESCRIPTION').value)).to.equal(
      `${tricky.replace(/\r\n/g, '\n')}\n\nBook or find out more: https://example.org/walks?ref=waymark&x=1`,
    );
    expect(unescapeText(only(ev, 'LOCATION').value)).to.equal(
      'Neuadd y Dref; Llawr 1, 1, Heol y Bont, Ystâd ŵ, Aberystwyth, SY23 1AA',
    );
    // The raw (escaped) values have no bare separators left.
    expect(only(ev, 'SUMMARY').value).to.contain('gerdded\\; ŵyn\\, ŷd');
  });

  it('folds at exactly 75 octets, counting the leading space', () => {
    const line = `X:${'é'.repeat(100)}`; // 2 + 200 octets
    const physical = foldLine(line).split('\r\n');
    const sizes = physical.map((l) => new TextEncoder().encode(l).length);
    expect(sizes.every((s) => s <= 75)).to.equal(true);
    expect(sizes[0]).to.equal(74); // 'X:' + 36 × 2 octets; one more é would be 76
    expect(physical.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).to.equal(true);
    expect(physical.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(line);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('never lets a hostile rule, name or address inject lines', () => {
    const hostile: IcsActivity = {
      ...walking,
      id: 'x\r\nBEGIN:VEVENT',
      name: 'Pwned\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected',
      bookingUrl: 'javascript:alert(1)',
      schedule: {
        ...walking.schedule,
        rrule: 'FREQ=WEEKLY\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nRRULE:FREQ=DAILY',
        endDate: null,
      },
    };
    const ics = activityToIcs(hostile, { now });
    checkPhysicalLines(ics);
    const ev = event(ics); // exactly one VEVENT
    expect(ev.some((p) => p.name === 'RRULE')).to.equal(false);
    expect(ev.some((p) => p.name === 'URL')).to.equal(false);
    expect(unescapeText(only(ev, 'SUMMARY').value)).to.equal('Pwned\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected');
    expect(contentLines(ics).filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(unescapeText(only(ev, 'DESCRIPTION').value)).not.to.contain('javascript');
  });

  it('rejects bad dates and times instead of writing a broken file', () => {
    const bad = (schedule: Partial<IcsActivity['schedule']>) => () =>
      activityToIcs({ ...walking, schedule: { ...walking.schedule, ...schedule } }, { now });
    expect(bad({ startDate: '2026-02-30' })).to.throw(RangeError);
    expect(bad({ startDate: '7/7/2026' })).to.throw(RangeError);
    expect(bad({ startTime: '24:00' })).to.throw(RangeError);
    expect(bad({ startTime: '10:00\r\nX' })).to.throw(RangeError);
    expect(bad({ endDate: '2026-12-15\r\nBEGIN:VEVENT' })).to.throw(RangeError);
  });
});

describe('sanitiseRrule', () => {
  it('accepts the RFC 5545 grammar and normalises it', () => {
    expect(sanitiseRrule('RRULE:freq=monthly;byday=1TU,-1FR;interval=2')).to.equal('FREQ=MONTHLY;BYDAY=1TU,-1FR;INTERVAL=2');
    expect(sanitiseRrule('BYDAY=MO;FREQ=WEEKLY')).to.equal('FREQ=WEEKLY;BYDAY=MO');
    expect(sanitiseRrule('FREQ=WEEKLY;COUNT=6')).to.equal('FREQ=WEEKLY;COUNT=6');
    expect(sanitiseRrule(null)).to.equal(null);
    expect(sanitiseRrule('')).to.equal(null);
  });

  it('makes UNTIL a UTC date-time, and lets an end date win over UNTIL and COUNT', () => {
    expect(sanitiseRrule('FREQ=WEEKLY;UNTIL=20261215')).to.equal('FREQ=WEEKLY;UNTIL=20261215T235959Z');
    // A floating UNTIL is London time: 10:00 BST in July is 09:00 UTC; in January GMT = UTC.
    expect(sanitiseRrule('FREQ=WEEKLY;UNTIL=20260714T100000')).to.equal('FREQ=WEEKLY;UNTIL=20260714T090000Z');
    expect(sanitiseRrule('FREQ=WEEKLY;UNTIL=20270112T100000')).to.equal('FREQ=WEEKLY;UNTIL=20270112T100000Z');
    expect(sanitiseRrule('FREQ=WEEKLY;UNTIL=20260101T000000Z;COUNT=3', '2026-03-01')).to.equal(
      'FREQ=WEEKLY;UNTIL=20260301T235959Z',
    );
  });

  it('refuses anything outside the grammar', () => {
    for (const rule of [
      'FREQ=WEEKLY\r\nBEGIN:VEVENT',
      'FREQ=WEEKLY;BYDAY=TU EXTRA',
      'FREQ=WEEKLY;X-NAME=1',
      'FREQ=FORTNIGHTLY',
      'BYDAY=TU',
      'FREQ=WEEKLY;FREQ=DAILY',
      'FREQ=WEEKLY;COUNT=many',
      'FREQ=WEEKLY;INTERVAL=0',
      'FREQ=WEEKLY;UNTIL=soon',
      'FREQ=WEEKLY;BYDAY=TU:X',
    ]) {
      expect(sanitiseRrule(rule), rule).to.equal(null);
    }
  });
});

describe('icsDuration', () => {
  it('writes hours and minutes', () => {
    expect(icsDuration(90)).to.equal('PT1H30M');
    expect(icsDuration(60)).to.equal('PT1H');
    expect(icsDuration(45)).to.equal('PT45M');
    expect(icsDuration(1500)).to.equal('PT25H');
    expect(icsDuration(0)).to.equal('PT0M');
  });
});

describe('downloadIcs', () => {
  it('downloads a text/calendar Blob through a temporary link and revokes its URL', async () => {
    let clicked: HTMLAnchorElement | undefined;
    let blobText = '';
    let blobType = '';
    const onClick = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      clicked = link;
      event.preventDefault(); // no real download in the test browser
    };
    document.addEventListener('click', onClick, true);
    try {
      downloadIcs('Tuesday walk: 7/7', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      // The URL is still valid until the next task.
      const response = await fetch(clicked!.href);
      blobType = response.headers.get('content-type') ?? '';
      blobText = await response.text();
    } finally {
      document.removeEventListener('click', onClick, true);
    }
    expect(clicked!.href).to.match(/^blob:/);
    expect(clicked!.download).to.equal('Tuesday walk- 7-7.ics');
    expect(clicked!.isConnected, 'the link is removed').to.equal(false);
    expect(blobType).to.equal('text/calendar;charset=utf-8');
    expect(blobText).to.equal('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    await new Promise((r) => setTimeout(r, 10));
    let revoked = false;
    await fetch(clicked!.href).catch(() => (revoked = true));
    expect(revoked, 'the object URL is revoked').to.equal(true);
  });

  it('starts a weekly rule on its first real session, so calendars add no session the rule never makes', () => {
    // 2026-09-02 is a Wednesday; the group meets on Tuesdays.
    expect(firstOccurrence('2026-09-02', 'FREQ=WEEKLY;BYDAY=TU')).to.equal('2026-09-08');
    expect(firstOccurrence('2026-09-02', 'FREQ=WEEKLY;BYDAY=MO,TH')).to.equal('2026-09-03');
    expect(firstOccurrence('2026-09-01', 'FREQ=WEEKLY;BYDAY=TU')).to.equal('2026-09-01');
    expect(firstOccurrence('2026-09-02', 'FREQ=MONTHLY;BYDAY=1TU'), 'ordinal days: left as given').to.equal('2026-09-02');
    expect(firstOccurrence('2026-09-02', null)).to.equal('2026-09-02');
    const ics = activityToIcs(
      { id: 'a1', name: 'Walk', description: 'A walk', online: false, venue: null, schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startDate: '2026-09-02', startTime: '10:00', durationMinutes: 60 } },
      { now: new Date(Date.UTC(2026, 8, 1)) },
    );
    expect(ics).to.contain('DTSTART;TZID=Europe/London:20260908T100000');
  });
});
