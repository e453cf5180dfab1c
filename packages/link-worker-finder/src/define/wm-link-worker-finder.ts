import { WmLinkWorkerFinder } from '../link-worker-finder/link-worker-finder.js';

WmLinkWorkerFinder.define('wm-link-worker-finder');

declare global {
  interface HTMLElementTagNameMap {
    'wm-link-worker-finder': WmLinkWorkerFinder;
  }
}
