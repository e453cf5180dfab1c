import { defineMessages } from '@waymark/core';

/**
 * The English of the filters inside "More filters" (more-filters.ts), loaded when a person opens it or a
 * shared link sets one, so the finder's first chunk carries only its first screen's text. The element adds
 * these with `addMessages` when the part loads. The Welsh is filter-messages.cy.ts.
 */
export const filterEn = {
  categories: 'Type of activity',
  days: 'Day',
  times: 'Time of day',
  MORNING: 'Morning (before 12pm)',
  AFTERNOON: 'Afternoon (12pm to 5pm)',
  EVENING: 'Evening (from 5pm)',
  costAny: 'Any cost',
  costFree: 'Free only',
  costMax: 'Up to a maximum',
  maxCost: 'Most you want to pay for a session, in pounds',
  maxCostHint: 'For example, 3 or 2.50',
  age: 'Age',
  ageHint: 'Show only activities open to someone of this age',
  accessHint: 'Show only activities with all of these',
  attend: 'In person or online',
  attendAny: 'Either',
  attendInPerson: 'In person',
  attendOnline: 'Online',
};

export const filterMessages = defineMessages({ en: filterEn, cy: () => import('./filter-messages.cy.js') });
