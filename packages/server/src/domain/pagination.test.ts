import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof GraphQLError);
    return [e.extensions.code, e.extensions.fields];
  }
  assert.fail('expected an error');
};

describe('pagination', () => {
  it('round-trips cursors and refuses forged ones', () => {
    assert.deepEqual(decodeCursor(encodeCursor(['Riverside', 'x']), 2), ['Riverside', 'x']);
    assert.equal(decodeCursor(null, 2), null);
    assert.deepEqual(codeOf(() => decodeCursor('not-a-cursor', 2)), ['BAD_USER_INPUT', { after: 'cursor.invalid' }]);
    assert.deepEqual(codeOf(() => decodeCursor(encodeCursor([1]), 2)), ['BAD_USER_INPUT', { after: 'cursor.invalid' }]);
  });

  it('accepts page sizes 1 to 100 only', () => {
    assert.equal(pageSize(undefined), 20);
    assert.equal(pageSize(100), 100);
    assert.deepEqual(codeOf(() => pageSize(0)), ['BAD_USER_INPUT', { first: 'first.range' }]);
    assert.deepEqual(codeOf(() => pageSize(101)), ['BAD_USER_INPUT', { first: 'first.range' }]);
  });

  it('uses the extra row only to say there is a next page, and counts lazily', async () => {
    let counted = 0;
    const page = toPage([1, 2, 3], 2, (n) => [n], async () => ++counted);
    assert.deepEqual(page.nodes, [1, 2]);
    assert.equal(page.pageInfo.hasNextPage, true);
    assert.deepEqual(decodeCursor(page.pageInfo.endCursor, 1), [2]);
    assert.equal(counted, 0);
    assert.equal(await page.totalCount(), 1);
    assert.equal(await page.totalCount(), 1);
    const empty = toPage([], 2, (n: number) => [n], async () => 0);
    assert.deepEqual(empty.pageInfo, { hasNextPage: false, endCursor: null });
  });
});
