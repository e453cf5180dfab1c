// A node:test reporter that writes the run's totals (from the runner's own summary) as JSON, so
// scripts/test.mjs can print one honest line across every kind of test.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, cancelled: 0 };
  for await (const event of source) {
    if (event.type !== 'test:diagnostic' || event.data.nesting !== 0) continue;
    const m = /^(pass|fail|skipped|todo|cancelled) (\d+)$/.exec(event.data.message);
    if (!m) continue;
    const n = Number(m[2]);
    if (m[1] === 'pass') totals.passed = n;
    else if (m[1] === 'fail') totals.failed = n;
    else if (m[1] === 'cancelled') totals.cancelled = n;
    else totals.skipped += n;
  }
  yield JSON.stringify(totals);
}
