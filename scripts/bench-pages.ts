/**
 * The host-page budgets of DESIGN §5, measured in the Debian Chromium on the example pages (figures, never
 * tests): cumulative layout shift while the kit loads (target 0.00), long tasks on the main thread (target
 * none; ≤ 50 ms of kit work), and the time until every widget on the page has rendered its first screen.
 * Each page is loaded as a phone (375 × 812, CPU slowed 4×, as Lighthouse's mobile profile does) and as a
 * desktop, from the built kit and a real server with the demo data.
 */
import { launchChromium, startExampleServer } from '../examples/e2e-support.js';

export interface PageRow {
  page: string;
  device: string;
  /** Until every widget on the page shows its heading, from navigation start. */
  readyMs: number;
  /** Layout shifts not caused by input, summed, up to 2 s after the widgets were ready (data arriving included). */
  cls: number;
  longTasks: number;
  longTaskMs: number;
}

const PAGES = ['gp-practice', 'council'];
const DEVICES = [
  { name: 'phone 375×812, CPU ×4', width: 375, height: 812, cpu: 4 },
  { name: 'desktop 1280×800', width: 1280, height: 800, cpu: 1 },
];

declare global {
  interface Window {
    __wmBench?: { cls: number; long: number[] };
  }
}

export async function pageLoads(): Promise<PageRow[]> {
  const server = await startExampleServer();
  const browser = await launchChromium();
  const rows: PageRow[] = [];
  try {
    for (const page of PAGES) {
      for (const device of DEVICES) {
        const context = await browser.newContext({ viewport: { width: device.width, height: device.height } });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpu });
        await tab.addInitScript(() => {
          const bench = (window.__wmBench = { cls: 0, long: [] as number[] });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
              if (!entry.hadRecentInput) bench.cls += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) bench.long.push(entry.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        await tab.goto(`${server.url}/examples/${page}/`, { waitUntil: 'load' });
        await tab.waitForFunction(
          () => [...document.querySelectorAll('wm-self-referral, wm-link-worker-finder, wm-activity-finder')].every((el) => el.shadowRoot?.querySelector('h2')),
          undefined,
          { timeout: 60_000 },
        );
        const readyMs = await tab.evaluate(() => performance.now());
        await tab.waitForTimeout(2000);
        const { cls, long } = (await tab.evaluate(() => window.__wmBench))!;
        rows.push({
          page,
          device: device.name,
          readyMs: Math.round(readyMs),
          cls: Math.round(cls * 1000) / 1000,
          longTasks: long.length,
          longTaskMs: Math.round(long.reduce((a, b) => a + b, 0)),
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
