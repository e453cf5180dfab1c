import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { coreMessages } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { loadMessages, translate } from '../i18n/messages.js';
import { WaymarkError } from '../transport/errors.js';
import { retryPanel } from './retry-panel.js';

const host = (locale: Locale) => ({ t: (key: string, params?: Record<string, number>) => translate([coreMessages], locale, key, params) });

describe('retryPanel', () => {
  before(() => loadMessages([coreMessages], 'cy'));

  it("says what went wrong in the person's language, as an alert, and Try again calls back", async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    let retried = 0;
    render(retryPanel(host('en'), { error: new WaymarkError('NETWORK', 'offline'), onRetry: () => retried++ }), el);
    const panel = el.querySelector('[role=alert]')!;
    expect(panel.textContent).to.contain('We could not connect to the service');
    el.querySelector('button')!.click();
    expect(retried).to.equal(1);
    await expect(el).to.be.accessible();
    render(retryPanel(host('cy'), { error: new WaymarkError('NETWORK', 'offline'), onRetry: () => retried++ }), el);
    expect(el.querySelector('button')!.textContent).to.equal('Rhowch gynnig arall arni');
  });

  it('gives the wait when rate limited, and a general sentence for a code it has no text for', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(retryPanel(host('en'), { error: new WaymarkError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 30 }), onRetry: () => undefined }), el);
    expect(el.textContent).to.contain('Try again in 30 seconds');
    render(retryPanel(host('en'), { error: { code: 'SOMETHING_NEW' }, onRetry: () => undefined }), el);
    expect(el.textContent).to.contain('Sorry, there is a problem with the service');
  });
});
