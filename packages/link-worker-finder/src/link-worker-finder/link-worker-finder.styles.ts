import { css } from 'lit';

/**
 * Compact on purpose (one rule a line): the widget's bytes over the shared chunk are budgeted at 5 KB brotli.
 * Headings, fields, radios and buttons come from core's `formStyles`; the answer's rules are in
 * service-view.ts, which loads with the first answer.
 */
export const styles = css`
  .combo{position:relative;max-width:32rem}
  [role='listbox']{list-style:none;margin:0;padding:0;border:2px solid var(--wm-color-border);border-top:0;background:#fff;max-height:18rem;overflow-y:auto}
  [role='option']{padding:0.5rem;cursor:pointer;border-bottom:1px solid #d8dde0}
  [role='option'][aria-selected='true']{background:var(--wm-color-primary);color:#fff;outline:3px solid var(--wm-color-focus);outline-offset:-3px}
  .where{display:block;font-size:0.9em}
  .status{min-height:1.5rem;margin-top:0.25rem}
  dialog{max-width:min(40rem,95vw);border:0;padding:1.5rem}
`;
