import { defineMessages } from '@waymark/core';

/**
 * The English of an activity's details (detail-view.ts), loaded the first time one is opened, so
 * the finder's first chunk carries only its first screen's text. The element adds these with
 * `addMessages` when the part loads. The Welsh is detail-messages.cy.ts.
 */
export const detailEn = {
  bookingLabel: 'Book or find out more: ',
  back: 'Back to results',
  about: 'About this activity',
  when: 'When it meets',
  daysLabel: 'Days',
  timeLabel: 'Time',
  datesLabel: 'Dates',
  timeRange: '{start} to {end}',
  minutes: { one: '{count} minute', other: '{count} minutes' },
  fromDate: 'From {date}',
  dateRange: '{start} to {end}',
  onDate: 'On {date}',
  whoFor: 'Who it is for',
  ages: 'Ages {min} to {max}',
  ageFrom: 'Age {min} and over',
  ageTo: 'Up to age {max}',
  where: 'Where',
  mapLink: 'View on OpenStreetMap',
  onlineOnly: 'This activity is online.',
  contact: 'Contact',
  book: 'Book a place',
  addToCalendar: 'Add to calendar',
  share: 'Share',
  save: 'Save to shortlist',
  copied: 'Link copied',
  shareFailed: 'We could not share this. Copy the address from your browser instead.',
  savedNote: 'Saved to your shortlist on this device',
};

export const detailMessages = defineMessages({ en: detailEn, cy: () => import('./detail-messages.cy.js') });
