/**
 * The fixed demo organisations: PCNs, GP practices, the two social prescribing services with their link
 * workers and staff, and the partners the examples and Storybook use. Every name, person, phone number and
 * address here is fictional; the towns and postcode districts are real. Phone numbers are in Ofcom's ranges
 * for drama (0113 496 0xxx, 01632 960xxx, 029 2018 0xxx), emails are @example.org.
 */
import type { OpeningHoursJson } from '../db/tables.js';

export interface PcnDef {
  key: 'leeds' | 'aire' | 'taf';
  odsCode: string;
  name: string;
}

export const DEMO_PCNS: readonly PcnDef[] = [
  { key: 'leeds', odsCode: 'U83112', name: 'Leeds Riverside PCN' },
  { key: 'aire', odsCode: 'U64938', name: 'Airedale and Wharfedale PCN' },
  { key: 'taf', odsCode: 'U27405', name: 'Taf and Cardiff North Cluster' },
];

export interface PracticeDef {
  odsCode: string;
  name: string;
  street: string;
  district: string;
  pcn: PcnDef['key'];
  phone: string;
  /** A fixed postcode where examples depend on it; otherwise one is made up for the district. */
  postcode?: string;
}

export const DEMO_PRACTICES: readonly PracticeDef[] = [
  { odsCode: 'B86001', name: 'Riverside Surgery', street: '45 Kirkstall Road', district: 'LS4', pcn: 'leeds', phone: '0113 496 0001', postcode: 'LS4 2QT' },
  { odsCode: 'B86002', name: 'Meanwood Valley Surgery', street: '12 Grove Lane', district: 'LS6', pcn: 'leeds', phone: '0113 496 0012' },
  { odsCode: 'B86003', name: 'Beckside Health Centre', street: '3 Harrogate Parade', district: 'LS7', pcn: 'leeds', phone: '0113 496 0023' },
  { odsCode: 'B86004', name: 'Beeston Hill Surgery', street: '88 Cemetery Road', district: 'LS11', pcn: 'leeds', phone: '0113 496 0034' },
  { odsCode: 'B86005', name: 'Park View Medical Centre', street: '27 Church Lane', district: 'LS28', pcn: 'leeds', phone: '0113 496 0045' },
  { odsCode: 'B86006', name: 'Morley Bridge Surgery', street: '9 Queen Street', district: 'LS27', pcn: 'leeds', phone: '0113 496 0056' },
  { odsCode: 'B86007', name: 'Harehills Corner Practice', street: '140 Roundhay Road', district: 'LS8', pcn: 'leeds', phone: '0113 496 0067' },
  { odsCode: 'B86008', name: 'Horsforth Green Surgery', street: '6 Town Street', district: 'LS18', pcn: 'leeds', phone: '0113 496 0078' },
  { odsCode: 'B86010', name: 'Wharfe Meadows Surgery', street: '21 Bondgate', district: 'LS21', pcn: 'aire', phone: '0113 496 0089' },
  { odsCode: 'B86011', name: 'Aireborough Family Practice', street: '4 Oxford Road', district: 'LS20', pcn: 'aire', phone: '0113 496 0090' },
  { odsCode: 'B83001', name: 'Moorside Surgery', street: '15 Skipton Road', district: 'LS29', pcn: 'aire', phone: '01632 960001' },
  { odsCode: 'B83002', name: 'Low Mill Surgery', street: '30 Cavendish Street', district: 'BD21', pcn: 'aire', phone: '01632 960012' },
  { odsCode: 'B83003', name: 'Saltaire Road Surgery', street: '52 Saltaire Road', district: 'BD18', pcn: 'aire', phone: '01632 960023' },
  { odsCode: 'B83004', name: 'Five Rise Practice', street: '7 Main Street', district: 'BD16', pcn: 'aire', phone: '01632 960034' },
  { odsCode: 'B83005', name: 'Little Germany Medical Centre', street: '19 Well Street', district: 'BD1', pcn: 'aire', phone: '01632 960045' },
  { odsCode: 'B83006', name: 'Heaton Woods Surgery', street: '64 Highgate', district: 'BD9', pcn: 'aire', phone: '01632 960056' },
  { odsCode: 'W97001', name: 'Meddygfa Glan Taf', street: '11 Clive Street', district: 'CF11', pcn: 'taf', phone: '029 2018 0011' },
  { odsCode: 'W97002', name: 'Roath Park Surgery', street: '38 Albany Road', district: 'CF24', pcn: 'taf', phone: '029 2018 0022' },
  { odsCode: 'W97003', name: "Meddygfa'r Bont", street: '5 Taff Street', district: 'CF37', pcn: 'taf', phone: '029 2018 0033' },
  { odsCode: 'W97004', name: 'Castle View Surgery', street: '22 Cardiff Road', district: 'CF83', pcn: 'taf', phone: '029 2018 0044' },
  { odsCode: 'W97005', name: 'Harbour Road Surgery', street: '71 Holton Road', district: 'CF62', pcn: 'taf', phone: '029 2018 0055' },
  { odsCode: 'W97006', name: 'Cliff Walk Surgery', street: '16 Stanwell Road', district: 'CF64', pcn: 'taf', phone: '029 2018 0066' },
  { odsCode: 'W97007', name: 'Bull Ring Surgery', street: '2 George Street', district: 'CF72', pcn: 'taf', phone: '029 2018 0077' },
  { odsCode: 'W97008', name: 'Whitchurch Common Surgery', street: '90 Merthyr Road', district: 'CF14', pcn: 'taf', phone: '029 2018 0088' },
];

