/** @waymark/activity-finder — importing this registers nothing; `define/wm-activity-finder.js` does. */
export { WmActivityFinder } from './activity-finder/activity-finder.js';
