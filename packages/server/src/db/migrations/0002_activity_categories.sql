-- The reference taxonomy every deployment needs: the friendly activity categories people choose from in
-- the activity finder, in English and Welsh. The ids are stable slugs (URLs, filters, importers use them);
-- names may be reworded in a later migration, ids never change.
--
-- Where they come from: a plain-language cut of the LGA community services list (the esd "Services list",
-- e.g. "Adult education" → learning-and-skills, "Allotments" → nature-and-gardening, "Carers' support" →
-- carers-support, "Debt advice" / "Welfare benefits advice" / "Housing advice" / "Employment support" →
-- advice, "Volunteering" → volunteering, "Arts development" → arts-and-crafts, "Digital inclusion" →
-- digital-skills) and of the OpenActive activity list (https://openactive.io/activity-list: most of its
-- concepts → exercise-and-sport; "Walking", "Nordic Walking", "Rambling" → walking; "Yoga", "Tai Chi",
-- "Pilates" → exercise-and-sport and health-and-wellbeing; "Dance" → exercise-and-sport). One source term
-- may map to more than one category. The mapping table from LGA / OpenActive / ORUK taxonomy terms to these
-- ids is added by the activity importers, not here.
--
-- The demo data (src/demo/categories.ts) repeats this list and its test checks they agree.

insert into activity_categories (id, name, name_cy, sort_order) values
  ('arts-and-crafts',      'Arts and crafts',                'Celf a chrefft',               10),
  ('exercise-and-sport',   'Exercise and sport',             'Ymarfer corff a chwaraeon',    20),
  ('walking',              'Walking',                        'Cerdded',                      30),
  ('social-groups',        'Social groups',                  'Grwpiau cymdeithasol',         40),
  ('learning-and-skills',  'Learning and skills',            'Dysgu a sgiliau',              50),
  ('volunteering',         'Volunteering',                   'Gwirfoddoli',                  60),
  ('faith-and-culture',    'Faith and culture',              'Ffydd a diwylliant',           70),
  ('nature-and-gardening', 'Nature and gardening',           'Garddio a natur',              80),
  ('support-groups',       'Support groups',                 'Grwpiau cymorth',              90),
  ('music-and-singing',    'Music and singing',              'Cerddoriaeth a chanu',        100),
  ('food-and-cooking',     'Food and cooking',               'Bwyd a choginio',             110),
  ('health-and-wellbeing', 'Health and wellbeing',           'Iechyd a lles',               120),
  ('digital-skills',       'Digital skills',                 'Sgiliau digidol',             130),
  ('carers-support',       'Carers'' support',               'Cymorth i ofalwyr',           140),
  ('advice',               'Advice (money, housing, work)',  'Cyngor (arian, tai, gwaith)', 150);
