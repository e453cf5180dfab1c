import { html, type TemplateResult } from 'lit';
import { characterCount, checkboxes, textField } from '@waymark/core';
import type { WmSelfReferral } from '../self-referral.js';
import { questionPage } from './frame.js';

export const NEED_AREAS = [
  'PHYSICAL_HEALTH',
  'MENTAL_WELLBEING',
  'LONELINESS',
  'MONEY',
  'HOUSING',
  'WORK_OR_VOLUNTEERING',
  'LEARNING',
  'SPIRITUAL_OR_CULTURAL',
  'CARING',
] as const;

/** What matters to you, in their words (character count), and the areas of support. */
export function renderWhatMatters(el: WmSelfReferral): TemplateResult {
  const a = el.answers;
  return questionPage(
    el,
    el.t('matters'),
    html`${characterCount(el, {
      id: 'what-matters',
      name: 'what-matters',
      label: el.t('mattersLabel'),
      hint: el.t('mattersHint'),
      optional: true,
      value: a.whatMatters,
      maxLength: el.settings!.whatMattersMaxLength,
      announcer: el.counts,
      error: el.err('what-matters'),
      onInput: (v) => el.set({ whatMatters: v }),
    })}
    ${checkboxes(el, {
      id: 'needs',
      name: 'needs',
      legend: el.t('needs'),
      hint: el.t('selectAll'),
      optional: true,
      values: a.needs,
      error: el.err('needs'),
      items: [
        ...NEED_AREAS.map((n) => ({ value: n, label: el.t(`n.${n}`) })),
        {
          value: 'OTHER',
          label: el.t('somethingElse'),
          conditional: textField(el, { id: 'other-need', name: 'other-need', label: el.t('otherNeed'), value: a.otherNeed, error: el.err('other-need'), onInput: (v) => el.set({ otherNeed: v }) }),
        },
      ],
      onChange: (v) => el.set({ needs: v }),
    })}`,
  );
}
