/**
 * The CDN build of the kit, served at `/kit/`:
 *
 *   dist/waymark.js              the loader, under a stable name: the URL partners paste (≤ 1 KB brotli)
 *   dist/chunks/<name>-<hash>.js one chunk per define module plus shared chunks (Lit, core); immutable
 *   dist/manifest.json           every file → { integrity: "sha384-…", bytes, brotli, imports, dynamicImports }
 *   dist/licenses.md             third-party licences (comments are stripped from the bundles)
 *
 * Library mode rather than app mode: an app build wraps each `import()` in Vite's `__vitePreload` helper
 * (modulepreload links + polyfill) which alone would blow the loader's budget. Library mode emits plain
 * dynamic imports; the browser resolves `./chunks/…` against the loader's own URL, so the kit works from any
 * origin and path without a configured base.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { browserAliases } from './build-aliases.js';
import { brotliBytes } from './scripts/bundle-sizes.js';

export default defineConfig({
  resolve: { alias: browserAliases },
  // Nothing to copy: the package has no public/ folder, and the examples are served separately.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: 'oxc',
    sourcemap: false,
    reportCompressedSize: false,
    license: { fileName: 'licenses.md' },
    lib: {
      entry: fileURLToPath(new URL('src/waymark.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'waymark.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace and /*#__PURE__*/ annotations for downstream bundlers; these files
        // go straight to browsers, so minify fully and strip every comment (licences go to licenses.md).
        minify: true,
        comments: false,
      },
    },
  },
  define: {
    // Core's development-only warnings (packages/core/src/base/dev.ts) become dead code the minifier drops.
    __WAYMARK_DEV__: 'false',
    // Library mode leaves process.env.NODE_ENV alone; nothing should read it, but never ship it unresolved.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  plugins: [pureFragmentDocuments(), minifyTemplates(), sriManifest()],
});

/**
 * graphql-codegen's client preset emits every fragment as `new TypedDocumentString(\`fragment … \`)`. The
 * browser sends only persisted-document hashes and never reads those texts, but a `new` expression counts
 * as a side effect, so the minifier kept each fragment's GraphQL text (and the class) in the bundle. Marking
 * the constructions pure lets unused ones drop.
 */
function pureFragmentDocuments(): Plugin {
  return {
    name: 'waymark:pure-fragment-documents',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]graphql\.ts$/.test(id)) return null;
      return { code: code.replaceAll('new TypedDocumentString(', '/* @__PURE__ */ new TypedDocumentString('), map: null };
    },
  };
}

/** Entry in dist/manifest.json. */
export interface ManifestEntry {
  /** Subresource Integrity value for `<script integrity>` or an import map's `integrity` section. */
  integrity: string;
  bytes: number;
  brotli: number;
  entry: boolean;
  imports: string[];
  dynamicImports: string[];
}

/**
 * Writes dist/manifest.json once the files are on disk, so the hashes are those of the exact bytes served
 * (writeBundle runs after every plugin's generateBundle has had its say).
 */
function sriManifest(): Plugin {
  return {
    name: 'waymark:sri-manifest',
    apply: 'build',
    writeBundle(options, bundle) {
      const manifest: Record<string, ManifestEntry> = {};
      for (const file of Object.keys(bundle).sort()) {
        const out = bundle[file];
        if (!out || !file.endsWith('.js')) continue;
        const body = out.type === 'chunk' ? Buffer.from(out.code) : Buffer.from(out.source);
        manifest[file] = {
          integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
          bytes: body.length,
          brotli: brotliBytes(body),
          entry: out.type === 'chunk' && out.isEntry,
          imports: out.type === 'chunk' ? out.imports : [],
          dynamicImports: out.type === 'chunk' ? out.dynamicImports : [],
        };
      }
      writeFileSync(join(options.dir ?? 'dist', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/**
 * Lit keeps its `html` and `css` templates' text as written, indentation included, and the minifier
 * leaves template literals alone. In those two tags only, a run of whitespace that holds a line break
 * becomes one space: HTML and CSS read it the same (no template here has <pre>, or text in a <textarea>).
 * A template element is changed only when the parser's span of it is exactly its raw text.
 */
function minifyTemplates(): Plugin {
  type Node = { type?: string; start: number; end: number; [key: string]: unknown };
  const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
  return {
    name: 'waymark:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]packages[\\/][\w-]+[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const edits: Array<[number, number, string]> = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!isNode(node)) return;
        const tag = node['tag'] as Node | undefined;
        if (node.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && (tag['name'] === 'html' || tag['name'] === 'css')) {
          for (const quasi of (node['quasi'] as { quasis: Array<Node & { value: { raw: string } }> }).quasis) {
            if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) continue;
            const raw = quasi.value.raw.replace(/\s*\n\s*/g, ' ');
            if (raw !== quasi.value.raw) edits.push([quasi.start, quasi.end, raw]);
          }
        }
        for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') walk(value);
      };
      walk(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, raw] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + raw + out.slice(end);
      return { code: out, map: null };
    },
  };
}
