import { css } from 'lit';

/**
 * Compact on purpose (one rule a line): the widget's bytes over the shared chunk are budgeted at 5 KB brotli.
 * Headings, fields, radios and buttons come from core's `formStyles`.
 */
export const styles = css`
  .combo{position:relative;max-width:32rem}
  [role='listbox']{list-style:none;margin:0;padding:0;border:2px solid var(--wm-color-border);border-top:0;background:#fff;max-height:18rem;overflow-y:auto}
  [role='option']{padding:0.5rem;cursor:pointer;border-bottom:1px solid #d8dde0}
  [role='option'][aria-selected='true']{background:var(--wm-color-primary);color:#fff;outline:3px solid var(--wm-color-focus);outline-offset:-3px}
  .where{display:block;font-size:0.9em}
  .status{min-height:1.5rem;margin-top:0.25rem}
  .service{border-top:4px solid var(--wm-color-primary);margin-top:1rem}
  .team{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}
  .team li{display:flex;gap:0.75rem;align-items:flex-start}
  .team img{border-radius:50%;object-fit:cover;flex:none}
  table{border-collapse:collapse;margin-bottom:1rem}
  th,td{text-align:left;padding:0.25rem 1rem 0.25rem 0;border-bottom:1px solid #d8dde0}
  .is-open{color:var(--wm-color-button)}
  dialog{max-width:min(40rem,95vw);border:0;padding:1.5rem}
`;
