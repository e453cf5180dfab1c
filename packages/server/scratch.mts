import { createTestApp } from './src/testing/app.ts';
const t = await createTestApp({ seed: true });
for (const p of ['/health', '/ready', '/examples/']) {
  const r = await t.app.fetch(new Request('http://waymark.test' + p));
  console.log(p, r.status, [...r.headers].join(' | '), JSON.stringify((await r.text()).slice(0, 100)));
}
const q = await t.graphql(`query ($p: Postcode!) { postcodeLocation(postcode: $p) { latitude } }`, { p: 'not a postcode' });
console.log(JSON.stringify(q.body));
const s = await t.graphql(`{ referrals { totalCount } }`);
console.log(JSON.stringify(s.body));
await t.close();
