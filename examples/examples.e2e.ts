/**
 * The example host pages, served by the real server and loaded in Chromium exactly as a visitor's browser
 * would: one module script, then the kit defines what the page uses. Nothing may be fetched from anywhere
 * but the Waymark server (no third-party requests), and nothing may log an error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useExampleServer } from './e2e-support.js';

const kit = useExampleServer();

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await kit.browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const response = await page.goto(`${kit.server.url}${path}`, { waitUntil: 'networkidle' });
  assert.equal(response?.status(), 200, `${path} is served`);
  return { page, requests, problems };
}

for (const [name, path] of [
  ['GP practice', '/examples/gp-practice/'],
  ['council', '/examples/council/'],
] as const) {
  describe(`the ${name} example page`, () => {
    it('loads the kit with one module script and defines <wm-config>', async () => {
      const { page, problems } = await visit(path);
      const scripts = await page.$$eval('script', (els) => els.map((e) => ({ type: e.getAttribute('type'), src: e.getAttribute('src') })));
      assert.deepEqual(scripts.filter((s) => s.src), [{ type: 'module', src: '/kit/waymark.js' }]);
      await page.waitForFunction(() => !!customElements.get('wm-config'), undefined, { timeout: 10_000 });
      assert.equal(await page.$eval('wm-config', (el) => el.constructor !== HTMLElement), true, 'wm-config is upgraded');
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('makes no request to anywhere but the Waymark server', async () => {
      const { page, requests } = await visit(path);
      await page.waitForFunction(() => !!customElements.get('wm-config'));
      const origin = new URL(kit.server.url).origin;
      const elsewhere = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
      assert.deepEqual(elsewhere, []);
      assert.ok(requests.some((u) => u.endsWith('/kit/waymark.js')));
      await page.close();
    });

    it('loads the loader twice without harm', async () => {
      const { page, problems } = await visit(path);
      await page.addScriptTag({ type: 'module', url: '/kit/waymark.js?again' });
      await page.waitForTimeout(300);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

describe('theming the kit from the host page', () => {
  it('lets the council restyle the kit with CSS custom properties only', async () => {
    const { page } = await visit('/examples/council/');
    const primary = await page.$eval('wm-config', (el) => getComputedStyle(el).getPropertyValue('--wm-color-primary').trim().toLowerCase());
    assert.ok(primary && primary !== '#005eb8', `the council's primary colour is its own, got "${primary}"`);
    await page.close();
  });
});
