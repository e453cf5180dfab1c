/**
 * Development-only behaviour (warnings about a missing endpoint, a tag clash, a missing message).
 *
 * A production build defines `__WAYMARK_DEV__` as `false` (esbuild/Vite `define`), which makes `DEV` a
 * constant the minifier uses to drop every warning. Unbuilt sources (tests, Storybook) leave it undefined
 * and so run in development mode.
 */
declare const __WAYMARK_DEV__: boolean | undefined;

export const DEV: boolean = typeof __WAYMARK_DEV__ === 'boolean' ? __WAYMARK_DEV__ : true;

const warned = new Set<string>();

/** Warns once per distinct message, in development only. */
export function devWarn(message: string): void {
  if (!DEV || warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
