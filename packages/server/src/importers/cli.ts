/**
 * `waymark-server import <oruk|openactive|postcodes> <source>`: progress on stderr, a
 * summary table on stdout, exit 1 when the source could not be read at all.
 */
import type { Database } from '../db/database.js';
import { importOpenActive } from './openactive.js';
import { importOruk } from './oruk.js';
import { SourceError } from './source.js';
import { importPostcodes } from './postcodes.js';
import type { ImportSummary } from './runner.js';

export const IMPORT_USAGE = `Usage: waymark-server import oruk <file|url>
       waymark-server import openactive <url|file>
       waymark-server import postcodes <csv>`;

export interface ImportIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: ImportIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export function summaryTable(summary: ImportSummary, maxReasons = 20): string {
  const rows: [string, number][] = [
    ['created', summary.created],
    ['updated', summary.updated],
    ['unchanged', summary.unchanged],
    ['deleted', summary.deleted],
    ['rejected', summary.rejected],
  ];
  const lines = rows.map(([k, v]) => `  ${k.padEnd(10)} ${String(v).padStart(9)}`);
  if (summary.rejections.length) {
    lines.push('', '  rejected records:');
    for (const r of summary.rejections.slice(0, maxReasons)) lines.push(`    ${r.record}: ${r.reason}`);
    if (summary.rejected > maxReasons) lines.push(`    … and ${summary.rejected - maxReasons} more (see import_runs.rejections)`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runImportCommand(database: Database, args: readonly string[], options: { feed?: string; io?: ImportIo } = {}): Promise<number> {
  const io = options.io ?? stdio;
  const [kind, source] = args;
  if (!kind || !source || !['oruk', 'openactive', 'postcodes'].includes(kind)) {
    io.err(`${IMPORT_USAGE}\n`);
    return 1;
  }
  const progress = (s: ImportSummary) => io.err(`\r${kind}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.deleted} deleted, ${s.rejected} rejected`);
  try {
    const db = database.db;
    const summary =
      kind === 'oruk'
        ? await importOruk(db, source, { feed: options.feed, onProgress: progress })
        : kind === 'openactive'
          ? await importOpenActive(db, source, { feed: options.feed, onProgress: progress })
          : await importPostcodes(db, source, { onProgress: progress });
    io.err('\n');
    io.out(`Imported ${kind} from ${source}${'feed' in summary ? ` (feed ${summary.feed})` : ''}:\n${summaryTable(summary)}`);
    return 0;
  } catch (err) {
    io.err('\n');
    if (err instanceof SourceError) {
      io.err(`import ${kind}: ${err.message}\n`);
      if (err.partial && (err.partial.created || err.partial.updated || err.partial.unchanged || err.partial.deleted || err.partial.rejected)) {
        io.out(`Imported before the failure:\n${summaryTable(err.partial)}`);
      }
      return 1;
    }
    throw err;
  }
}
