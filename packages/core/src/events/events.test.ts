import { expect, html, oneEvent } from '@open-wc/testing';
import { emit } from './events.js';
import { mount } from '../testing/fixtures.js';

// A test-only event, declared the way a widget declares its own.
declare global {
  interface WaymarkEventDetailMap {
    'wm-test-happened': { reference: string };
  }
}

describe('events: emit', () => {
  it('dispatches a typed event that bubbles out of shadow roots to the document', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    setTimeout(() => emit(inner, 'wm-test-happened', { reference: 'WM-123' }));
    const event = await oneEvent(document, 'wm-test-happened');
    // Typed through GlobalEventHandlersEventMap: no cast needed to read the detail.
    const reference: string = event.detail.reference;
    expect(reference).to.equal('WM-123');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('can be cancelable, and reports a cancelled event', async () => {
    const el = await mount<HTMLDivElement>(html`<div></div>`);
    el.addEventListener('wm-test-happened', (e) => e.preventDefault());
    expect(emit(el, 'wm-test-happened', { reference: 'WM-1' }, { cancelable: true })).to.equal(false);
    expect(emit(el, 'wm-test-happened', { reference: 'WM-1' })).to.equal(true);
  });

  it('rejects unknown event names and wrong details at compile time', () => {
    const el = document.createElement('div');
    // @ts-expect-error — not a declared Waymark event.
    emit(el, 'wm-nothing-happened', {});
    // @ts-expect-error — wrong detail shape.
    emit(el, 'wm-test-happened', { name: 'Personal data' });
  });
});
