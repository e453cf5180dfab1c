/**
 * Fails the embed build (exit 1) when
 * - any built file contains GraphQL parser or lexer code (DESIGN §6: the `graphql` alias to core's shim
 *   must keep it out of the browser), recognised by error messages that only graphql's lexer/parser carry;
 * - the loader (dist/waymark.js) is over 1 KB brotli;
 * - dist/manifest.json is missing a file or holds an integrity hash that no longer matches it.
 * Prints the size table either way. Run by `npm run build -w @waymark/embed` after `vite build`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, defaultDistDir, formatTable, LOADER } from './bundle-sizes.js';

const LOADER_BUDGET_BROTLI = 1024;

/** Strings from graphql-js's lexer.ts / parser.ts / GraphQLError that no shim has a reason to contain. */
const PARSER_MARKERS = [
  'Syntax Error:',
  'Unexpected character',
  'Expected Name, found',
  'Unterminated string',
  'Invalid number, expected digit',
];

const dist = process.argv[2] ?? defaultDistDir;
const rows = await bundleSizes(dist);
const failures: string[] = [];
const notes: Record<string, string> = {};

for (const row of rows) {
  const code = readFileSync(join(dist, row.file), 'utf8');
  const found = PARSER_MARKERS.filter((m) => code.includes(m));
  if (found.length) {
    notes[row.file] = 'FAIL graphql parser';
    failures.push(`${row.file} contains GraphQL parser code (${found.map((m) => JSON.stringify(m)).join(', ')}).`);
  }
}

const loader = rows.find((r) => r.file === LOADER);
if (!loader) {
  failures.push(`${LOADER} was not built.`);
} else {
  const ok = loader.brotli <= LOADER_BUDGET_BROTLI;
  notes[LOADER] = `${ok ? 'ok' : 'FAIL'} budget ${LOADER_BUDGET_BROTLI} B brotli (${loader.brotli} B)`;
  if (!ok) failures.push(`${LOADER} is ${loader.brotli} B brotli, over its ${LOADER_BUDGET_BROTLI} B budget.`);
}

const manifestPath = join(dist, 'manifest.json');
if (!existsSync(manifestPath)) {
  failures.push('manifest.json was not written.');
} else {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { integrity?: string }>;
  for (const row of rows) {
    const expected = `sha384-${createHash('sha384').update(readFileSync(join(dist, row.file))).digest('base64')}`;
    if (manifest[row.file]?.integrity !== expected) failures.push(`manifest.json has no matching integrity for ${row.file}.`);
  }
}

console.log(formatTable(rows, notes));
if (failures.length) {
  console.error(`\ncheck-bundle: ${failures.length} problem(s)\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\ncheck-bundle: ok (no GraphQL parser code; loader within budget; ${rows.length} files in manifest)`);
