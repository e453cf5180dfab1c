import { css } from 'lit';

/**
 * Compact on purpose (one rule a line): the widget's bytes over the shared chunk are budgeted at 5 KB brotli.
 * Fields, radios and buttons come from core's `formStyles`.
 */
export const styles = css`
  h2,h3,h4{margin:1.5rem 0 0.5rem;line-height:1.3}
  h2{font-size:1.5rem}
  h3{font-size:1.3rem}
  h4{font-size:1.1rem}
  p{margin:0 0 1rem}
  a{color:var(--wm-link-worker-finder-link,var(--wm-color-link,#005eb8))}
  .combo{position:relative;max-width:32rem}
  [role='listbox']{list-style:none;margin:0;padding:0;border:2px solid var(--wm-color-input-border,#4c6272);border-top:0;background:#fff;max-height:18rem;overflow-y:auto}
  [role='option']{padding:0.5rem;cursor:pointer;border-bottom:1px solid #d8dde0}
  [role='option'][aria-selected='true']{background:var(--wm-color-primary,#005eb8);color:#fff;outline:3px solid var(--wm-color-focus,#ffeb3b);outline-offset:-3px}
  .where{display:block;font-size:0.9em}
  .status{min-height:1.5rem;margin-top:0.25rem}
  .service{border-top:4px solid var(--wm-color-primary,#005eb8);margin-top:1rem}
  .team{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}
  .team li{display:flex;gap:0.75rem;align-items:flex-start}
  .team img{border-radius:50%;object-fit:cover;flex:none}
  dl{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}
  dt{font-weight:700}
  dd{margin:0}
  table{border-collapse:collapse;margin-bottom:1rem}
  th,td{text-align:left;padding:0.25rem 1rem 0.25rem 0;border-bottom:1px solid #d8dde0}
  .is-open{color:var(--wm-color-button,#007f3b)}
  dialog{max-width:min(40rem,95vw);border:0;padding:1.5rem}
`;
