/**
 * <wm-activity-finder>'s Welsh: its own chunk, fetched only when the widget renders in Welsh (see
 * `defineMessages`). Numerals take the singular noun, so one form serves every plural category.
 */
import type { WelshMessages } from '@waymark/core';
import type { en } from './messages.js';

const cy: WelshMessages<typeof en> = {
  title: "Dod o hyd i weithgareddau yn eich ardal",
  intro: 'Grwpiau, dosbarthiadau, gwirfoddoli, celf ac ymarfer corff yn lleol.',
  usingLocation: 'Yn chwilio ger eich lleoliad. Rhowch god post i chwilio yn rhywle arall.',
  useLocation: 'Defnyddio fy lleoliad',
  locating: "Wrthi'n dod o hyd i'ch lleoliad…",
  locationFailed: 'Nid oeddem yn gallu cael eich lleoliad. Rhowch god post yn lle hynny.',
  postcodeUnknown: "Nid oeddem yn gallu dod o hyd i'r cod post hwnnw. Gwiriwch ef a rhowch gynnig arall arni.",
  placeRequired: 'Rhowch god post, neu defnyddiwch eich lleoliad',
  radius: 'Pellter',
  keyword: 'Allweddair',
  keywordHint: 'Er enghraifft, cerdded, côr neu ioga',
  moreFilters: 'Rhagor o hidlyddion',
  maxCostInvalid: "Rhowch y mwyaf yr hoffech ei dalu mewn punnoedd, fel 3 neu 2.50",
  ageInvalid: 'Rhowch oedran mewn blynyddoedd, fel 67',
  keywordTooLong: "Rhaid i'r allweddair fod yn 100 nod neu lai",
  search: 'Chwilio am weithgareddau',
  savedView: "Wedi'u cadw ({count})",
};

export default cy;
