import { expect } from '@open-wc/testing';
import { WaymarkError } from './errors.js';
import { backoffDelay } from './retry.js';
import { createTransport } from './transport.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const ok = () => json({ data: { ok: true } });
const unavailable = () => new Response('Service unavailable', { status: 503 });
const offline = () => new TypeError('Failed to fetch');

/** An injected fetch answering from a script: a Response, an Error to throw, or 'hang' (until aborted). */
function scriptedFetch(...script: Array<() => Response | Error | 'hang'>) {
  let calls = 0;
  const fetch = (_input: RequestInfo | URL, init: RequestInit = {}) => {
    const next = (script.length > 1 ? script.shift()! : script[0]!)();
    calls++;
    if (next === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error));
      });
    }
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { fetch, count: () => calls };
}

const transport = (fetch: typeof globalThis.fetch, timeoutMs = 5_000) =>
  createTransport({ endpoint: 'https://api.waymark.test/graphql', fetch, timeoutMs, retry: { baseDelayMs: 1, maxDelayMs: 10 } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const QUERY = 'query Q { ok }';
const MUTATION = '# Submit\nmutation M { ok }';

describe('transport: retries', () => {
  it('retries a query after a 503 and resolves with the 200', async () => {
    const { fetch, count } = scriptedFetch(unavailable, ok);
    expect(await transport(fetch).request(QUERY)).to.deep.equal({ ok: true });
    expect(count()).to.equal(2);
  });

  it('retries network failures, then gives up with NETWORK after the last attempt', async () => {
    const { fetch, count } = scriptedFetch(offline);
    const error = (await rejection(transport(fetch).request(QUERY))) as WaymarkError;
    expect(error).to.be.instanceOf(WaymarkError);
    expect(error.code).to.equal('NETWORK');
    expect(error.retriable).to.equal(true);
    expect(count()).to.equal(3);
  });

  it('does not retry bad input', async () => {
    const { fetch, count } = scriptedFetch(() => json({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }));
    expect(((await rejection(transport(fetch).request(QUERY))) as WaymarkError).code).to.equal('BAD_USER_INPUT');
    expect(count()).to.equal(1);
  });

  it('does not retry a mutation unless the caller says it is idempotent', async () => {
    const once = scriptedFetch(unavailable, ok);
    const error = (await rejection(transport(once.fetch).request(MUTATION))) as WaymarkError;
    expect(error.code).to.equal('INTERNAL_SERVER_ERROR');
    expect(once.count()).to.equal(1);

    const idempotent = scriptedFetch(unavailable, ok);
    expect(await transport(idempotent.fetch).request(MUTATION, {}, { retry: { idempotent: true } })).to.deep.equal({ ok: true });
    expect(idempotent.count()).to.equal(2);
  });

  it('retry: false sends once', async () => {
    const { fetch, count } = scriptedFetch(unavailable, ok);
    await rejection(transport(fetch).request(QUERY, {}, { retry: false }));
    expect(count()).to.equal(1);
  });

  it('times out a silent server with TIMEOUT, retrying each attempt', async () => {
    const { fetch, count } = scriptedFetch(() => 'hang');
    const started = performance.now();
    const error = (await rejection(transport(fetch, 30).request(QUERY, {}, { retry: { attempts: 2 } }))) as WaymarkError;
    expect(error.code).to.equal('TIMEOUT');
    expect(count()).to.equal(2);
    expect(performance.now() - started).to.be.below(2_000);
  });

  it('stops at once when the caller aborts, rejecting with the abort reason', async () => {
    const { fetch, count } = scriptedFetch(() => 'hang');
    const controller = new AbortController();
    const pending = transport(fetch).request(QUERY, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = (await rejection(pending)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(count()).to.equal(1);
  });

  it('stops during the backoff wait when aborted', async () => {
    const { fetch, count } = scriptedFetch(offline);
    const controller = new AbortController();
    const slow = createTransport({ endpoint: 'https://x.test/graphql', fetch, retry: { baseDelayMs: 5_000, maxDelayMs: 5_000 } });
    const pending = slow.request(QUERY, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
    expect(count()).to.equal(1);
  });
});

describe('transport: backoff', () => {
  it('doubles each retry, with jitter in the upper half, capped', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0))).to.deep.equal([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 1))).to.deep.equal([100, 200, 400, 800, 1_000]);
    const jittered = new Set(Array.from({ length: 20 }, () => backoffDelay(3, options)));
    expect(jittered.size).to.be.greaterThan(1);
  });
});
