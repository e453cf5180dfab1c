import { css } from 'lit';

/**
 * The first screen's styles; the results and the details bring their own (`styles` in results-view.ts and
 * detail-view.ts). Compact on purpose (one rule a line): the first chunk is budgeted at 5 KB brotli.
 */
export const styles = css`
  h2{margin-top:0}
  .place{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 1rem}
  .place .wm-button{margin-bottom:1.5rem}
  details{margin-bottom:1.5rem}
  summary{cursor:pointer;color:var(--wm-color-link);text-decoration:underline;margin-bottom:1rem}
  [aria-pressed='true']{background:var(--wm-color-primary);color:#fff}
`;
