import { defineMessages } from '@waymark/core';

/**
 * The English of the finder's first screen, the search form (the Welsh is messages.cy.ts, loaded only when
 * the widget renders in Welsh). The text of the parts that load later is beside them: results-messages.ts,
 * filter-messages.ts and detail-messages.ts.
 * Welsh numerals take the singular noun ("20 gweithgaredd", "5 milltir"), so one Welsh form serves every
 * plural category.
 */
export const en = {
  title: 'Find activities near you',
  intro: 'Local groups, classes, volunteering, arts and exercise.',
  usingLocation: 'Searching near your location. Enter a postcode to search somewhere else.',
  useLocation: 'Use my location',
  locating: 'Finding your location…',
  locationFailed: 'We could not get your location. Enter a postcode instead.',
  postcodeUnknown: 'We could not find that postcode. Check it and try again.',
  placeRequired: 'Enter a postcode, or use your location',
  radius: 'Distance',
  keyword: 'Keyword',
  keywordHint: 'For example, walking, choir or yoga',
  moreFilters: 'More filters',
  maxCostInvalid: 'Enter the most you want to pay in pounds, like 3 or 2.50',
  ageInvalid: 'Enter an age in years, like 67',
  keywordTooLong: 'Keyword must be 100 characters or fewer',
  search: 'Find activities',
  savedView: 'Saved ({count})',
};

export const messages = defineMessages({ en, cy: () => import('./messages.cy.js') });
