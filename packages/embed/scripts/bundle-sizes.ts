/**
 * Sizes of the built kit (packages/embed/dist), as a CDN would serve them: raw bytes, gzip (level 9) and
 * brotli (quality 11, text mode). Used by the benchmark (`npm run bench`) and by scripts/check-bundle.ts;
 * also runnable on its own:
 *
 *     npx tsx packages/embed/scripts/bundle-sizes.ts [distDir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Row {
  /** Path relative to the dist folder, with forward slashes (`waymark.js`, `chunks/wm-config-….js`). */
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

/** The embed package's build output, wherever this script is run from. */
export const defaultDistDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** The loader's file name inside dist: the URL partners paste, so it never changes. */
export const LOADER = 'waymark.js';

export function brotliBytes(body: Uint8Array | string): number {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  }).length;
}

export function gzipBytes(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Every `.js` file under `dir` (the loader first, then chunks by name). Throws if nothing is built. */
export async function bundleSizes(dir: string = defaultDistDir): Promise<Row[]> {
  const root = resolve(dir);
  let files: string[];
  try {
    files = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    throw new Error(`No build at ${root}: run \`npm run build -w @waymark/embed\` first.`);
  }
  const rows = files
    .filter((f) => f.endsWith('.js'))
    .map((f): Row => {
      const body = readFileSync(join(root, f));
      return { file: f.split(sep).join('/'), bytes: body.length, gzip: gzipBytes(body), brotli: brotliBytes(body) };
    })
    .sort((a, b) => Number(b.file === LOADER) - Number(a.file === LOADER) || a.file.localeCompare(b.file));
  if (rows.length === 0) throw new Error(`No .js files in ${relative(process.cwd(), root) || '.'}.`);
  return rows;
}

const kb = (n: number): string => `${(n / 1024).toFixed(2)} KB`;

/** A plain-text table (fixed-width, so it reads the same in a terminal and in a CI log). */
export function formatTable(rows: Row[], notes: Record<string, string> = {}): string {
  const total = rows.reduce((t, r) => ({ ...t, bytes: t.bytes + r.bytes, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    file: 'total',
    bytes: 0,
    gzip: 0,
    brotli: 0,
  });
  const lines = [...rows, total].map((r) => [r.file, kb(r.bytes), kb(r.gzip), kb(r.brotli), notes[r.file] ?? '']);
  const header = ['file', 'raw', 'gzip', 'brotli', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ').trimEnd();
  return [fmt(header), rule, ...lines.slice(0, -1).map(fmt), rule, fmt(lines.at(-1)!)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // No top-level await: vite.config.ts imports this module, and a config may be bundled as CommonJS.
  bundleSizes(process.argv[2]).then(
    (rows) => console.log(formatTable(rows)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
