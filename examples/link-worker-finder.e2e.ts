/**
 * <wm-link-worker-finder> on the example GP practice page, served by the real server and driven in
 * Chromium as a visitor would: the practice's own team shows first; they search for another practice with
 * the keyboard; "Refer yourself" goes to the page's referral section with the practice code only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settlesTo, useExampleServer } from './e2e-support.js';

const kit = useExampleServer();

describe('the link worker finder on the GP practice page', () => {
  it('shows the practice’s team, finds another practice by keyboard and hands over to referral', async () => {
    const page = await kit.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${kit.server.url}/examples/gp-practice/`, { waitUntil: 'networkidle' });
    const finder = page.locator('wm-link-worker-finder');

    // On Riverside Surgery's own site its team shows without a search.
    await finder
      .getByRole('heading', { name: 'Your team for Riverside Surgery' })
      .waitFor({ timeout: 30_000 })
      .catch((e: Error) => {
        throw new Error(`${e.message}\nPage problems: ${problems.join('\n') || 'none'}`);
      });
    assert.equal(await finder.getByRole('link', { name: '0113 496 0100' }).getAttribute('href'), 'tel:01134960100');
    assert.ok(await finder.getByText('Amira Hussain').isVisible());
    assert.match((await finder.locator('.open').textContent()) ?? '', /^(Open now|Closed)/);

    // Another practice, by keyboard only.
    const combobox = finder.getByRole('combobox', { name: 'Your GP practice' });
    await combobox.fill('');
    await combobox.pressSequentially('meanwood');
    // Typing may outpace the debounce: an earlier query's options can show while the last one is searched.
    await settlesTo(() => finder.getByRole('status').first().textContent(), '1 practice found');
    await finder.getByRole('option', { name: /Meanwood Valley Surgery/ }).waitFor();
    await combobox.press('ArrowDown');
    await settlesTo(() => combobox.getAttribute('aria-activedescendant'), 'practice-list-0');
    await combobox.press('Enter');
    await finder.getByRole('heading', { name: 'Your team for Meanwood Valley Surgery' }).waitFor();

    // Refer yourself: with <wm-self-referral> on the page it opens in a dialog, the practice carried over;
    // without it the link goes to the page's own referral section with the practice code only.
    if (await page.evaluate(() => !!customElements.get('wm-self-referral'))) {
      await finder.getByRole('button', { name: 'Refer yourself' }).click();
      const dialog = finder.getByRole('dialog', { name: 'Refer yourself' });
      await dialog.waitFor();
      assert.equal(await dialog.locator('wm-self-referral').getAttribute('practice'), 'B86002');
    } else {
      const refer = finder.getByRole('link', { name: 'Refer yourself' });
      const href = new URL((await refer.getAttribute('href'))!);
      assert.equal(href.search, '?practice=B86002');
      assert.equal(href.hash, '#refer-heading');
      await refer.click();
      await page.waitForURL(/practice=B86002/);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
