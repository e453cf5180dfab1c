import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'graphql';
import { addressBucket, clientAddress, countLimitedFields, TokenBuckets } from './rate-limit.js';

describe('rate limit: token buckets', () => {
  it('allows the burst, then one more per refill interval, and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets(10, () => now);
    for (let i = 0; i < 10; i++) {
      assert.equal(buckets.waitSeconds('a'), 0);
      buckets.take('a');
    }
    assert.equal(buckets.waitSeconds('a'), 6); // 10 a minute: one every 6 s
    assert.equal(buckets.waitSeconds('b'), 0, 'buckets are per key');
    now += 5_000;
    assert.equal(buckets.waitSeconds('a'), 1);
    now += 1_000;
    assert.equal(buckets.waitSeconds('a'), 0);
    buckets.take('a');
    assert.equal(buckets.waitSeconds('a'), 6);
    now += 600_000;
    assert.equal(buckets.waitSeconds('a', 10), 0, 'refills up to the limit, no further');
    assert.equal(buckets.waitSeconds('a', 11), 60, 'more than the bucket holds');
  });

  it('is off at 0', () => {
    const buckets = new TokenBuckets(0);
    for (let i = 0; i < 100; i++) buckets.take('a');
    assert.equal(buckets.waitSeconds('a'), 0);
    assert.equal(buckets.size, 0);
  });

  it('sweeps full buckets so memory stays bounded', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, () => now);
    for (let i = 0; i < 10_000; i++) buckets.take(`k${i}`);
    now += 60_000;
    buckets.take('last');
    assert.equal(buckets.size, 1);
  });
});

describe('rate limit: client address', () => {
  const request = (xff?: string) => new Request('http://waymark.test/graphql', { headers: xff ? { 'x-forwarded-for': xff } : {} });
  const socket = (remoteAddress: string | undefined) => ({ socket: { remoteAddress } }) as never;

  it('uses the socket peer unless the proxy is trusted', () => {
    assert.equal(clientAddress(request('203.0.113.9'), socket('192.0.2.1'), false), '192.0.2.1');
    assert.equal(clientAddress(request('198.51.100.1, 203.0.113.9'), socket('192.0.2.1'), true), '203.0.113.9');
    assert.equal(clientAddress(request('not an address'), socket('192.0.2.1'), true), '192.0.2.1');
    assert.equal(clientAddress(request(), undefined, false), 'no-socket');
  });

  it('buckets IPv6 by /64 and unwraps IPv4-mapped addresses', () => {
    assert.equal(addressBucket('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(addressBucket('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(addressBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64');
    assert.equal(addressBucket('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(addressBucket('::1'), '0:0:0:0::/64');
    assert.equal(addressBucket('[2001:0db8:0001:0002::9]'), '2001:db8:1:2::/64');
  });
});

describe('rate limit: which operations', () => {
  it('counts submitSelfReferral at the mutation root, through aliases and fragments', () => {
    assert.equal(countLimitedFields(parse('mutation { submitSelfReferral(input: $i) { reference } }'), undefined), 1);
    assert.equal(countLimitedFields(parse('mutation { a: submitSelfReferral(input: $i) { reference } b: submitSelfReferral(input: $i) { reference } }'), undefined), 2);
    assert.equal(countLimitedFields(parse('mutation { ...F } fragment F on Mutation { submitSelfReferral(input: $i) { reference } }'), undefined), 1);
    assert.equal(countLimitedFields(parse('mutation { ... on Mutation { submitSelfReferral(input: $i) { reference } } }'), undefined), 1);
    assert.equal(countLimitedFields(parse('query { about { version } }'), undefined), 0);
    assert.equal(countLimitedFields(parse('mutation { noop }'), undefined), 0);
    const two = parse('query Q { about { version } } mutation M { submitSelfReferral(input: $i) { reference } }');
    assert.equal(countLimitedFields(two, 'Q'), 0);
    assert.equal(countLimitedFields(two, 'M'), 1);
  });
});
