import { css } from 'lit';

/** Compact on purpose (one rule a line): the widget's bytes over the shared chunk are budgeted at 5 KB brotli. */
export const styles = css`
  h2,h3,h4{margin:1.5rem 0 0.5rem;line-height:1.3}
  h2{font-size:1.5rem}
  h3{font-size:1.3rem}
  h4{font-size:1.1rem}
  p{margin:0 0 1rem}
  a{color:var(--wm-link-worker-finder-link,var(--wm-color-link,#005eb8))}
  .visually-hidden{position:absolute !important;width:1px;height:1px;margin:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  fieldset{border:0;margin:0 0 1rem;padding:0}
  legend,label{font-weight:700}
  .radio{display:inline-flex;align-items:center;gap:0.5rem;margin-right:1.5rem;font-weight:400}
  .radio input{width:1.5rem;height:1.5rem}
  .field{margin-bottom:1rem}
  .hint{color:var(--wm-color-secondary-text,#4c6272)}
  .has-error{border-left:4px solid var(--wm-color-error,#d5281b);padding-left:1rem}
  .error{color:var(--wm-color-error,#d5281b);font-weight:700;margin:0.25rem 0}
  input[type='text'],.postcode{display:block;width:100%;max-width:32rem;margin-top:0.25rem;padding:0.25rem 0.5rem;min-height:2.5rem;font:inherit;border:2px solid var(--wm-color-input-border,#4c6272);border-radius:0}
  .postcode{max-width:10rem}
  input:focus{outline:4px solid var(--wm-color-focus,#ffeb3b);outline-offset:0;box-shadow:inset 0 0 0 2px var(--wm-color-focus-text,#212b32)}
  .combo{position:relative;max-width:32rem}
  [role='listbox']{list-style:none;margin:0;padding:0;border:2px solid var(--wm-color-input-border,#4c6272);border-top:0;background:#fff;max-height:18rem;overflow-y:auto}
  [role='option']{padding:0.5rem;cursor:pointer;border-bottom:1px solid #d8dde0}
  [role='option'][aria-selected='true']{background:var(--wm-color-primary,#005eb8);color:#fff;outline:3px solid var(--wm-color-focus,#ffeb3b);outline-offset:-3px}
  .where{display:block;font-size:0.9em}
  .status{min-height:1.5rem;margin-top:0.25rem}
  .button,.secondary,.link{display:inline-block;font:inherit;font-weight:700;padding:0.5rem 1rem;border:0;margin:0 0 1rem;cursor:pointer;text-decoration:none}
  .button{background:var(--wm-color-button,#007f3b);color:#fff;box-shadow:0 4px 0 var(--wm-color-button-shadow,#00401e)}
  .secondary{background:#fff;color:var(--wm-color-primary,#005eb8);border:2px solid var(--wm-color-primary,#005eb8)}
  .link{background:none;color:var(--wm-color-link,#005eb8);text-decoration:underline;padding:0}
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
  .error-box{border:4px solid var(--wm-color-error,#d5281b);padding:1rem}
  dialog{max-width:min(40rem,95vw);border:0;padding:1.5rem}
`;
