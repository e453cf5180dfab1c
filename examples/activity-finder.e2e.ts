/**
 * <wm-activity-finder> on the example council page, served by the real server and driven in Chromium as a
 * visitor would: search by a demo postcode, see results with distances, Show more, open an activity, add it
 * to a calendar (a download), go Back, and reload: the filters come back from the URL hash, which holds no
 * full postcode. Every request stays on the server's origin.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { settlesTo, useExampleServer } from './e2e-support.js';

const kit = useExampleServer();

describe('the activity finder on the council page', () => {
  it('searches by postcode, pages, opens an activity, adds it to a calendar and survives a reload', async () => {
    const context = await kit.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    const origins = new Set<string>();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) origins.add(new URL(r.url()).origin);
    });
    await page.goto(`${kit.server.url}/examples/council/`, { waitUntil: 'networkidle' });
    const finder = page.locator('wm-activity-finder');
    const postcode = finder.getByRole('textbox', { name: 'Postcode' });
    await postcode.waitFor({ timeout: 30_000 }).catch((e: Error) => {
      throw new Error(`${e.message}\nPage problems: ${problems.join('\n') || 'none'}`);
    });

    // Search by a demo postcode with the keyboard.
    await postcode.fill('LS4 2QT');
    await postcode.press('Enter');
    await finder.getByRole('heading', { name: 'Activities near LS4' }).waitFor();
    const results = finder.locator('[part=result]');
    await settlesTo(async () => (await finder.getByRole('status').textContent())?.trim(), 'Showing 20 of 86 activities');
    assert.equal(await results.count(), 20);
    assert.match((await results.first().textContent()) ?? '', /\d+(\.\d)? km away/);
    assert.doesNotMatch(page.url(), /2QT/i);
    assert.match(page.url(), /#wm-af=/);

    // Show more: 20 more, focus on the first new one.
    await finder.getByRole('button', { name: 'Show more activities' }).click();
    await page.waitForFunction(() => document.querySelector('wm-activity-finder')!.shadowRoot!.querySelectorAll('[part=result]').length === 40);
    await settlesTo(async () => (await finder.getByRole('status').textContent())?.trim(), 'Showing 40 of 86 activities');
    const focused = await page.evaluate(() => document.querySelector('wm-activity-finder')!.shadowRoot!.activeElement?.textContent);
    const firstNew = (await results.nth(20).getByRole('link').textContent())!;
    assert.equal(focused, firstNew);

    // Open it, add it to a calendar.
    await page.keyboard.press('Enter');
    await finder.getByRole('heading', { name: firstNew, level: 3 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), finder.getByRole('button', { name: 'Add to calendar' }).click()]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const ics = await readFile(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR/);
    assert.match(ics, new RegExp(`SUMMARY:${firstNew.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

    // The browser's Back button returns to the list.
    await page.goBack();
    await finder.getByRole('heading', { name: 'Activities near LS4' }).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('wm-activity-finder')!.shadowRoot!.activeElement?.textContent), firstNew);

    // Change a filter, then reload: the list comes back from the hash, with the outward code only.
    await finder.getByRole('radio', { name: '3 km' }).check();
    await finder.getByRole('button', { name: 'Find activities' }).click();
    await page.waitForURL(/r%3D3/);
    await finder.getByRole('status').filter({ hasText: /Showing 20 of 37 activities/ }).waitFor();
    await page.reload({ waitUntil: 'networkidle' });
    await finder.getByRole('heading', { name: 'Activities near LS4' }).waitFor();
    await settlesTo(async () => (await finder.getByRole('status').textContent())?.trim(), 'Showing 20 of 37 activities');
    assert.equal(await postcode.inputValue(), 'LS4');
    assert.ok(await finder.getByRole('radio', { name: '3 km' }).isChecked());

    assert.deepEqual([...origins], [new URL(kit.server.url).origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
