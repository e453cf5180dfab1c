#!/usr/bin/env node
// Schema lint: the SDL in schema/ is the product's API documentation and contract, so it must hold to
// our conventions. Fails (exit 1) listing every breach:
//   - every type, field, argument, input field and enum value has a description;
//   - names: types PascalCase, fields/args camelCase, enum values UPPER_SNAKE;
//   - one pagination style: every field returning a *Connection takes `first: Int` and `after: String`,
//     and every *Connection has `nodes`, `pageInfo: PageInfo!` and `totalCount: Int!`;
//   - no list field returns nullable items;
//   - errors: the ErrorCode enum exists.
import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

const dir = new URL('../schema/', import.meta.url);
const sdl = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);
const problems = [];
const need = (thing, where) => {
  if (!thing.description?.trim()) problems.push(`${where}: missing description`);
};
const pascal = /^[A-Z][A-Za-z0-9]*$/;
const camel = /^[a-z][A-Za-z0-9]*$/;
const upperSnake = /^[A-Z][A-Z0-9_]*$/;

function listItemsNonNull(type, where) {
  let t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t) && !isNonNullType(t.ofType)) problems.push(`${where}: list items must be non-null`);
}

for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
  need(type, type.name);
  if (!pascal.test(type.name)) problems.push(`${type.name}: type names are PascalCase`);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const where = `${type.name}.${field.name}`;
      need(field, where);
      if (!camel.test(field.name)) problems.push(`${where}: field names are camelCase`);
      listItemsNonNull(field.type, where);
      for (const arg of field.args ?? []) {
        need(arg, `${where}(${arg.name})`);
        if (!camel.test(arg.name)) problems.push(`${where}(${arg.name}): argument names are camelCase`);
      }
      const named = getNamedType(field.type);
      if (!isInputObjectType(type) && named.name.endsWith('Connection')) {
        const args = Object.fromEntries((field.args ?? []).map((a) => [a.name, String(a.type)]));
        if (args.first !== 'Int' || args.after !== 'String') problems.push(`${where}: a connection field takes first: Int and after: String`);
        if (!isNonNullType(field.type)) problems.push(`${where}: a connection is never null`);
      }
      if (!isInputObjectType(type) && isListType(isNonNullType(field.type) ? field.type.ofType : field.type) && named.name.endsWith('Connection')) {
        problems.push(`${where}: return a connection, not a list of them`);
      }
    }
    if (isObjectType(type) && type.name.endsWith('Connection')) {
      const f = type.getFields();
      if (!f.nodes || !f.pageInfo || String(f.pageInfo.type) !== 'PageInfo!' || !f.totalCount || String(f.totalCount.type) !== 'Int!') {
        problems.push(`${type.name}: a connection has nodes, pageInfo: PageInfo! and totalCount: Int!`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) {
      need(value, `${type.name}.${value.name}`);
      if (!upperSnake.test(value.name)) problems.push(`${type.name}.${value.name}: enum values are UPPER_SNAKE_CASE`);
    }
  }
  if (isScalarType(type) || isUnionType(type)) continue;
}
if (!schema.getType('ErrorCode')) problems.push('ErrorCode: the enum of error codes is missing');

if (problems.length) {
  console.error(`Schema lint: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Schema lint: ${Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')).length} types, all described, one pagination style.`);
