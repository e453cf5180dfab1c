import { defineElement } from '../base/define.js';
import { WmConfig } from '../config/config.js';

defineElement('wm-config', WmConfig);

declare global {
  interface HTMLElementTagNameMap {
    'wm-config': WmConfig;
  }
}

export { WmConfig };
