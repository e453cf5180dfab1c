import { expect } from '@open-wc/testing';
import { PartnerProfileDocument } from '../generated/graphql.js';
import { WaymarkError } from './errors.js';
import { createTransport } from './transport.js';

declare global {
  interface Window {
    /** The real Waymark GraphQL server started by web-test-runner.config.mjs for this run. */
    WAYMARK_TEST_ENDPOINT?: string;
  }
}

function endpoint(): string {
  const url = window.WAYMARK_TEST_ENDPOINT;
  if (!url) throw new Error('window.WAYMARK_TEST_ENDPOINT is not set: the test server did not start.');
  return url;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('transport: against the real Waymark server', () => {
  it('runs the persisted PartnerProfile document for pk_demo_riverside', async () => {
    const transport = createTransport({ endpoint: endpoint(), partner: 'pk_demo_riverside', locale: 'en' });
    const data = await transport.request(PartnerProfileDocument, { key: 'pk_demo_riverside' });
    expect(data.partner?.name).to.equal('Riverside Surgery');
    expect(data.partner?.kind).to.equal('GP_PRACTICE');
  });

  it('answers null for an unknown partner key', async () => {
    const transport = createTransport({ endpoint: endpoint(), partner: 'pk_demo_riverside' });
    const data = await transport.request(PartnerProfileDocument, { key: 'pk_no_such_partner' });
    expect(data.partner).to.equal(null);
  });

  it('refuses an unknown document id with a non-retriable WaymarkError', async () => {
    const transport = createTransport({ endpoint: endpoint(), partner: 'pk_demo_riverside' });
    const unknown = Object.assign(new String('query Nope { __typename }'), { __meta__: { hash: 'sha256:0000' } });
    const error = await rejection(transport.request(unknown));
    expect(error).to.be.instanceOf(WaymarkError);
    expect(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN']).to.include((error as WaymarkError).code);
    expect((error as WaymarkError).retriable).to.equal(false);
  });

  it('reports NETWORK after its retries when nothing listens on the port', async () => {
    const url = new URL(endpoint());
    url.port = '65535';
    const transport = createTransport({ endpoint: url.href, retry: { attempts: 3, baseDelayMs: 50, maxDelayMs: 200 } });
    const started = performance.now();
    const error = (await rejection(transport.request(PartnerProfileDocument, { key: 'pk_demo_riverside' }))) as WaymarkError;
    expect(error).to.be.instanceOf(WaymarkError);
    expect(error.code).to.equal('NETWORK');
    expect(error.retriable).to.equal(true);
    expect(performance.now() - started).to.be.above(50); // it waited between attempts
  });
});
