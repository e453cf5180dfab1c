import { html, type TemplateResult } from 'lit';
import { WmFormHost } from '../../../packages/core/src/testing/form-host.js';

// A stand-in widget (not part of the kit) that renders a block in its own shadow root, as a widget does.
WmFormHost.define('wm-form-host');

export type FieldState = 'empty' | 'filled' | 'error';

export interface StateArgs {
  state: FieldState;
}

/** English or Welsh text, by the host's language (the toolbar's locale). */
export const say = (h: WmFormHost, en: string, cy: string): string => (h.locale === 'cy' ? cy : en);

/** Renders a block in `<wm-form-host>`; the block keeps its answers in the host's state. */
export const host = (renderer: (h: WmFormHost) => TemplateResult): TemplateResult =>
  html`<wm-form-host .renderer=${renderer}></wm-form-host>`;

export const stateArgTypes = {
  state: {
    control: 'inline-radio',
    options: ['empty', 'filled', 'error'],
    description: 'Empty, answered, or after a submit that found a problem (the answer is kept).',
  },
} as const;

export type { WmFormHost };
