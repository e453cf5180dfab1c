/**
 * <wm-link-worker-finder>'s Welsh: its own chunk, fetched only when the widget renders in Welsh (see `defineMessages`).
 */
import type { WelshMessages } from '@waymark/core';
import type { en } from './messages.js';

const cy: WelshMessages<typeof en> = {
  title: "Dod o hyd i'ch gweithiwr cyswllt",
  intro:
    "Gall gweithiwr cyswllt eich helpu i ddod o hyd i grwpiau, gweithgareddau a chymorth lleol ar gyfer yr hyn sy'n bwysig i chi. Mae am ddim, ac nid oes rhaid i chi fod yn sâl. Dewch o hyd i'r tîm sy'n gwasanaethu eich meddygfa.",
  searchBy: 'Chwilio yn ôl',
  byPractice: 'Meddygfa',
  practiceHint: "Teipiwch enw'r feddygfa, y dref neu god y feddygfa, yna dewiswch o'r rhestr",
  noPractices: 'Does dim meddygfa yn cyfateb. Gwiriwch y sillafu, neu chwiliwch yn ôl cod post.',
  searching: 'Yn chwilio…',
  postcodeLabel: 'Eich cod post',
  find: "Dod o hyd i'm gweithiwr cyswllt",
  covers: 'Mae {service} yn gwasanaethu {place}.',
  teamFor: 'Eich tîm ar gyfer {place}',
  pcn: 'Rhan o {pcn}',
  postcodeGuess:
    "Caiff gweithwyr cyswllt eu trefnu yn ôl meddygfa. Dyma'r gwasanaeth i'r rhan fwyaf o bobl yn y cod post hwn: gall eich meddygfa gadarnhau hyn.",
  noneTitle: "Nid oeddem yn gallu dod o hyd i wasanaeth sy'n gwasanaethu {place}",
  noneBody:
    "Gall eich meddygfa helpu o hyd. Gofynnwch yn y dderbynfa am ragnodi cymdeithasol neu weithiwr cyswllt: byddan nhw'n gwybod â phwy i gysylltu.",
  notLocated: "Nid yw'r cod post hwnnw ar ein rhestr. Gwiriwch ei fod yn gywir, neu chwiliwch yn ôl meddygfa.",
  nearestTitle: 'Y gwasanaethau agosaf',
  helpsWith: 'Sut y gallan nhw helpu',
  howToRefer: 'Sut i gael eich atgyfeirio',
  responseDays: { other: "Fel arfer byddan nhw'n cysylltu â chi o fewn {count} diwrnod gwaith." },
  team: 'Y tîm',
  speaks: 'Yn siarad {languages}',
  teamSpeaks: "Mae'r tîm yn siarad {languages}.",
  contact: 'Sut i gysylltu',
  hours: 'Oriau agor',
  openNow: 'Ar agor nawr. Yn cau am {time}.',
  closedNow: 'Ar gau nawr.',
  opens: 'Ar gau nawr. Yn agor {day} am {time}.',
  closedFor: 'Ar gau heddiw: {holiday}.',
  closedOn: 'Ar gau ar {date}: {holiday}.',
  closed: 'Ar gau',
  range: '{opens} tan {closes}',
  bankHolidays: 'Ar gau ar wyliau banc.',
  access: 'Cyrraedd a hygyrchedd',
  refer: 'Cyfeirio eich hun',
  referIntro: 'Nid oes angen i chi weld eich meddyg teulu yn gyntaf.',
  noSelfReferral: "Nid yw'r gwasanaeth hwn yn derbyn hunangyfeiriadau. Gofynnwch i'ch meddygfa eich cyfeirio.",
  close: 'Cau',
  back: "Yn ôl at y tîm",
};

export default cy;
