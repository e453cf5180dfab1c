/**
 * Serves the built kit at /kit/ (what partners' script tags load: CORS-open, hashed chunks cached for a
 * year) and the example host pages at /examples/. Only files inside those folders; nothing is listed.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticMount {
  prefix: string; // e.g. '/kit/'
  dir: string;
  headers: (path: string) => Record<string, string>;
}

export async function serveStatic(mount: StaticMount, pathname: string, method: string): Promise<Response | null> {
  if (!pathname.startsWith(mount.prefix)) return null;
  if (method !== 'GET' && method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const root = normalize(mount.dir + sep);
  const file = normalize(join(root, rel));
  if (!file.startsWith(root) || rel.includes('\0')) return new Response('Not found', { status: 404 });
  try {
    const info = await stat(file);
    if (!info.isFile()) return new Response('Not found', { status: 404 });
    const body = method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': String(info.size),
        'x-content-type-options': 'nosniff',
        ...mount.headers(rel),
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
