// Component tests: TypeScript test files beside the code, run in the Debian Chromium (CHROME_PATH, else
// /usr/bin/chromium) against a real Waymark server (embedded PGlite with demo data) over real HTTP.
// Run through `npm test` (scripts/test.mjs), which starts this under tsx so the server's TypeScript loads.
import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_ARGS, chromePath } from './scripts/chromium.mjs';

const executablePath = chromePath();
const chromeArgs = [
  '--headless=new',
  ...CHROME_ARGS,
  // A page in the background must still get animation frames and timers.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

// A fixed port, so the test server can allow this origin for the demo partners (CORS is per partner).
const PORT = Number(process.env.WAYMARK_WTR_PORT ?? 8765);

/** A real server for tests that talk GraphQL: started once, stopped when the run ends. */
let testServer;
async function startServer() {
  const { startTestServer } = await import('./packages/server/src/testing/test-server.ts');
  testServer = await startTestServer({ extraOrigins: [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`] });
  return testServer.url;
}

/** Counts every test (not suite) so scripts/test.mjs can print one honest total. */
function countReporter(file) {
  const count = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) count.skipped++;
      else if (t.passed) count.passed++;
      else count.failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) count.failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(count));
    },
  };
}

const endpoint = await startServer();

export default {
  files: ['packages/*/src/**/*.test.ts', '!packages/server/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  port: PORT,
  // One page at a time: a page in the background gets no rendering updates in headless Chromium, and
  // some events (a <dialog>'s close) wait for one.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    { name: 'waymark-test-server', serverStop: () => testServer?.close() },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>Waymark test</title></head>
      <body>
        <script>window.WAYMARK_TEST_ENDPOINT = ${JSON.stringify(endpoint)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('test-results/browser.json')],
};
