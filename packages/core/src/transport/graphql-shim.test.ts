import { expect } from '@open-wc/testing';
import * as shim from './graphql-shim.js';

const BUILD = '/node_modules/graphql-request/build/';

/** Imports of one module's source: specifier → imported names. */
function importsOf(text: string): Array<{ from: string; names: string[] }> {
  // Comments hold usage examples ("import { buildSchema } from 'graphql'") that are not imports.
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: Array<{ from: string; names: string[] }> = [];
  for (const m of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const names = m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!.trim()).filter(Boolean);
    found.push({ from: m[2]!, names });
  }
  for (const m of source.matchAll(/(?:import|export)\s*(?:\*|\{[^}]*\})?\s*(?:from\s*)?['"]([^'"]+)['"]/g)) {
    if (!found.some((f) => f.from === m[1])) found.push({ from: m[1]!, names: [] });
  }
  return found;
}

/** Whether a specifier (bare, or as the dev server rewrote it to a path) points into the graphql package. */
const isGraphql = (specifier: string, from: string) =>
  specifier === 'graphql' ||
  (specifier.startsWith('.') && new URL(specifier, new URL(from, location.origin)).pathname.startsWith('/node_modules/graphql/'));

/**
 * Walks graphql-request's ESM build from its entry (the module our transport imports) and collects every
 * name imported from 'graphql' on the way: the names the browser build's shim must export.
 */
async function graphqlImportsOfGraphqlRequest(): Promise<Set<string>> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const queue = [`${BUILD}entrypoints/main.js`];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(url);
    expect(response.ok, url).to.equal(true);
    for (const { from, names: imported } of importsOf(await response.text())) {
      if (isGraphql(from, url)) imported.forEach((n) => names.add(n));
      else if (from.startsWith('.')) queue.push(new URL(from, new URL(url, location.origin)).pathname);
    }
  }
  expect(seen.size).to.be.greaterThan(5);
  return names;
}

describe('transport: graphql shim', () => {
  it("exports every name graphql-request's build imports from 'graphql'", async () => {
    const needed = await graphqlImportsOfGraphqlRequest();
    expect([...needed]).to.include.members(['parse', 'print', 'Kind']);
    const missing = [...needed].filter((name) => !(name in shim));
    expect(missing, `graphql-shim.ts lacks: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('print returns strings as they are; parse throws', () => {
    expect(shim.print('query Q { a }')).to.equal('query Q { a }');
    expect(shim.print(new String('query Q { a }'))).to.equal('query Q { a }');
    expect(() => shim.parse('query Q { a }')).to.throw(/not available/);
    expect(shim.Kind.OPERATION_DEFINITION).to.equal('OperationDefinition');
    expect(new shim.GraphQLError('x', { extensions: { code: 'NOT_FOUND' } }).extensions['code']).to.equal('NOT_FOUND');
  });
});
