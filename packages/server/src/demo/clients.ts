/**
 * A handful of fictional clients with action plans for the staff-side demo: what matters to them, short- and
 * long-term goals with steps, check-ins, and ONS4 wellbeing measures taken over time.
 */
import type { ServiceDef } from './organisations.js';

export interface GoalDef {
  title: string;
  why: string;
  term: 'SHORT' | 'LONG';
  steps: string[];
}

export interface ClientDef {
  service: ServiceDef['key'];
  preferredName: string;
  /** First name of their link worker in the service. */
  linkWorker: string;
  whatMatters: string;
  goals: GoalDef[];
}

export const DEMO_CLIENTS: readonly ClientDef[] = [
  {
    service: 'aire',
    preferredName: 'Maureen',
    linkWorker: 'Amira',
    whatMatters: 'Getting out of the house more since my husband died, and seeing people who understand.',
    goals: [
      { title: 'Go to the bereavement café', why: 'To talk to people who know what it is like', term: 'SHORT', steps: ['Ring the organiser to ask about it', 'Go along with Amira the first time', 'Go on my own'] },
      { title: 'Join a weekly walking group', why: 'I used to love walking with Jim and want to feel fitter', term: 'LONG', steps: ['Buy some comfortable shoes', 'Try the Tuesday health walk', 'Walk every week for a month'] },
    ],
  },
  {
    service: 'aire',
    preferredName: 'Tariq',
    linkWorker: 'Priya',
    whatMatters: 'Sorting out my debts so I can sleep again, and finding work that fits around my back problems.',
    goals: [
      { title: 'Get advice about my council tax arrears', why: 'The letters are making me anxious', term: 'SHORT', steps: ['Gather all the letters in one folder', 'Book a money advice appointment', 'Agree a payment plan'] },
      { title: 'Find part-time work', why: 'I want to provide for my family and feel useful', term: 'LONG', steps: ['Update my CV at the job club', 'Ask about the back to work support', 'Apply for three jobs'] },
      { title: 'Try chair yoga for my back', why: 'The physio said gentle movement would help', term: 'SHORT', steps: ['Find a class near me', 'Go to a taster session'] },
    ],
  },
  {
    service: 'aire',
    preferredName: 'Jan',
    linkWorker: 'Amira',
    whatMatters: 'Having a bit of time for myself while caring for my mum, who has dementia.',
    goals: [
      { title: "Go to the carers' coffee morning", why: 'To meet other carers and get some tips', term: 'SHORT', steps: ['Arrange a sitter for Mum', 'Go to the next coffee morning'] },
      { title: "Get a carer's assessment", why: 'I might be entitled to regular breaks', term: 'LONG', steps: ['Ring the carers’ centre', 'Fill in the assessment form', 'Have the assessment visit'] },
    ],
  },
  {
    service: 'aire',
    preferredName: 'Kieran',
    linkWorker: 'Tom',
    whatMatters: 'Feeling less lonely since moving to Keighley, and doing something practical with my hands.',
    goals: [
      { title: "Visit the Men's Shed", why: 'I was a joiner and miss making things', term: 'SHORT', steps: ['Look up when it is open', 'Go along for a cup of tea'] },
      { title: 'Volunteer once a week', why: 'To have a reason to get up and meet people', term: 'LONG', steps: ['Talk to the volunteer drop-in', 'Try a conservation day', 'Choose a regular role'] },
    ],
  },
  {
    service: 'taf',
    preferredName: 'Gwen',
    linkWorker: 'Cerys',
    whatMatters: 'Siarad Cymraeg gyda phobl eraill eto, a chanu. Speaking Welsh with other people again, and singing.',
    goals: [
      { title: 'Mynd i Paned a Sgwrs', why: 'I miss speaking Welsh since I moved into sheltered housing', term: 'SHORT', steps: ['Find the nearest group', 'Ask my neighbour to come with me'] },
      { title: 'Ymuno â chôr', why: 'I sang in the chapel choir for forty years', term: 'LONG', steps: ['Go to a community choir rehearsal', 'Sing at the summer concert'] },
    ],
  },
  {
    service: 'taf',
    preferredName: 'Alun',
    linkWorker: 'Siân',
    whatMatters: 'Managing my diabetes better and losing some weight before my grandson’s wedding.',
    goals: [
      { title: 'Learn to cook simple healthy meals', why: 'I have always relied on ready meals', term: 'SHORT', steps: ['Sign up for Cook and Eat', 'Cook one new recipe a week'] },
      { title: 'Walk 30 minutes a day', why: 'The nurse said it would help my blood sugar', term: 'LONG', steps: ['Join the health walk', 'Walk to the shops instead of driving', 'Keep a step diary'] },
    ],
  },
];
