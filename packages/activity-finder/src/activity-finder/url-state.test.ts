import { expect } from '@open-wc/testing';
import { defaultFilters, formatHash, hasState, outwardCode, parseHash, type FinderState } from './url-state.js';

const full: FinderState = {
  filters: {
    near: { latitude: 53.81, longitude: -1.6 },
    place: 'LS4',
    radius: 10,
    keyword: 'tai chi & yoga = calm #1',
    categories: ['walking', 'arts-and-crafts'],
    days: ['TUESDAY', 'SATURDAY'],
    times: ['MORNING'],
    cost: 'max',
    maxCostPence: 250,
    age: 67,
    access: ['STEP_FREE', 'HEARING_LOOP'],
    attend: 'in-person',
  },
  activity: '292c28bf-8c2f-4773-a812-eef859109190',
};

describe('url-state', () => {
  it('round-trips every filter but age, and the open activity', () => {
    const hash = formatHash('', full);
    expect(hash).to.match(/^#wm-af=/);
    expect(parseHash(hash)).to.deep.equal({ ...full, filters: { ...full.filters, age: null } });
    // The age may be the person's own: it never goes into the URL.
    expect(decodeURIComponent(hash)).not.to.match(/age|67/);
  });

  it('writes nothing for the defaults and reads the defaults from an empty or foreign hash', () => {
    expect(formatHash('', { filters: defaultFilters(), activity: null })).to.equal('');
    expect(parseHash('')).to.deep.equal({ filters: defaultFilters(), activity: null });
    expect(parseHash('#section-2')).to.deep.equal({ filters: defaultFilters(), activity: null });
    expect(hasState('#section-2')).to.equal(false);
    expect(hasState(formatHash('#section-2', full))).to.equal(true);
  });

  it('keeps the host page’s own hash content, in order, and replaces only its own segment', () => {
    const first = formatHash('#/route?tab=2&x=1', full);
    expect(first.startsWith('#/route?tab=2&x=1&wm-af=')).to.equal(true);
    const second = formatHash(first, { ...full, activity: null });
    expect(second.startsWith('#/route?tab=2&x=1&wm-af=')).to.equal(true);
    expect(second.match(/wm-af=/g)).to.have.length(1);
    expect(parseHash(second).activity).to.equal(null);
    // Removing every filter gives the host's hash back exactly.
    expect(formatHash(second, { filters: defaultFilters(), activity: null })).to.equal('#/route?tab=2&x=1');
    // Our segment in the middle of the host's.
    const middle = `#a=1&${first.split('&').pop()!}&b=2`;
    expect(formatHash(middle, full).startsWith('#a=1&b=2&wm-af=')).to.equal(true);
  });

  it('holds no full postcode and no precise coordinates', () => {
    const precise: FinderState = {
      filters: { ...defaultFilters(), near: { latitude: 53.809097, longitude: -1.595193 }, place: 'LS4 2QT' },
      activity: null,
    };
    const hash = formatHash('', precise);
    const params = new URLSearchParams(decodeURIComponent(hash.slice('#wm-af='.length)));
    expect(params.get('lat')).to.equal('53.81');
    expect(params.get('lng')).to.equal('-1.6');
    expect(params.get('at')).to.equal('me'); // not an outward code: never written as typed
    expect(hash).not.to.contain('2QT');
    // A hand-made hash with precise coordinates is rounded on the way in.
    const handMade = parseHash(`#wm-af=${encodeURIComponent('lat=53.809097&lng=-1.595193&at=LS4')}`);
    expect(handMade.filters.near).to.deep.equal({ latitude: 53.81, longitude: -1.6 });
    expect(handMade.filters.place).to.equal('LS4');
    expect(outwardCode('ls6 4ab')).to.equal('LS6');
    expect(outwardCode('not a postcode')).to.equal('');
  });

  it('never throws on garbage and ignores each bad value on its own', () => {
    const garbage = [
      '#wm-af=%E0%A4%A',
      '#wm-af=',
      '#wm-af=%25%25%25',
      'wm-af=lat%3Dabc%26lng%3D1',
      '#&&&wm-af=&&',
      '#wm-af=' + encodeURIComponent('lat=91&lng=0&r=7&d=FUNDAY,MONDAY,MONDAY&t=NIGHT&a=X&cost=max&max=-1&age=300&o=maybe&id=<script>'),
      '#wm-af=' + encodeURIComponent('c=Walking,../x,arts-and-crafts&q=' + 'x'.repeat(500)),
      String(null),
      '#' + '%'.repeat(1000),
    ];
    for (const hash of garbage) expect(() => parseHash(hash), hash).not.to.throw();
    const mixed = parseHash(garbage[5]!);
    expect(mixed.filters.near).to.equal(null);
    expect(mixed.filters.radius).to.equal(5);
    expect(mixed.filters.days).to.deep.equal(['MONDAY']);
    expect(mixed.filters.times).to.deep.equal([]);
    expect(mixed.filters.access).to.deep.equal([]);
    expect(mixed.filters.cost).to.equal('any');
    expect(mixed.filters.age).to.equal(null);
    expect(mixed.filters.attend).to.equal('any');
    expect(mixed.activity).to.equal(null);
    const cats = parseHash(garbage[6]!);
    expect(cats.filters.categories).to.deep.equal(['arts-and-crafts']);
    expect(cats.filters.keyword).to.have.length(100);
  });
});
