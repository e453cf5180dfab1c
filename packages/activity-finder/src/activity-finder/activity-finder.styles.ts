import { css } from 'lit';

/** Compact on purpose (one rule a line): the widget's bytes over the shared chunk are budgeted at 5 KB brotli. */
export const styles = css`
  h2{margin-top:0}
  .place{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 1rem}
  .place .wm-button{margin-bottom:1.5rem}
  details{margin-bottom:1.5rem}
  summary{cursor:pointer;color:var(--wm-color-link);text-decoration:underline;margin-bottom:1rem}
  [aria-pressed='true']{background:var(--wm-color-primary);color:#fff}
  .results,.saved{list-style:none;padding:0;margin:0 0 1rem}
  .result{border-top:1px solid var(--wm-color-border);padding-top:0.5rem}
  .result h4{margin-top:0.5rem}
  .facts{margin:0 0 0.5rem;padding-left:1.25rem}
  .saved li{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
  .prose{white-space:pre-line}
  .facts-list{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}
  .facts-list dt{font-weight:700}
  .facts-list dd{margin:0}
  @media (max-width:40rem){.facts-list,.wm-contact{grid-template-columns:1fr}.facts-list dd,.wm-contact dd{margin-bottom:0.5rem}}
  wm-activity-map{display:block;margin-bottom:1rem}
`;
