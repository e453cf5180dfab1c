import { WmActivityFinder } from '../activity-finder/activity-finder.js';

WmActivityFinder.define('wm-activity-finder');

declare global {
  interface HTMLElementTagNameMap {
    'wm-activity-finder': WmActivityFinder;
  }
}
