/**
 * Reading an import source, the same way for every importer: a local file or an http(s) URL of JSON, with
 * one kind of error (SourceError) that says which source could not be read and why.
 */
import { readFile } from 'node:fs/promises';
import type { ImportSummary } from './runner.js';

export class SourceError extends Error {
  /** What was imported before the source failed part-way, if anything. */
  partial?: ImportSummary;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** GETs a URL as JSON; a failed fetch, a non-2xx answer or a body that is not JSON is a SourceError. */
export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (err) {
    throw new SourceError(`could not fetch ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new SourceError(`${url} answered ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new SourceError(`${url} did not return JSON`);
  }
}

/** Reads a local JSON file; a missing or malformed file is a SourceError. */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new SourceError(`could not read ${path}: ${(err as Error).message}`);
  }
}
