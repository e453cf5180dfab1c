import { defineMessages } from '@waymark/core';

/**
 * `<wm-activity-map>`'s English and Welsh. Welsh is inline, not a chunk of its own: the map is a lazy
 * chunk already and these few strings cost less than a second request.
 */
export const mapMessages = defineMessages({
  en: {
    map: 'Map of activities',
    keys: 'Use the arrow keys to move the map, and the plus and minus keys to zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    searched: 'You searched here',
  },
  cy: {
    map: 'Map o weithgareddau',
    keys: "Defnyddiwch y bysellau saeth i symud y map, a'r bysellau plws a minws i chwyddo.",
    zoomIn: 'Chwyddo i mewn',
    zoomOut: 'Chwyddo allan',
    searched: 'Fan hyn y gwnaethoch chwilio',
  },
});

export type MapMessageKey = keyof typeof mapMessages.en;
