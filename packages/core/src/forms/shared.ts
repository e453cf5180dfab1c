import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessageKey } from '../i18n/core-messages.js';
import type { MessageParams } from '../i18n/messages.js';

/**
 * What every form block needs from the widget rendering it: core's strings in the widget's language.
 * A `WaymarkElement` is one, so blocks are called as `textField(this, { … })`.
 */
export interface FormHost {
  t(key: CoreMessageKey, params?: MessageParams): string;
}

/** Text or a template (for a label with a link, say). */
export type Content = string | TemplateResult;

/** The ids a field's parts take: `<id>-hint`, `<id>-error`. */
export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

/** The ids of a field's hint and error, space separated, for `aria-describedby`; `undefined` when none. */
export function describedBy(id: string, hint: unknown, error: unknown, ...extra: (string | undefined)[]): string | undefined {
  const ids = [hint ? hintId(id) : undefined, ...extra, error ? errorId(id) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint paragraph (or nothing). */
export function hintTemplate(id: string, hint: Content | undefined): TemplateResult | typeof nothing {
  return hint ? html`<div class="wm-hint" id=${hintId(id)} part="hint">${hint}</div>` : nothing;
}

/**
 * The error message with its visually hidden "Error:" prefix (GOV.UK), so a screen reader reading the
 * description says it is an error, not more hint.
 */
export function errorTemplate(host: FormHost, id: string, error: Content | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p class="wm-error-message" id=${errorId(id)} part="error-message"><span class="wm-visually-hidden">${host
          .t('errorPrefix')
          .trim()}</span> ${error}</p>`
    : nothing;
}

/** " (optional)" after a label or legend when the question may be left out. */
export function optionalTemplate(host: FormHost, optional: boolean | undefined): TemplateResult | typeof nothing {
  return optional ? html` <span class="wm-optional">${host.t('optional')}</span>` : nothing;
}

/** The field wrapper: one part name, the error bar when in error. */
export function fieldClasses(base: string, error: unknown): string {
  return `wm-field ${base}${error ? ' wm-field--error' : ''}`;
}

/**
 * A single field's label (wrapped in the page's h1 when the question is the page heading, as on NHS.UK
 * one-question pages), then its hint and its error message: the head every single-input block shares.
 */
export function labelHintError(
  host: FormHost,
  o: { id: string; label: Content; hint?: Content | undefined; error?: Content | undefined; optional?: boolean | undefined; labelIsHeading?: boolean | undefined },
): TemplateResult {
  const label = html`<label class="wm-label${o.labelIsHeading ? ' wm-label--heading' : ''}" for=${o.id} part="label"
    >${o.label}${optionalTemplate(host, o.optional)}</label
  >`;
  return html`${o.labelIsHeading ? html`<h1 class="wm-label-wrapper">${label}</h1>` : label} ${hintTemplate(o.id, o.hint)}
    ${errorTemplate(host, o.id, o.error)}`;
}
