/** The Welsh of results-messages.ts: its own chunk, fetched only when that part renders in Welsh. */
import type { WelshMessages } from '@waymark/core';
import type { resultsEn } from './results-messages.js';

const cy: WelshMessages<typeof resultsEn> = {
  resultsNear: 'Gweithgareddau ger {place}',
  resultsTitle: 'Gweithgareddau',
  yourLocation: 'eich lleoliad',
  showing: { other: 'Yn dangos {shown} o {count} gweithgaredd' },
  showMore: 'Dangos rhagor o weithgareddau',
  noneWithin: 'Dim gweithgareddau o fewn {distance}',
  widen: 'Rhoi cynnig ar {distance}',
  noneAtAll: "Does dim gweithgareddau'n cyfateb i'ch chwiliad. Rhowch gynnig ar lai o hidlyddion neu allweddair gwahanol.",
  next: 'Y sesiwn nesaf: {when}',
  noNext: 'Dim sesiynau ar y gweill',
  free: 'Am ddim',
  costNotStated: "Gofynnwch i'r trefnydd am y gost",
  perSession: '{amount} y sesiwn',
  online: 'Ar-lein',
  checked: 'Gwiriwyd ddiwethaf {date}',
  organiser: 'Yn cael ei gynnal gan {name}',
  removedNote: "Wedi'i dynnu oddi ar eich rhestr fer",
  savedTitle: 'Eich rhestr fer',
  savedEmpty: 'Nid ydych wedi cadw unrhyw weithgareddau eto.',
  savedDevice: 'Dim ond ar y ddyfais hon y caiff eich rhestr fer ei chadw.',
  storageBlocked: "Ni fydd y porwr hwn yn cadw eich rhestr fer ar ôl i chi adael y dudalen.",
  remove: 'Tynnu',
  clearAll: "Tynnu'r cyfan o'r ddyfais hon",
  clearedNote: "Mae eich rhestr fer wedi'i thynnu o'r ddyfais hon",
  backToSearch: "Yn ôl i'r chwilio",
  mapView: 'Golwg map',
  cost: 'Cost',
  access: 'Hygyrchedd',
  STEP_FREE: 'Mynediad heb risiau',
  ACCESSIBLE_TOILET: 'Toiled hygyrch',
  HEARING_LOOP: 'Dolen sain',
  BLUE_BADGE_PARKING: 'Parcio Bathodyn Glas',
  BSL: 'Iaith Arwyddion Prydain',
  DEMENTIA_FRIENDLY: 'Cyfeillgar i bobl â dementia',
  QUIET_SPACE: 'Lle tawel',
};

export default cy;
