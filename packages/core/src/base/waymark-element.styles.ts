import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Styles every Waymark element shares: a block host in the NHS text style (values come from the tokens,
 * with fallbacks in case a page blocks them), NHS.UK link colours (link, visited, hover, active: a partner
 * themes them with the `--wm-color-link*` tokens), `hidden` that always hides, border-box sizing.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--wm-color-text, #212b32);
    font-family: var(--wm-font-family, Arial, sans-serif);
    font-size: var(--wm-font-size-19, 1rem);
    font-weight: var(--wm-font-weight-normal, 400);
    line-height: var(--wm-line-height-19, 1.5);
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
  }

  a {
    color: var(--wm-color-link, #005eb8);
    overflow-wrap: anywhere;
  }
  a:visited {
    color: var(--wm-color-link-visited, #330072);
  }
  a:hover {
    color: var(--wm-color-link-hover, #7c2855);
  }
  a:active {
    color: var(--wm-color-link-active, #002f5c);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/**
 * Reserves a widget's height so the host page does not shift while it loads: `min-height` from
 * `--wm-<name>-min-height`, else `fallback`. Call with constants only (they are inserted as CSS).
 *
 * ```ts
 * static override styles = [WaymarkElement.styles, reserveMinHeight('activity-finder', '28rem'), styles];
 * ```
 */
export function reserveMinHeight(name: string, fallback: string): CSSResult {
  if (!/^[a-z][a-z0-9-]*$/.test(name) || /[;{}]/.test(fallback)) throw new Error(`Bad min-height reservation: ${name}`);
  return css`
    :host {
      min-height: var(${unsafeCSS(`--wm-${name}-min-height`)}, ${unsafeCSS(fallback)});
    }
  `;
}
