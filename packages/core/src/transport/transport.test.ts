import { expect } from '@open-wc/testing';
import { PartnerProfileDocument } from '../generated/graphql.js';
import { WaymarkError } from './errors.js';
import { createTransport, type TransportOptions } from './transport.js';

/** One recorded call to the injected fetch. */
interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: Record<string, unknown>;
}

type Reply = Response | Error | ((init: RequestInit) => Promise<Response>);

/** An injected fetch (the transport's seam) that answers from a script and records every call. */
function scriptedFetch(...replies: Reply[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: JSON.parse(typeof init.body === 'string' ? init.body : '{}') as Record<string, unknown>,
    });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(init);
    return reply.clone();
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const ok = json({ data: { partner: { id: 'p1', name: 'Riverside Surgery' } } });
const gqlError = (code: string, extensions: Record<string, unknown> = {}, status = 200) =>
  json({ data: null, errors: [{ message: `${code} happened`, extensions: { code, ...extensions } }] }, status);

const ENDPOINT = 'https://api.waymark.test/graphql';
const transportWith = (fetch: typeof globalThis.fetch, extra: Partial<TransportOptions> = {}) =>
  createTransport({ endpoint: ENDPOINT, partner: 'pk_demo_riverside', locale: 'cy', fetch, retry: { baseDelayMs: 1, maxDelayMs: 20 }, random: () => 0.5, ...extra });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const MUTATION = 'mutation SubmitReferral($input: ReferralInput!) { submitReferral(input: $input) { reference } }';

describe('transport: requests', () => {
  it('sends a persisted document as { documentId, variables } by POST, with partner and language headers', async () => {
    const { fetch, calls } = scriptedFetch(ok);
    const data = await transportWith(fetch).request(PartnerProfileDocument, { key: 'pk_demo_riverside' });
    expect(data.partner?.name).to.equal('Riverside Surgery');
    expect(calls).to.have.length(1);
    const [call] = calls;
    expect(call!.url).to.equal(ENDPOINT); // nothing in the URL
    expect(call!.method).to.equal('POST');
    expect(call!.body).to.deep.equal({ documentId: PartnerProfileDocument.__meta__!['hash'], variables: { key: 'pk_demo_riverside' } });
    expect(call!.headers.get('X-Waymark-Partner')).to.equal('pk_demo_riverside');
    expect(call!.headers.get('Accept-Language')).to.match(/^cy/);
    expect(call!.headers.get('Content-Type')).to.equal('application/json');
    expect(call!.headers.has('X-Waymark-Document-Id')).to.equal(false);
  });

  it('sends a plain query string as { query, variables }', async () => {
    const { fetch, calls } = scriptedFetch(json({ data: { activityCategories: [] } }));
    await transportWith(fetch).request('query Categories { activityCategories { id } }');
    expect(calls[0]!.body).to.deep.equal({ query: 'query Categories { activityCategories { id } }' });
    expect(calls[0]!.method).to.equal('POST');
  });

  it('rejects with NETWORK when no endpoint is configured', async () => {
    const error = await rejection(createTransport({ endpoint: undefined }).request('{ a }'));
    expect(error).to.be.instanceOf(WaymarkError);
    expect((error as WaymarkError).code).to.equal('NETWORK');
  });
});

describe('transport: error mapping', () => {
  const cases: Array<[string, Response, string, boolean]> = [
    ['BAD_USER_INPUT', gqlError('BAD_USER_INPUT'), 'BAD_USER_INPUT', false],
    ['UNAUTHENTICATED', gqlError('UNAUTHENTICATED'), 'UNAUTHENTICATED', false],
    ['FORBIDDEN', gqlError('FORBIDDEN', {}, 403), 'FORBIDDEN', false],
    ['NOT_FOUND', gqlError('NOT_FOUND'), 'NOT_FOUND', false],
    ['RATE_LIMITED', gqlError('RATE_LIMITED', { retryAfterSeconds: 30 }, 429), 'RATE_LIMITED', true],
    ['INTERNAL_SERVER_ERROR', gqlError('INTERNAL_SERVER_ERROR'), 'INTERNAL_SERVER_ERROR', true],
    ['an unknown code on a 404', gqlError('SOMETHING_ELSE', {}, 404), 'NOT_FOUND', false],
    ["yoga's unknown persisted document", gqlError('PERSISTED_QUERY_NOT_IN_LIST'), 'NOT_FOUND', false],
    ['a 401 with an HTML body', new Response('<h1>No</h1>', { status: 401, headers: { 'content-type': 'text/html' } }), 'UNAUTHENTICATED', false],
    ['a 502 from a proxy', new Response('Bad gateway', { status: 502 }), 'INTERNAL_SERVER_ERROR', true],
  ];
  for (const [name, response, code, retriable] of cases) {
    it(`maps ${name} to ${code}`, async () => {
      const { fetch } = scriptedFetch(response);
      const error = await rejection(transportWith(fetch, { retry: { attempts: 1 } }).request(PartnerProfileDocument, { key: 'k' }));
      expect(error).to.be.instanceOf(WaymarkError);
      expect((error as WaymarkError).code).to.equal(code);
      expect((error as WaymarkError).retriable).to.equal(retriable);
    });
  }

  it('gives field errors as path → message key, and never the variables in the message', async () => {
    const { fetch } = scriptedFetch(
      json({
        data: null,
        errors: [
          { message: 'Invalid', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.nhsNumber': 'nhsNumber.invalid' } } },
          { message: 'Invalid', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.postcode': 'postcode.invalid' } } },
        ],
      }),
    );
    const error = (await rejection(transportWith(fetch).request(MUTATION, { input: { nhsNumber: '9434765918', name: 'Ann Example' } }))) as WaymarkError;
    expect(error.code).to.equal('BAD_USER_INPUT');
    expect(error.fields).to.deep.equal({ 'input.nhsNumber': 'nhsNumber.invalid', 'input.postcode': 'postcode.invalid' });
    expect(error.message).not.to.contain('Ann Example');
    expect(error.message).not.to.contain('9434765918');
    expect(error.cause).to.equal(undefined);
  });

  it('reads retryAfterSeconds from extensions or from a Retry-After header', async () => {
    const fromHeader = scriptedFetch(json({ errors: [{ message: 'Slow down' }] }, 429, { 'Retry-After': '12' }));
    const error = (await rejection(transportWith(fromHeader.fetch).request(PartnerProfileDocument, { key: 'k' }))) as WaymarkError;
    expect(error.code).to.equal('RATE_LIMITED');
    expect(error.retryAfterSeconds).to.equal(12);
    expect(fromHeader.calls).to.have.length(1); // rate limits are never retried automatically
  });
});
