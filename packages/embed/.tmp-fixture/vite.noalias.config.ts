import { mergeConfig } from 'vite';
import base from '../vite.config.js';
const c = mergeConfig(base, { build: { outDir: '/tmp/gqldist', emptyOutDir: true } });
c.resolve.alias = [];
c.build.lib.entry = new URL('./gql.ts', import.meta.url).pathname;
export default c;
