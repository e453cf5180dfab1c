/** The activity categories inserted by migration 0002 (the test checks the two agree). */
export const ACTIVITY_CATEGORIES = [
  { id: 'arts-and-crafts', name: 'Arts and crafts', name_cy: 'Celf a chrefft', sort_order: 10 },
  { id: 'exercise-and-sport', name: 'Exercise and sport', name_cy: 'Ymarfer corff a chwaraeon', sort_order: 20 },
  { id: 'walking', name: 'Walking', name_cy: 'Cerdded', sort_order: 30 },
  { id: 'social-groups', name: 'Social groups', name_cy: 'Grwpiau cymdeithasol', sort_order: 40 },
  { id: 'learning-and-skills', name: 'Learning and skills', name_cy: 'Dysgu a sgiliau', sort_order: 50 },
  { id: 'volunteering', name: 'Volunteering', name_cy: 'Gwirfoddoli', sort_order: 60 },
  { id: 'faith-and-culture', name: 'Faith and culture', name_cy: 'Ffydd a diwylliant', sort_order: 70 },
  { id: 'nature-and-gardening', name: 'Nature and gardening', name_cy: 'Garddio a natur', sort_order: 80 },
  { id: 'support-groups', name: 'Support groups', name_cy: 'Grwpiau cymorth', sort_order: 90 },
  { id: 'music-and-singing', name: 'Music and singing', name_cy: 'Cerddoriaeth a chanu', sort_order: 100 },
  { id: 'food-and-cooking', name: 'Food and cooking', name_cy: 'Bwyd a choginio', sort_order: 110 },
  { id: 'health-and-wellbeing', name: 'Health and wellbeing', name_cy: 'Iechyd a lles', sort_order: 120 },
  { id: 'digital-skills', name: 'Digital skills', name_cy: 'Sgiliau digidol', sort_order: 130 },
  { id: 'carers-support', name: "Carers' support", name_cy: 'Cymorth i ofalwyr', sort_order: 140 },
  { id: 'advice', name: 'Advice (money, housing, work)', name_cy: 'Cyngor (arian, tai, gwaith)', sort_order: 150 },
] as const;

export type CategoryId = (typeof ACTIVITY_CATEGORIES)[number]['id'];

export const CATEGORY_IDS: readonly CategoryId[] = ACTIVITY_CATEGORIES.map((c) => c.id);

/** The accessibility features an activity may list (the values of activities.accessibility). */
export const ACCESSIBILITY_FEATURES = [
  'STEP_FREE',
  'ACCESSIBLE_TOILET',
  'HEARING_LOOP',
  'BLUE_BADGE_PARKING',
  'BSL',
  'DEMENTIA_FRIENDLY',
  'QUIET_SPACE',
] as const;

export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];
