import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SHORTLIST_KEY } from './filters.js';

export { SHORTLIST_KEY };

/** One saved activity. Only these three fields are stored: no personal data. */
export interface ShortlistEntry {
  id: string;
  name: string;
  /** ISO 8601 */
  savedAt: string;
}

// The storage key (in filters.ts, so the first screen can tell a shortlist exists without this module)
// ends in `v1`; with the `version` field it lets a later format migrate or ignore this one.
export const SHORTLIST_LIMIT = 50;
const VERSION = 1;
const MAX_ID = 200;
const MAX_NAME = 300;

export interface ShortlistOptions {
  /** The clock for `savedAt` (tests). */
  now?: () => Date;
}

/** `localStorage`, or null where even reading the property throws (storage blocked for this origin). */
function defaultStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The entries in a stored value; anything that is not our format (garbage, another app's JSON) is empty. */
function parse(text: string | null): ShortlistEntry[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== VERSION || !Array.isArray(entries)) return [];
  const seen = new Set<string>();
  const valid: ShortlistEntry[] = [];
  for (const item of entries as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, name, savedAt } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !id || id.length > MAX_ID || seen.has(id)) continue;
    if (typeof name !== 'string' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) continue;
    seen.add(id);
    valid.push({ id, name: name.slice(0, MAX_NAME), savedAt });
  }
  // Most recent first; the sort is stable, so entries saved in the same millisecond keep their order.
  valid.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return valid.slice(0, SHORTLIST_LIMIT);
}

/**
 * A shortlist of activities kept on this device, in `localStorage`, for a Lit host.
 *
 * - Storage can be missing or refuse (Safari private browsing, blocked third-party storage in an embed,
 *   a full quota): then `available` is false and the list lives in memory for the session, so the
 *   buttons still work; the host can say the list will not be kept.
 * - Every change re-reads storage first, so two tabs do not overwrite each other's saves; a change in
 *   another tab arrives as a `storage` event and re-renders the host.
 */
export class ShortlistController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly storage: Storage | null;
  private readonly now: () => Date;
  private list: readonly ShortlistEntry[] = [];
  private usable: boolean;

  constructor(host: ReactiveControllerHost, storage?: Storage | null, options: ShortlistOptions = {}) {
    this.host = host;
    this.storage = storage === undefined ? defaultStorage() : storage;
    this.now = options.now ?? (() => new Date());
    this.usable = this.storage !== null && this.probe();
    this.list = this.read();
    host.addController(this);
  }

  /** Saved activities, most recently saved first. A new array after every change. */
  get entries(): readonly ShortlistEntry[] {
    return this.list;
  }

  /** False when storage is blocked or fails: the list then lasts only for this page. */
  get available(): boolean {
    return this.usable;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    // Another tab may have changed the list while the host was away.
    if (this.usable) this.list = this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  has(id: string): boolean {
    return this.list.some((entry) => entry.id === id);
  }

  /** Saves the activity, or removes it if it is saved. Returns true if it is now saved. */
  toggle(entry: { id: string; name: string }): boolean {
    let saved = false;
    this.change((list) => {
      if (list.some((e) => e.id === entry.id)) return list.filter((e) => e.id !== entry.id);
      if (!entry.id || entry.id.length > MAX_ID) return list;
      saved = true;
      const added = { id: entry.id, name: entry.name.slice(0, MAX_NAME), savedAt: this.now().toISOString() };
      return [added, ...list].slice(0, SHORTLIST_LIMIT);
    });
    return saved;
  }

  remove(id: string): void {
    this.change((list) => list.filter((e) => e.id !== id));
  }

  clear(): void {
    this.change(() => []);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (!this.usable || event.storageArea !== this.storage) return;
    if (event.key !== SHORTLIST_KEY && event.key !== null) return; // null: the other tab called clear()
    this.list = this.read();
    this.host.requestUpdate();
  };

  /** Read, modify, write; on a failed write keep the change in memory and stop using storage. */
  private change(update: (list: readonly ShortlistEntry[]) => readonly ShortlistEntry[]): void {
    const next = update(this.usable ? this.read() : this.list);
    this.list = next;
    if (this.usable) {
      try {
        if (next.length === 0) this.storage!.removeItem(SHORTLIST_KEY);
        else this.storage!.setItem(SHORTLIST_KEY, JSON.stringify({ version: VERSION, entries: next }));
      } catch {
        this.usable = false; // QuotaExceededError, SecurityError, …
      }
    }
    this.host.requestUpdate();
  }

  private read(): readonly ShortlistEntry[] {
    if (!this.usable) return this.list;
    try {
      return parse(this.storage!.getItem(SHORTLIST_KEY));
    } catch {
      this.usable = false;
      return this.list;
    }
  }

  /** Whether storage can be written at all (Safari's old private mode reads fine and refuses writes). */
  private probe(): boolean {
    const key = `${SHORTLIST_KEY}:probe`;
    try {
      this.storage!.setItem(key, '1');
      this.storage!.removeItem(key);
      return true;
    } catch {
      return false;
    }
  }
}
