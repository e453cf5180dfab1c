/**
 * Custom Elements Manifest for the whole kit: `npm run analyze` → ./custom-elements.json (gitignored).
 * Storybook reads it for autodocs (controls, attributes, slots, parts, CSS properties, events); the docs'
 * API tables are generated from it too.
 *
 * JSDoc on each element class is the source: `@summary`, `@slot`, `@csspart`, `@cssproperty`, `@event`,
 * `@since` are read by the analyzer itself. This codebase uses no decorators, so two small plugins below
 * fill the gaps the analyzer's Lit support leaves for plain `static properties` and guarded registration:
 *
 * - `static properties = { … } satisfies PropertyDeclarations` (or `as …`) is understood, not skipped;
 *   `{ state: true }` and `{ attribute: false }` produce no attribute; the default attribute name is the
 *   lower-cased property name, as Lit does; JSDoc on each property becomes its description.
 * - Tag names come from each define module's `HTMLElementTagNameMap` declaration (DESIGN §3: every
 *   `define/wm-<name>.ts` declares one), so registration through a guarded helper is linked to its class.
 */

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.spec.ts',
    '**/*.stories.ts',
    '**/*.d.ts',
    '**/generated/**',
    '**/testing/**',
    // The server is Node only: no custom elements there, and its files would only slow the analysis.
    'packages/server/**',
    // The loader has no elements; its registry's dynamic imports are not definitions.
    'packages/embed/**',
  ],
  outdir: '.',
  litelement: true,
  // Do not write a "customElements" field into the root package.json (the analyzer's default).
  packagejson: false,
  plugins: [staticPropertiesPlugin(), tagNameMapPlugin()],
};

/** `static properties` without decorators, including `satisfies`/`as` forms and internal state. */
function staticPropertiesPlugin() {
  return {
    name: 'waymark:static-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const cls = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!cls) return;
      for (const member of node.members) {
        const isStatic = ts.getModifiers?.(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = unwrap(ts, propertiesInitializer(ts, member));
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const prop of object.properties) {
          if (!ts.isPropertyAssignment(prop)) continue;
          applyProperty(ts, cls, prop);
        }
      }
    },
  };
}

function propertiesInitializer(ts, member) {
  if (ts.isGetAccessorDeclaration(member)) {
    return member.body?.statements.find(ts.isReturnStatement)?.expression;
  }
  return ts.isPropertyDeclaration(member) ? member.initializer : undefined;
}

/** Strips `( … )`, `… as T` and `… satisfies T` around an expression. */
function unwrap(ts, expr) {
  while (expr && (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression?.(expr))) {
    expr = expr.expression;
  }
  return expr;
}

const LIT_TYPES = { String: 'string', Number: 'number', Boolean: 'boolean', Array: 'array', Object: 'object' };

function applyProperty(ts, cls, prop) {
  const name = prop.name.getText().replace(/^['"]|['"]$/g, '');
  const options = {};
  const init = unwrap(ts, prop.initializer);
  if (init && ts.isObjectLiteralExpression(init)) {
    for (const o of init.properties) {
      if (!ts.isPropertyAssignment(o)) continue;
      const key = o.name.getText();
      const v = o.initializer;
      if (v.kind === ts.SyntaxKind.TrueKeyword) options[key] = true;
      else if (v.kind === ts.SyntaxKind.FalseKeyword) options[key] = false;
      else if (ts.isStringLiteralLike(v)) options[key] = v.text;
      else options[key] = v.getText();
    }
  }

  cls.members ??= [];
  cls.attributes ??= [];
  let member = cls.members.find((m) => m.kind === 'field' && m.name === name && !m.static);
  if (!member) {
    member = { kind: 'field', name, privacy: 'public' };
    cls.members.push(member);
  }
  const description = jsDocText(ts, prop);
  if (description && !member.description) member.description = description;
  if (!member.type && LIT_TYPES[options.type]) member.type = { text: LIT_TYPES[options.type] };

  // Replace whatever the built-in Lit plugin inferred for this property's attribute.
  cls.attributes = cls.attributes.filter((a) => a.fieldName !== name);
  delete member.attribute;
  delete member.reflects;

  if (options.state === true) {
    // Internal reactive state: never an attribute, never public API.
    if (member.privacy === 'public') member.privacy = 'private';
    return;
  }
  if (options.attribute === false) return;

  const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
  member.attribute = attribute;
  if (options.reflect === true) member.reflects = true;
  cls.attributes.push({
    name: attribute,
    fieldName: name,
    ...(member.type && { type: member.type }),
    ...(member.description && { description: member.description }),
    ...(member.default !== undefined && { default: member.default }),
  });
}

function jsDocText(ts, node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment?.(d.comment)))
    .filter(Boolean)
    .join('\n')
    .trim();
  return text || undefined;
}

/** Links tags to classes through `declare global { interface HTMLElementTagNameMap { 'wm-x': WmX } }`. */
function tagNameMapPlugin() {
  /** @type {{ tag: string, className: string, module: string }[]} */
  const found = [];
  return {
    name: 'waymark:tag-name-map',
    initialize() {
      found.length = 0; // watch mode re-runs the analysis with the same plugin instance
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementTagNameMap') return;
      for (const m of node.members) {
        if (!ts.isPropertySignature(m) || !m.type || !ts.isTypeReferenceNode(m.type)) continue;
        const tag = m.name.getText().replace(/^['"]|['"]$/g, '');
        if (tag.includes('-')) found.push({ tag, className: m.type.typeName.getText(), module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { tag, className, module } of found) {
        // Class names are unique across the kit (Wm<Name>); prefer a declaration in the same package.
        const pkg = module.split('/src/')[0];
        const owners = modules.filter((mod) =>
          mod.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        const owner = owners.find((mod) => mod.path.startsWith(`${pkg}/`)) ?? owners[0];
        if (!owner) continue;
        const cls = owner.declarations.find((d) => d.kind === 'class' && d.name === className);
        cls.tagName = tag;
        cls.customElement = true;

        const defineModule = modules.find((mod) => mod.path === module);
        if (!defineModule) continue;
        defineModule.exports = (defineModule.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && e.name === tag),
        );
        defineModule.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: owner.path },
        });
      }
      // A guarded helper such as `define(tag, ctor)` is mistaken by the analyzer for a definition named
      // after its parameter; a real tag always contains a hyphen.
      for (const mod of modules) {
        if (mod.exports) {
          mod.exports = mod.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        }
      }
    },
  };
}
