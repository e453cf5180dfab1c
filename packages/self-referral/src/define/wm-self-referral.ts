import { WmSelfReferral } from '../self-referral/self-referral.js';

WmSelfReferral.define('wm-self-referral');

declare global {
  interface HTMLElementTagNameMap {
    'wm-self-referral': WmSelfReferral;
  }
}
