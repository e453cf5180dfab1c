/**
 * The trusted documents: every operation the kit's widgets were built with, from each browser package's
 * codegen manifest (`packages/<pkg>/src/generated/persisted-documents.json`, id → document). Browsers send
 * only the id; in production nothing else runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadPersistedDocuments(packageDirs: string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const root of packageDirs) {
    if (!existsSync(root)) continue;
    for (const pkg of readdirSync(root)) {
      const file = join(root, pkg, 'src', 'generated', 'persisted-documents.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      for (const [id, doc] of Object.entries(manifest)) documents.set(id, doc);
    }
  }
  return documents;
}