const weekdays = (opens: string, closes: string): OpeningHoursJson[] =>
  ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, opens, closes }));

export interface LinkWorkerDef {
  firstName: string;
  surname: string;
  showSurname: boolean;
  roleTitle: string;
  languages: string[];
  photo?: { url: string; alt: string; show: boolean };
  /** Also a staff user with these roles. */
  staffRoles?: string[];
}

export interface ServiceDef {
  key: 'aire' | 'taf';
  name: string;
  description: string;
  howToRefer: string;
  acceptsSelfReferrals: boolean;
  typicalResponseDays: number;
  phone: string;
  textPhone: string;
  email: string;
  website: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  county: string;
  postcode: string;
  district: string;
  openingHours: OpeningHoursJson[];
  languages: string[];
  accessibility: string;
  /** PCNs whose practices the service covers. */
  pcns: PcnDef['key'][];
  linkWorkers: LinkWorkerDef[];
  /** Staff who are not link workers. */
  otherStaff: { displayName: string; email: string; roles: string[] }[];
}

const photo = (slug: string, alt: string, show = true) => ({ url: `/examples/assets/link-workers/${slug}.svg`, alt, show });

export const DEMO_SERVICES: readonly ServiceDef[] = [
  {
    key: 'aire',
    name: 'Aire Valley Social Prescribing',
    description:
      'Aire Valley Social Prescribing helps adults registered with a GP practice in Leeds, Bradford and the Aire and Wharfe valleys to find local groups, activities and support for what matters to them: feeling lonely, money or housing worries, low mood, living with a long-term condition, caring for someone, or wanting to get more active. A link worker meets you, listens, and helps you make a plan, then stays in touch while you try things out. The service is free and you do not need to be ill to use it.',
    howToRefer:
      'Ask anyone at your GP practice to refer you, or refer yourself with the online form or by phone. Health, council and voluntary sector professionals can refer someone with their consent. We will contact you within 5 working days to arrange a first conversation by phone, video or in person.',
    acceptsSelfReferrals: true,
    typicalResponseDays: 5,
    phone: '0113 496 0100',
    textPhone: '18001 0113 496 0100',
    email: 'hello.airevalley@example.org',
    website: 'https://example.org/aire-valley-social-prescribing',
    addressLine1: 'Aire Valley House',
    addressLine2: '21 Canal Road',
    town: 'Leeds',
    county: 'West Yorkshire',
    postcode: 'LS12 2PH',
    district: 'LS12',
    openingHours: [...weekdays('09:00', '17:00').map((h) => (h.day === 'THURSDAY' ? { ...h, closes: '19:00' } : h))],
    languages: ['en', 'ur', 'pa', 'pl'],
    accessibility:
      'Step-free entrance from the car park, accessible toilet and a hearing loop at reception. We can meet you at your GP practice or at home if you find it hard to get out. Interpreters (including BSL) can be booked for any appointment.',
    pcns: ['leeds', 'aire'],
    linkWorkers: [
      { firstName: 'Amira', surname: 'Hussain', showSurname: true, roleTitle: 'Social prescribing link worker', languages: ['en', 'ur', 'pa'], photo: photo('amira', 'Drawing of Amira, smiling, with dark hair tied back and a green top'), staffRoles: ['LINK_WORKER'] },
      { firstName: 'Tom', surname: 'Whitaker', showSurname: false, roleTitle: 'Health and wellbeing coach', languages: ['en'], photo: photo('tom', 'Drawing of Tom, smiling, with short grey hair and a blue top', false), staffRoles: ['LINK_WORKER'] },
      { firstName: 'Joanne', surname: 'Brook', showSurname: true, roleTitle: 'Care navigator', languages: ['en'], photo: photo('joanne', 'Drawing of Joanne, smiling, with long red hair and a purple top') },
      { firstName: 'Marek', surname: 'Nowak', showSurname: false, roleTitle: 'Community connector', languages: ['en', 'pl'] },
      { firstName: 'Priya', surname: 'Sharma', showSurname: true, roleTitle: 'Social prescribing link worker', languages: ['en', 'pa', 'hi'], photo: photo('priya', 'Drawing of Priya, smiling, with long black hair and a yellow top'), staffRoles: ['LINK_WORKER', 'ADMIN'] },
      { firstName: 'Dave', surname: 'Illingworth', showSurname: false, roleTitle: 'Social prescribing link worker', languages: ['en'] },
    ],
    otherStaff: [{ displayName: 'Helen Carter', email: 'helen.carter@example.org', roles: ['ADMIN'] }],
  },
  {
    key: 'taf',
    name: 'Cysylltu Cymunedol Taf',
    description:
      'Mae Cysylltu Cymunedol Taf yn eich helpu i ddod o hyd i grwpiau, gweithgareddau a chymorth lleol sy’n bwysig i chi. Cysylltu Cymunedol Taf (Taf Community Connect) helps people in Cardiff, Caerphilly, Rhondda Cynon Taf and the Vale of Glamorgan find local groups, activities and support for what matters to them, in Welsh or English. A link worker listens, helps you make a plan and stays in touch.',
    howToRefer:
      'Cyfeiriwch eich hun ar-lein neu dros y ffôn, neu gofynnwch i’ch meddygfa. Refer yourself online or by phone, or ask your GP surgery, health visitor, housing officer or any local service to refer you with your agreement. Tell us if you would like to speak Welsh.',
    acceptsSelfReferrals: true,
    typicalResponseDays: 7,
    phone: '029 2018 0100',
    textPhone: '18001 029 2018 0100',
    email: 'helo.taf@example.org',
    website: 'https://example.org/cysylltu-cymunedol-taf',
    addressLine1: 'Tŷ Taf',
    addressLine2: '8 Heol y Bont',
    town: 'Pontypridd',
    county: 'Rhondda Cynon Taf',
    postcode: 'CF37 4DP',
    district: 'CF37',
    openingHours: [...weekdays('09:00', '17:00'), { day: 'SATURDAY', opens: '10:00', closes: '13:00' }],
    languages: ['cy', 'en'],
    accessibility:
      'Mynediad heb risiau a thoiled hygyrch. Step-free access, accessible toilet and a quiet room. Appointments by phone or video, or at a community venue near you; BSL interpreters on request.',
    pcns: ['taf'],
    linkWorkers: [
      { firstName: 'Cerys', surname: 'Morgan', showSurname: true, roleTitle: 'Social prescribing link worker', languages: ['cy', 'en'], photo: photo('cerys', 'Drawing of Cerys, smiling, with curly brown hair and a red top'), staffRoles: ['LINK_WORKER'] },
      { firstName: 'Rhys', surname: 'Pritchard', showSurname: false, roleTitle: 'Community connector', languages: ['cy', 'en'], photo: photo('rhys', 'Drawing of Rhys, smiling, with a beard and a green top', false) },
      { firstName: 'Siân', surname: 'Lloyd', showSurname: true, roleTitle: 'Health and wellbeing coach', languages: ['cy', 'en'], photo: photo('sian', 'Drawing of Siân, smiling, with a short grey bob and a grey-blue top'), staffRoles: ['LINK_WORKER'] },
      { firstName: 'Kwame', surname: 'Mensah', showSurname: false, roleTitle: 'Care navigator', languages: ['en', 'fr'] },
      { firstName: 'Eleri', surname: 'Vaughan', showSurname: false, roleTitle: 'Social prescribing link worker', languages: ['cy', 'en'], staffRoles: ['LINK_WORKER', 'ADMIN'] },
    ],
    otherStaff: [{ displayName: 'Gareth Jenkins', email: 'gareth.jenkins@example.org', roles: ['ADMIN'] }],
  },
];

