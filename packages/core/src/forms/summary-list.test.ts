import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { summaryList } from './summary-list.js';
import { confirmationPanel } from './confirmation-panel.js';
import { focused, hasRole, mountField } from './testing/field-suite.js';
import type { WmFormHost } from '../testing/form-host.js';

function answers(h: WmFormHost) {
  const en = h.locale === 'en';
  return summaryList(h, {
    rows: [
      { key: en ? 'Name' : 'Enw', value: 'Siân Evans', step: 'name' },
      { key: en ? 'Date of birth' : 'Dyddiad geni', value: '15 March 1984', step: 'dob' },
      { key: en ? 'Address' : 'Cyfeiriad', value: html`Flat 2<br />1 High Street<br />LS1 4DY`, step: 'address' },
      { key: en ? 'NHS number' : 'Rhif GIG', value: '943 476 5919', step: 'nhs', changeLabel: en ? 'NHS number' : 'rhif GIG' },
      { key: en ? 'Reference' : 'Cyfeirnod', value: 'WM-4821' },
    ],
    onChange: (step) => h.set({ step }),
  });
}

describe('summaryList', () => {
  it('is accessible in English and Welsh', async () => {
    await expect(await mountField(answers)).to.be.accessible();
    await expect(await mountField(answers, 'cy')).to.be.accessible();
  });

  it('names each "Change" link after its answer, and calls back with the step', async () => {
    const host = await mountField(answers);
    expect(hasRole(host, 'link', 'Change date of birth')).to.be.true;
    expect(hasRole(host, 'link', 'Change NHS number')).to.be.true;
    expect(host.shadowRoot!.querySelectorAll('a').length, 'no link for a row without a step').to.equal(4);
    host.shadowRoot!.querySelectorAll('a')[1]!.click();
    expect(host.get('step')).to.equal('dob');
    expect(location.hash).to.equal('');
  });

  it('says "Newid" in Welsh', async () => {
    const host = await mountField(answers, 'cy');
    expect(hasRole(host, 'link', 'Newid dyddiad geni')).to.be.true;
    expect(hasRole(host, 'link', 'Newid rhif GIG')).to.be.true;
  });

  it('works by keyboard: Tab to a Change link, Enter', async () => {
    const host = await mountField(answers);
    host.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(host)?.textContent).to.equal('Change name');
    await sendKeys({ press: 'Enter' });
    expect(host.get('step')).to.equal('name');
  });

  it('is a description list of questions and answers', async () => {
    const host = await mountField(answers);
    const dl = host.shadowRoot!.querySelector('dl')!;
    expect(dl.getAttribute('part')).to.equal('summary-list');
    expect([...dl.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['Name', 'Date of birth', 'Address', 'NHS number', 'Reference']);
  });
});

describe('confirmationPanel', () => {
  const done = (h: WmFormHost, level?: 1 | 2) =>
    confirmationPanel(h, {
      title: h.locale === 'en' ? 'Referral sent' : "Atgyfeiriad wedi'i anfon",
      reference: 'WM-4821-KQ',
      headingLevel: level,
      next: html`<p>${h.locale === 'en' ? 'A link worker will call you within 5 working days.' : 'Bydd gweithiwr cyswllt yn eich ffonio o fewn 5 diwrnod gwaith.'}</p>`,
    });

  it('is accessible in English and Welsh', async () => {
    await expect(await mountField((h) => done(h))).to.be.accessible();
    await expect(await mountField((h) => done(h), 'cy')).to.be.accessible();
  });

  it('shows the title as a heading, the reference large, then "What happens next"', async () => {
    const host = await mountField((h) => done(h));
    expect(hasRole(host, 'heading', 'Referral sent')).to.be.true;
    expect(host.shadowRoot!.querySelector('h1')!.textContent).to.equal('Referral sent');
    const panel = host.shadowRoot!.querySelector('[part="confirmation-panel"]')!;
    expect(panel.textContent).to.contain('Your reference number');
    const reference = panel.querySelector('strong')!;
    expect(reference.textContent).to.equal('WM-4821-KQ');
    expect(parseFloat(getComputedStyle(reference).fontSize)).to.be.above(parseFloat(getComputedStyle(panel).fontSize));
    expect(hasRole(host, 'heading', 'What happens next')).to.be.true;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(0, 127, 59)');
  });

  it('uses h2/h3 inside a page with its own heading, in Welsh', async () => {
    const host = await mountField((h) => done(h, 2), 'cy');
    expect(host.shadowRoot!.querySelector('h2')!.textContent).to.equal("Atgyfeiriad wedi'i anfon");
    expect(host.shadowRoot!.querySelector('h3')!.textContent).to.equal("Beth sy'n digwydd nesaf");
    expect(host.shadowRoot!.querySelector('.wm-panel')!.textContent).to.contain('Eich cyfeirnod');
  });

  it('prints black on white with a border, and check-answers prints without its Change links', async () => {
    const host = await mountField((h) => html`${done(h)}${answers(h)}`);
    const panel = host.shadowRoot!.querySelector('.wm-panel')!;
    const change = host.shadowRoot!.querySelector('.wm-summary-list__actions')!;
    expect(getComputedStyle(change).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(panel).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(panel).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(panel).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(change).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
