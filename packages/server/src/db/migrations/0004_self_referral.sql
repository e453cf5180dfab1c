-- Self-referral. A partner's form is configured in `partners.settings -> 'selfReferral'` (questions asked,
-- minimum age, consent wording and version, crisis message, …); anything missing takes the defaults in
-- src/domain/referrals.ts, so `{}` is a working configuration. Referrals themselves use the `referrals` and
-- `referral_status_history` tables of 0001 (unique (partner_id, idempotency_key) backs idempotency).
--
-- Demo settings for the two demo partners that take self-referrals. Each update is guarded: it changes
-- nothing on a database without that partner, and never overwrites a selfReferral configuration someone
-- already set. (A fresh demo database is seeded after the migrations run; the same values are exported as
-- DEMO_SELF_REFERRAL_SETTINGS in src/domain/referrals.ts for the seed to use.)

update partners
set settings = settings || jsonb_build_object('selfReferral', '{
  "open": true,
  "minimumAge": 16,
  "questions": { "nhsNumber": true, "communicationNeeds": true, "contactTimes": true, "preferredLanguage": false },
  "languageOptions": ["en"],
  "consent": {
    "version": "riverside-2026-01",
    "sharing": {
      "en": "I agree that Aire Valley Social Prescribing may keep the details I have given and use them to arrange support for me, and may tell Riverside Surgery that I have referred myself.",
      "cy": "Rwy''n cytuno y caiff Aire Valley Social Prescribing gadw''r manylion a roddais a''u defnyddio i drefnu cymorth i mi, ac y caiff ddweud wrth Riverside Surgery fy mod wedi cyfeirio fy hun."
    },
    "contact": {
      "en": "I agree to a link worker contacting me in the ways I have chosen.",
      "cy": "Rwy''n cytuno i weithiwr cyswllt gysylltu â mi yn y ffyrdd a ddewisais."
    }
  }
}'::jsonb)
where key = 'pk_demo_riverside' and not (settings ? 'selfReferral');

update partners
set settings = settings || jsonb_build_object('selfReferral', '{
  "open": true,
  "minimumAge": 18,
  "questions": { "nhsNumber": false, "communicationNeeds": true, "contactTimes": true, "preferredLanguage": true },
  "languageOptions": ["cy", "en"],
  "consent": {
    "version": "taf-2026-01",
    "sharing": {
      "en": "I agree that Cysylltu Cymunedol Taf may keep the details I have given and use them to arrange support for me, and may tell my GP practice that I have referred myself.",
      "cy": "Rwy''n cytuno y caiff Cysylltu Cymunedol Taf gadw''r manylion a roddais a''u defnyddio i drefnu cymorth i mi, ac y caiff ddweud wrth fy meddygfa fy mod wedi cyfeirio fy hun."
    },
    "contact": {
      "en": "I agree to a link worker contacting me in the ways I have chosen.",
      "cy": "Rwy''n cytuno i weithiwr cyswllt gysylltu â mi yn y ffyrdd a ddewisais."
    }
  }
}'::jsonb)
where key = 'pk_demo_taf' and not (settings ? 'selfReferral');

-- `waymark-server referrals list` and staff lists read the newest referrals first, across services.
create index if not exists referrals_received_idx on referrals (received_at desc);
