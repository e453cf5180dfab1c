import { defineMessages } from '@waymark/core';

/**
 * The English of the results list and the shortlist (results-view.ts), loaded with the first search, so
 * the finder's first chunk carries only its first screen's text. The element adds these with
 * `addMessages` when the part loads. The Welsh is results-messages.cy.ts.
 */
export const resultsEn = {
  resultsNear: 'Activities near {place}',
  resultsTitle: 'Activities',
  yourLocation: 'your location',
  showing: { one: 'Showing {shown} of {count} activity', other: 'Showing {shown} of {count} activities' },
  showMore: 'Show more activities',
  noneWithin: 'No activities within {distance}',
  widen: 'Try {distance}',
  noneAtAll: 'No activities match your search. Try fewer filters or a different keyword.',
  next: 'Next session: {when}',
  noNext: 'No sessions coming up',
  free: 'Free',
  perSession: '{amount} a session',
  costNotStated: 'Ask the organiser about cost',
  online: 'Online',
  checked: 'Last checked {date}',
  organiser: 'Run by {name}',
  removedNote: 'Removed from your shortlist',
  savedTitle: 'Your shortlist',
  savedEmpty: 'You have not saved any activities yet.',
  savedDevice: 'Your shortlist is kept on this device only.',
  storageBlocked: 'This browser will not keep your shortlist after you leave the page.',
  remove: 'Remove',
  clearAll: 'Remove all from this device',
  clearedNote: 'Your shortlist has been removed from this device',
  backToSearch: 'Back to search',
  mapView: 'Map view',
  cost: 'Cost',
  access: 'Accessibility',
  STEP_FREE: 'Step-free access',
  ACCESSIBLE_TOILET: 'Accessible toilet',
  HEARING_LOOP: 'Hearing loop',
  BLUE_BADGE_PARKING: 'Blue Badge parking',
  BSL: 'British Sign Language',
  DEMENTIA_FRIENDLY: 'Dementia friendly',
  QUIET_SPACE: 'Quiet space',
};

export const resultsMessages = defineMessages({ en: resultsEn, cy: () => import('./results-messages.cy.js') });