export const DEMO_ORIGINS = ['http://localhost:4000', 'http://127.0.0.1:4000', 'http://localhost:6006'];

export interface PartnerDef {
  key: string;
  name: string;
  kind: 'GP_PRACTICE' | 'PCN' | 'COUNCIL' | 'SOCIAL_PRESCRIBING_SERVICE' | 'ACTIVITY_PROVIDER';
  odsCode: string | null;
  practiceOds: string | null;
  service: ServiceDef['key'] | null;
  defaultLanguage: string;
  prefersMiles: boolean;
}

export const DEMO_PARTNERS: readonly PartnerDef[] = [
  { key: 'pk_demo_riverside', name: 'Riverside Surgery', kind: 'GP_PRACTICE', odsCode: 'B86001', practiceOds: 'B86001', service: 'aire', defaultLanguage: 'en', prefersMiles: true },
  { key: 'pk_demo_airevalley', name: 'Aire Valley Council', kind: 'COUNCIL', odsCode: null, practiceOds: null, service: 'aire', defaultLanguage: 'en', prefersMiles: false },
  { key: 'pk_demo_taf', name: 'Cysylltu Cymunedol Taf', kind: 'SOCIAL_PRESCRIBING_SERVICE', odsCode: null, practiceOds: null, service: 'taf', defaultLanguage: 'cy', prefersMiles: false },
];

export function staffEmail(firstName: string, surname: string): string {
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  return `${ascii(firstName)}.${ascii(surname)}@example.org`;
}
