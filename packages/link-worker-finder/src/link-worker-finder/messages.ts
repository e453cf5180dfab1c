import { defineMessages } from '@waymark/core';

/**
 * The finder's English (the Welsh is messages.cy.ts, loaded only when needed). Welsh numerals take the singular noun ("5 diwrnod gwaith",
 * "3 meddygfa"), so one form serves every plural category but zero.
 */
export const en = {
  title: 'Find your link worker',
  intro:
    'A link worker can help you find local groups, activities and support for what matters to you. It is free, and you do not need to be ill. Find the team that covers your GP practice.',
  searchBy: 'Search by',
  byPractice: 'GP practice',
  practiceHint: 'Type the name, town or practice code, then choose from the list',
  noPractices: 'No practices match. Check the spelling, or search by postcode.',
  searching: 'Searching…',
  postcodeLabel: 'Your postcode',
  find: 'Find my link worker',
  covers: '{service} covers {place}.',
  teamFor: 'Your team for {place}',
  pcn: 'Part of {pcn}',
  postcodeGuess:
    'Link workers are arranged by GP practice. This is the service for most people at this postcode: your GP practice can confirm it.',
  noneTitle: 'We could not find a service that covers {place}',
  noneBody:
    'Your GP practice can still help. Ask at reception about social prescribing or a link worker: they will know who to contact.',
  notLocated: 'We do not have that postcode on our list. Check it is right, or search by GP practice.',
  nearestTitle: 'Nearest services',
  helpsWith: 'How they can help',
  howToRefer: 'How to be referred',
  responseDays: {
    one: 'They usually get in touch within {count} working day.',
    other: 'They usually get in touch within {count} working days.',
  },
  team: 'The team',
  speaks: 'Speaks {languages}',
  teamSpeaks: 'The team speaks {languages}.',
  contact: 'How to get in touch',
  hours: 'Opening hours',
  openNow: 'Open now. Closes at {time}.',
  closedNow: 'Closed now.',
  opens: 'Closed now. Opens {day} at {time}.',
  closedFor: 'Closed today: {holiday}.',
  closedOn: 'Closed on {date}: {holiday}.',
  closed: 'Closed',
  range: '{opens} to {closes}',
  bankHolidays: 'Closed on bank holidays.',
  access: 'Getting there and accessibility',
  refer: 'Refer yourself',
  referIntro: 'You do not need to see your GP first.',
  noSelfReferral: 'This service does not take self-referrals. Ask your GP practice to refer you.',
  close: 'Close',
  back: 'Back to the team',
};

export const messages = defineMessages({ en, cy: () => import('./messages.cy.js') });
