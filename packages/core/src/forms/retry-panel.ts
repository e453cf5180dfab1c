import { html, type TemplateResult } from 'lit';
import { errorMessageKey } from '../i18n/core-messages.js';
import type { FormHost } from './shared.js';

export interface RetryPanelOptions {
  /** What failed (a `WaymarkError`, or anything with a `code`). */
  error: { code?: string; retryAfterSeconds?: number | undefined } | undefined;
  onRetry: () => void;
}

/**
 * A request that failed and may be tried again: core's sentence for the error's code (with the wait,
 * when the server said how long) and a "Try again" button, announced at once (`role="alert"`).
 */
export function retryPanel(host: FormHost, o: RetryPanelOptions): TemplateResult {
  const wait = o.error?.code === 'RATE_LIMITED' ? o.error.retryAfterSeconds : undefined;
  return html`<div class="wm-retry" role="alert" part="error">
    <p>${wait ? host.t('error.RATE_LIMITED.retryAfter', { count: wait }) : host.t(errorMessageKey(o.error))}</p>
    <button type="button" class="wm-button wm-button--secondary" @click=${o.onRetry}>${host.t('retry')}</button>
  </div>`;
}
