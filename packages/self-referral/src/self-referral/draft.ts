import type { DateValue } from '@waymark/core';

/** The steps of the journey, in order. */
export const STEPS = ['start', 'about-you', 'gp-practice', 'what-matters', 'consent', 'check-answers', 'confirmation'] as const;
export type Step = (typeof STEPS)[number];

/** Everything the person typed or chose, exactly as typed (normalised only when sent). */
export interface Answers {
  fullName: string;
  dob: DateValue;
  nhsNumber: string;
  postcode: string;
  phone: string;
  email: string;
  methods: string[];
  times: string;
  language: string;
  commNeeds: string[];
  otherComm: string;
  practiceOds: string;
  practiceName: string;
  whatMatters: string;
  needs: string[];
  otherNeed: string;
  sharing: boolean;
  contact: boolean;
  /** The honeypot: people never see it; bots fill it. */
  website: string;
}

export interface Draft {
  step: Step;
  answers: Answers;
  /** When the person pressed "Start now" (ms since epoch), for `fillSeconds`. */
  startedAt: number | null;
  /** Made when the person first reaches "check your answers"; kept for every retry. */
  idempotencyKey: string | null;
  /** A "Change" link was used: Continue goes back to check answers. */
  returnToCheck: boolean;
}

export const emptyAnswers = (): Answers => ({
  fullName: '',
  dob: { day: '', month: '', year: '' },
  nhsNumber: '',
  postcode: '',
  phone: '',
  email: '',
  methods: [],
  times: '',
  language: '',
  commNeeds: [],
  otherComm: '',
  practiceOds: '',
  practiceName: '',
  whatMatters: '',
  needs: [],
  otherNeed: '',
  sharing: false,
  contact: false,
  website: '',
});

export const emptyDraft = (): Draft => ({ step: 'start', answers: emptyAnswers(), startedAt: null, idempotencyKey: null, returnToCheck: false });

/**
 * The draft, kept in sessionStorage under one key per partner so a reload (or a tab restored after a
 * crash) loses nothing. Never localStorage: people refer themselves from shared and public computers
 * (libraries, family PCs), and localStorage would keep their health details after they close the tab,
 * for the next person to find. sessionStorage ends with the tab. Storage may be unavailable (blocked
 * third-party storage, private modes): then the draft lives in memory only.
 */
export class DraftStore {
  readonly key: string;

  constructor(partner: string | undefined) {
    this.key = `waymark:self-referral:${partner ?? 'none'}`;
  }

  load(): Draft {
    try {
      const text = sessionStorage.getItem(this.key);
      if (text) {
        const saved = JSON.parse(text) as Partial<Draft>;
        const draft = { ...emptyDraft(), ...saved, answers: { ...emptyAnswers(), ...saved.answers } };
        // The confirmation is never restored: it belongs to a referral already sent (and cleared).
        if (!STEPS.includes(draft.step) || draft.step === 'confirmation') draft.step = 'start';
        return draft;
      }
    } catch {
      // Unreadable or unavailable storage: start afresh.
    }
    return emptyDraft();
  }

  save(draft: Draft): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(draft));
    } catch {
      // Full or unavailable: the form still works, the draft is just not kept across a reload.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}
