/** The Welsh of detail-messages.ts: its own chunk, fetched only when that part renders in Welsh. */
import type { WelshMessages } from '@waymark/core';
import type { detailEn } from './detail-messages.js';

const cy: WelshMessages<typeof detailEn> = {
  bookingLabel: 'Archebu neu ragor o wybodaeth: ',
  back: "Yn ôl i'r canlyniadau",
  about: "Am y gweithgaredd hwn",
  when: "Pryd mae'n cyfarfod",
  daysLabel: 'Diwrnodau',
  timeLabel: 'Amser',
  datesLabel: 'Dyddiadau',
  timeRange: '{start} tan {end}',
  minutes: { other: '{count} munud' },
  fromDate: 'O {date}',
  dateRange: '{start} tan {end}',
  onDate: 'Ar {date}',
  whoFor: 'Ar gyfer pwy',
  ages: 'Oedran {min} i {max}',
  ageFrom: '{min} oed a hŷn',
  ageTo: 'Hyd at {max} oed',
  where: 'Ble',
  mapLink: 'Gweld ar OpenStreetMap',
  onlineOnly: "Mae'r gweithgaredd hwn ar-lein.",
  contact: 'Cysylltu',
  book: 'Archebu lle',
  addToCalendar: "Ychwanegu at y calendr",
  share: 'Rhannu',
  save: 'Cadw ar y rhestr fer',
  copied: "Mae'r ddolen wedi'i chopïo",
  shareFailed: "Nid oeddem yn gallu rhannu hwn. Copïwch y cyfeiriad o'ch porwr yn lle hynny.",
  savedNote: "Wedi'i gadw ar eich rhestr fer ar y ddyfais hon",
};

export default cy;
