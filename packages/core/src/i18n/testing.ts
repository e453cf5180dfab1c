import { loadMessages, type Catalogue, type Message } from './messages.js';

function isEmpty(message: Message | undefined): boolean {
  if (message === undefined) return true;
  if (typeof message === 'string') return message.trim() === '';
  return Object.values(message).some((form) => typeof form !== 'string' || form.trim() === '');
}

/**
 * Test helper: rejects, listing every problem, when the Welsh side of a catalogue is missing or cannot be
 * loaded, misses a key, has an empty string (or an empty plural form), has a key English does not, or is a
 * copy of the English text for a message of more than one word (a placeholder, not a translation).
 * Async because a catalogue's Welsh may live in its own chunk: always `await` it.
 */
export async function assertCatalogueComplete(catalogue: Catalogue, options: { allowSameAsEnglish?: string[] } = {}): Promise<void> {
  await loadMessages([catalogue], 'cy');
  if (!catalogue.cy) throw new Error('Incomplete catalogue: it has no Welsh messages (or they failed to load)');
  const welsh = catalogue.cy;
  const problems: string[] = [];
  const allowed = new Set(options.allowSameAsEnglish ?? []);
  for (const [key, en] of Object.entries(catalogue.en)) {
    if (isEmpty(en)) problems.push(`en "${key}" is empty`);
    const cy = welsh[key];
    if (cy === undefined) problems.push(`cy "${key}" is missing`);
    else if (isEmpty(cy)) problems.push(`cy "${key}" is empty`);
    else if (!allowed.has(key) && JSON.stringify(cy) === JSON.stringify(en) && /\s/.test(JSON.stringify(en))) {
      problems.push(`cy "${key}" is the English text`);
    }
  }
  for (const key of Object.keys(welsh)) {
    if (!(key in catalogue.en)) problems.push(`cy "${key}" is not an English key`);
  }
  if (problems.length > 0) throw new Error(`Incomplete catalogue:\n  ${problems.join('\n  ')}`);
}
