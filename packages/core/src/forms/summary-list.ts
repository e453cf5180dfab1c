import { html, nothing, type TemplateResult } from 'lit';
import type { Content, FormHost } from './shared.js';

export interface SummaryRow {
  key: Content;
  /** The answer; several lines as a template (`html\`Flat 2<br />1 High St\``). */
  value: Content;
  /** The step to go back to; no "Change" link without one. */
  step?: string;
  /** Completes the link's accessible name, "Change date of birth"; default the key when it is text. */
  changeLabel?: string;
}

export interface SummaryListOptions {
  rows: readonly SummaryRow[];
  /** Called with the row's `step` when its "Change" link is used. */
  onChange: (step: string) => void;
}

/**
 * The GOV.UK / NHS.UK check-answers list: a `<dl>` of questions and answers, each with a "Change" link
 * whose accessible name names the answer ("Change<span class=visually-hidden> date of birth</span>").
 */
export function summaryList(host: FormHost, o: SummaryListOptions): TemplateResult {
  return html`<dl class="wm-summary-list" part="summary-list">
    ${o.rows.map((row) => {
      const step = row.step;
      const what = row.changeLabel ?? (typeof row.key === 'string' ? row.key.toLowerCase() : '');
      return html`<div class="wm-summary-list__row">
        <dt class="wm-summary-list__key">${row.key}</dt>
        <dd class="wm-summary-list__value">${row.value}</dd>
        ${step === undefined
          ? nothing
          : html`<dd class="wm-summary-list__actions">
              <a
                href="#${step}"
                @click=${(e: MouseEvent) => {
                  e.preventDefault();
                  o.onChange(step);
                }}
                >${host.t('form.change')}<span class="wm-visually-hidden"> ${what}</span></a
              >
            </dd>`}
      </div>`;
    })}
  </dl>`;
}
