/** The form building blocks: Lit templates a widget renders in its own shadow root, with `formStyles`. */
export type { FormHost, Content } from './shared.js';
export { textField, type TextFieldOptions, type InputWidth } from './text-field.js';
export { dateInput, dateErrorParts, emptyDate, type DateInputOptions, type DateValue, type DatePart } from './date-input.js';
export type { ChoiceItem, ChoiceDivider, ChoiceEntry, ChoicesOptions } from './choices.js';
export { radios, type RadiosOptions } from './radios.js';
export { checkboxes, toggleValues, type CheckboxesOptions } from './checkboxes.js';
export { characterCount, countMessage, CountAnnouncer, type CharacterCountOptions } from './character-count.js';
export {
  errorSummary,
  focusField,
  prefixDocumentTitle,
  ErrorSummaryController,
  type ErrorSummaryOptions,
  type FieldError,
} from './error-summary.js';
export { summaryList, type SummaryListOptions, type SummaryRow } from './summary-list.js';
export { confirmationPanel, type ConfirmationPanelOptions } from './confirmation-panel.js';
export { retryPanel, type RetryPanelOptions } from './retry-panel.js';
export { formStyles } from './form-styles.js';
