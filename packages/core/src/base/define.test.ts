import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';
import { WaymarkElement } from './waymark-element.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('base: guarded define', () => {
  it('registers a tag once; defining the same class again neither throws nor warns', () => {
    class WmDefineOnce extends WaymarkElement {}
    const warnings = captureWarnings();
    try {
      expect(WmDefineOnce.define('wm-define-once')).to.equal(true);
      expect(() => WmDefineOnce.define('wm-define-once')).not.to.throw();
      expect(WmDefineOnce.define('wm-define-once')).to.equal(false);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('wm-define-once')).to.equal(WmDefineOnce);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first class and warns when another class claims the tag (the kit loaded twice)', () => {
    class First extends WaymarkElement {}
    class Second extends WaymarkElement {}
    First.define('wm-define-clash');
    const warnings = captureWarnings();
    try {
      expect(() => Second.define('wm-define-clash')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get('wm-define-clash')).to.equal(First);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<wm-define-clash> is already defined by another class');
  });

  it('never throws, even when the browser refuses (the class already holds another tag, a bad name)', () => {
    class Reused extends LitElement {}
    defineElement('wm-define-reused-a', Reused);
    const warnings = captureWarnings();
    try {
      expect(defineElement('wm-define-reused-b', Reused)).to.equal(false);
      expect(defineElement('NotAValidName', class extends LitElement {})).to.equal(false);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('wm-define-reused-b')).to.equal(undefined);
    expect(warnings.messages).to.have.length(2);
  });
});
