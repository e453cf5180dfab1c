/** @waymark/self-referral — importing this registers nothing; `define/wm-self-referral.js` does. */
export { WmSelfReferral } from './self-referral/self-referral.js';
export { messages as selfReferralMessages } from './self-referral/messages.js';
export { DraftStore, STEPS, type Answers, type Draft, type Step } from './self-referral/draft.js';
export { SubmitController, type SubmitState, type SubmitResult } from './self-referral/submit-controller.js';
