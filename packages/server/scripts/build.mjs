#!/usr/bin/env node
// Builds the publishable server: one ESM bundle per entry (cli, index) with the shared rules from
// @waymark/core inlined and every npm dependency left external, plus the assets it reads at run time
// (SQL migrations, the GraphQL schema, the trusted-documents manifests). Then runs the CLI once.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', here), 'utf8'));
const dist = new URL('dist/', here).pathname;
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  absWorkingDir: here.pathname,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@waymark/')),
  logLevel: 'warning',
});

cpSync(new URL('src/db/migrations/', here).pathname, `${dist}migrations`, { recursive: true });
cpSync(new URL('../../schema/', here).pathname, `${dist}schema`, { recursive: true });
const packages = new URL('../', here).pathname;
for (const name of readdirSync(packages)) {
  const manifest = `${packages}${name}/src/generated/persisted-documents.json`;
  if (existsSync(manifest)) {
    mkdirSync(`${dist}persisted-documents/${name}/src/generated`, { recursive: true });
    cpSync(manifest, `${dist}persisted-documents/${name}/src/generated/persisted-documents.json`);
  }
}
// Smoke test: the bundle loads and the CLI answers.
execFileSync(process.execPath, [`${dist}cli.js`, '--help'], { stdio: 'pipe' });
console.log('server built: dist/cli.js, dist/index.js');
