import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, dateInput, dateErrorParts, radios, textField, type DateRuleKey } from '@waymark/core';
import type { WmSelfReferral } from '../self-referral.js';
import { questionPage } from './frame.js';

const METHODS = ['PHONE', 'TEXT', 'EMAIL'] as const;
const NEEDS = ['BSL_INTERPRETER', 'SPOKEN_LANGUAGE_INTERPRETER', 'LARGE_PRINT', 'EASY_READ', 'BRAILLE', 'TEXT_RELAY'] as const;

/** The language's own name ("Cymraeg", "English"), else the tag. */
function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === 'cy' ? 'cy-GB' : 'en-GB'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** About you: name, date of birth, NHS number (if asked), postcode, contact, language and needs (if asked). */
export function renderAboutYou(el: WmSelfReferral): TemplateResult {
  const a = el.answers;
  const q = el.settings!.questions;
  const dobProblem = el.problems['dob']?.key as DateRuleKey | undefined;
  return questionPage(
    el,
    el.t('about'),
    html`${textField(el, { id: 'full-name', name: 'name', label: el.t('fullName'), value: a.fullName, autocomplete: 'name', spellcheck: false, error: el.err('full-name'), onInput: (v) => el.set({ fullName: v }) })}
      ${dateInput(el, { id: 'dob', name: 'dob', legend: el.t('dob'), value: a.dob, birthday: true, error: el.err('dob'), errorParts: dateErrorParts(dobProblem), onInput: (v) => el.set({ dob: v }) })}
      ${q.nhsNumber
        ? textField(el, { id: 'nhs-number', name: 'nhs-number', label: el.t('nhsNumber'), hint: el.t('nhsNumberHint'), optional: true, value: a.nhsNumber, inputmode: 'numeric', width: '10', spellcheck: false, error: el.err('nhs-number'), onInput: (v) => el.set({ nhsNumber: v }) })
        : nothing}
      ${textField(el, { id: 'postcode', name: 'postcode', label: el.t('postcode.label'), value: a.postcode, autocomplete: 'postal-code', width: '10', spellcheck: false, error: el.err('postcode'), onInput: (v) => el.set({ postcode: v }) })}
      <fieldset class="wm-fieldset" aria-describedby="contact-hint">
        <legend class="wm-fieldset__legend">${el.t('contactLegend')}</legend>
        <div class="wm-hint" id="contact-hint">${el.t('contactHint')}</div>
        ${textField(el, { id: 'phone', name: 'phone', type: 'tel', label: el.t('phone'), value: a.phone, autocomplete: 'tel', width: '20', error: el.err('phone'), onInput: (v) => el.set({ phone: v }) })}
        ${textField(el, { id: 'email', name: 'email', type: 'email', label: el.t('email'), value: a.email, autocomplete: 'email', error: el.err('email'), onInput: (v) => el.set({ email: v }) })}
      </fieldset>
      ${q.contactTimes
        ? html`${checkboxes(el, { id: 'methods', name: 'methods', legend: el.t('methods'), hint: el.t('selectAll'), optional: true, values: a.methods, error: el.err('methods'), items: METHODS.map((m) => ({ value: m, label: el.t(`m.${m}`) })), onChange: (v) => el.set({ methods: v }) })}
          ${textField(el, { id: 'times', name: 'times', label: el.t('times'), hint: el.t('timesHint'), optional: true, value: a.times, error: el.err('times'), onInput: (v) => el.set({ times: v }) })}`
        : nothing}
      ${q.preferredLanguage
        ? radios(el, { id: 'language', name: 'language', legend: el.t('language'), optional: true, value: a.language || undefined, error: el.err('language'), items: el.settings!.languageOptions.map((l) => ({ value: l, label: languageName(l, el.locale) })), onChange: (v) => el.set({ language: v }) })
        : nothing}
      ${q.communicationNeeds
        ? checkboxes(el, {
            id: 'comm-needs',
            name: 'comm-needs',
            legend: el.t('commNeeds'),
            hint: el.t('selectAll'),
            optional: true,
            values: a.commNeeds,
            error: el.err('comm-needs'),
            items: [
              ...NEEDS.map((n) => ({ value: n, label: el.t(`c.${n}`) })),
              {
                value: 'OTHER',
                label: el.t('somethingElse'),
                conditional: textField(el, { id: 'other-comm', name: 'other-comm', label: el.t('otherComm'), value: a.otherComm, error: el.err('other-comm'), onInput: (v) => el.set({ otherComm: v }) }),
              },
            ],
            onChange: (v) => el.set({ commNeeds: v }),
          })
        : nothing}
      <div class="hp" aria-hidden="true">
        <label for="website">${el.t('honeypot')}</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${a.website} @input=${(e: Event) => el.set({ website: (e.target as HTMLInputElement).value })} />
      </div>`,
  );
}
