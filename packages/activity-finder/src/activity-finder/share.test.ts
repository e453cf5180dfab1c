import { expect } from '@open-wc/testing';
import { shareLink } from './share.js';

type Stub = (...args: unknown[]) => unknown;

/**
 * Puts stubs on the navigator object itself, shadowing the browser's own `share`, `canShare` and
 * `clipboard` (which live on Navigator.prototype); `restore()` deletes them again.
 */
function stubNavigator(stubs: { share?: Stub | undefined; canShare?: Stub | undefined; clipboard?: object | undefined }) {
  const names = Object.keys(stubs) as Array<keyof typeof stubs>;
  for (const name of names) {
    Object.defineProperty(navigator, name, { configurable: true, value: stubs[name] });
  }
  return () => {
    for (const name of names) delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

/** A function that records its calls and returns what `impl` returns. */
function spy(impl: Stub = () => undefined) {
  const calls: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    calls.push(args);
    return impl(...args);
  };
  return Object.assign(fn, { calls });
}

const input = { title: 'Tuesday Walking Group', url: 'https://example.org/activities/act_123' };
const reject = (name: string) => () => Promise.reject(new DOMException('no', name));

describe('shareLink', () => {
  let restore: () => void = () => {};
  afterEach(() => {
    restore();
    restore = () => {};
  });

  it('uses the share sheet when there is one', async () => {
    const share = spy(() => Promise.resolve());
    const writeText = spy(() => Promise.resolve());
    restore = stubNavigator({ share, canShare: () => true, clipboard: { writeText } });
    expect(await shareLink(input)).to.equal('shared');
    expect(share.calls).to.deep.equal([[{ title: input.title, url: input.url }]]);
    expect(writeText.calls).to.have.length(0);
  });

  it('uses the share sheet when canShare is missing', async () => {
    const share = spy(() => Promise.resolve());
    restore = stubNavigator({ share, canShare: undefined, clipboard: undefined });
    expect(await shareLink(input)).to.equal('shared');
    expect(share.calls).to.have.length(1);
  });

  it('says cancelled, and copies nothing, when the person closes the share sheet', async () => {
    const writeText = spy(() => Promise.resolve());
    restore = stubNavigator({ share: reject('AbortError'), canShare: undefined, clipboard: { writeText } });
    expect(await shareLink(input)).to.equal('cancelled');
    expect(writeText.calls).to.have.length(0);
  });

  it('copies the link when sharing fails for another reason', async () => {
    const writeText = spy(() => Promise.resolve());
    restore = stubNavigator({ share: reject('NotAllowedError'), canShare: undefined, clipboard: { writeText } });
    expect(await shareLink(input)).to.equal('copied');
    expect(writeText.calls).to.deep.equal([[input.url]]);
  });

  it('copies the link, without sharing, when canShare says no', async () => {
    const share = spy(() => Promise.resolve());
    const writeText = spy(() => Promise.resolve());
    restore = stubNavigator({ share, canShare: () => false, clipboard: { writeText } });
    expect(await shareLink(input)).to.equal('copied');
    expect(share.calls).to.have.length(0);
    expect(writeText.calls).to.deep.equal([[input.url]]);
  });

  it('copies the link when there is no share sheet', async () => {
    const writeText = spy(() => Promise.resolve());
    restore = stubNavigator({ share: undefined, canShare: undefined, clipboard: { writeText } });
    expect(await shareLink(input)).to.equal('copied');
    expect(writeText.calls).to.deep.equal([[input.url]]);
  });

  it('fails when the clipboard refuses, rejects or is missing, so the caller shows the link', async () => {
    restore = stubNavigator({ share: undefined, canShare: undefined, clipboard: { writeText: reject('NotAllowedError') } });
    expect(await shareLink(input)).to.equal('failed');
    restore();

    restore = stubNavigator({
      share: undefined,
      clipboard: {
        writeText: () => {
          throw new TypeError('sync');
        },
      },
    });
    expect(await shareLink(input)).to.equal('failed');
    restore();

    restore = stubNavigator({ share: reject('NotAllowedError'), canShare: undefined, clipboard: undefined });
    expect(await shareLink(input)).to.equal('failed');
    restore();

    restore = stubNavigator({ share: undefined, canShare: undefined, clipboard: {} });
    expect(await shareLink(input)).to.equal('failed');
  });

  it('leaves the browser’s own navigator as it was', () => {
    restore = stubNavigator({ share: undefined, clipboard: undefined });
    expect(navigator.clipboard).to.equal(undefined);
    restore();
    restore = () => {};
    expect(Object.getOwnPropertyNames(navigator)).not.to.include('clipboard');
    expect(Object.getOwnPropertyNames(navigator)).not.to.include('share');
    // The browser's own getter on Navigator.prototype shows through again. (Not called: asserting on the
    // real Clipboard object hung this headless Chromium's test page.)
    expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.have.property('get').that.is.a('function');
  });
});
