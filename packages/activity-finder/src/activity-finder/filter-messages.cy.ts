/** The Welsh of filter-messages.ts: its own chunk, fetched only when that part renders in Welsh. */
import type { WelshMessages } from '@waymark/core';
import type { filterEn } from './filter-messages.js';

const cy: WelshMessages<typeof filterEn> = {
  categories: 'Math o weithgaredd',
  days: 'Diwrnod',
  times: "Adeg o'r dydd",
  MORNING: 'Bore (cyn hanner dydd)',
  AFTERNOON: 'Prynhawn (hanner dydd tan 5yh)',
  EVENING: "Gyda'r nos (o 5yh)",
  costAny: 'Unrhyw gost',
  costFree: 'Am ddim yn unig',
  costMax: 'Hyd at uchafswm',
  maxCost: "Y mwyaf yr hoffech ei dalu am sesiwn, mewn punnoedd",
  maxCostHint: 'Er enghraifft, 3 neu 2.50',
  age: 'Oedran',
  ageHint: "Dangos dim ond gweithgareddau sy'n agored i rywun o'r oedran hwn",
  accessHint: "Dangos dim ond gweithgareddau sydd â'r rhain i gyd",
  attend: 'Wyneb yn wyneb neu ar-lein',
  attendAny: "Y naill neu'r llall",
  attendInPerson: 'Wyneb yn wyneb',
  attendOnline: 'Ar-lein',
};

export default cy;
