/** @waymark/link-worker-finder — importing this registers nothing; `define/wm-link-worker-finder.js` does. */
export { WmLinkWorkerFinder } from './link-worker-finder/link-worker-finder.js';
export { PracticeCombobox, type PracticeOption } from './link-worker-finder/practice-combobox.js';
