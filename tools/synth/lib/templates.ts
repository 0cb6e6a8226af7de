/**
 * Page furniture templates of synthetic outlets, in two disjoint kits:
 * `tuned` (the rules were developed against it) and `heldOut` (written to
 * resemble other real sites, never used while tuning; the evaluation reports
 * on it separately).
 */
import type { Random } from './prng.ts';

/** An outlet of the synthetic corpus. */
export interface Outlet {
  name: string;
  domain: string;
  /** Short capitals for agencies' codes and sign-offs. */
  acronym: string;
  /** Agencies sign off and stamp codes on their copy. */
  agency: boolean;
  section: string;
}

/** What a template may draw on. */
export interface Ctx {
  outlet: Outlet;
  rnd: Random;
  /** ISO date of the article. */
  date: string;
  author: () => string;
  city: () => string;
  /** Lower-case topic words for tag lines. */
  topics: () => string[];
}

type Line = (c: Ctx) => string;

/** One kit: furniture families, each a list of alternative templates. */
export interface Kit {
  name: 'tuned' | 'held-out';
  /** Navigation lines put before the headline. */
  nav: Line[];
  byline: Line[];
  stamp: Line[];
  readingTime: Line[];
  caption: ((c: Ctx, caption: string) => string)[];
  insert: ((c: Ctx, title: string) => string)[];
  ad: Line[];
  boxHeading: Line[];
  listHeading: Line[];
  share: ((c: Ctx) => string[])[];
  promo: Line[];
  copyright: Line[];
  contact: Line[];
  comments: Line[];
  tags: Line[];
  credits: Line[];
  signOff: Line[];
  /** Appended to the last story sentence of agency copy. */
  code: Line[];
  /** Sentences a syndicating outlet adds to a copy (story text). */
  addedLine: Line[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso: string): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(`${iso}T00:00:00Z`);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), wd: dt.getUTCDay() };
}
const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (r: Random, h24 = false): string =>
  h24 ? `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}` : `${r.int(1, 12)}:${pad(r.int(0, 59))}`;
const ampm = (r: Random): string => r.pick(['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.']);
const upper = (s: string): string => s.toUpperCase();

export const tunedKit: Kit = {
  name: 'tuned',
  nav: [
    () => 'Skip to content',
    () => 'Skip to main content',
    () => 'Menu',
    () => 'Search',
    () => 'Subscribe',
    () => 'Sign in',
    (c) => `Home » News » ${c.outlet.section}`,
    (c) => `Home > ${c.outlet.section}`,
  ],
  byline: [
    (c) => `By ${c.author()}`,
    (c) => `Written by ${c.author()}`,
    (c) => `By ${c.author()} | ${c.rnd.pick(['Staff Writer', 'Senior Correspondent', 'Reporter'])}`,
    (c) => `By ${c.author()} and ${c.author()}`,
  ],
  stamp: [
    (c) => {
      const p = parts(c.date);
      return `Published: ${MONTHS[p.m]} ${p.d}, ${p.y}`;
    },
    (c) => {
      const p = parts(c.date);
      return `Last updated: ${p.d} ${MONTHS[p.m]} ${p.y}, ${clock(c.rnd, true)} GMT`;
    },
    (c) => {
      const p = parts(c.date);
      return `${MONTHS[p.m]!.slice(0, 3)}. ${p.d}, ${p.y} ${clock(c.rnd)} ${ampm(c.rnd)} ET`;
    },
    (c) => {
      const p = parts(c.date);
      return `Updated ${clock(c.rnd)} ${ampm(c.rnd)} ${DAYS[p.wd]}, ${MONTHS[p.m]} ${p.d}, ${p.y}`;
    },
  ],
  readingTime: [(c) => `${c.rnd.int(2, 12)} min read`],
  caption: [
    (c, cap) => `${cap} (Photo: ${c.rnd.pick(['Reuters', 'AFP', c.outlet.name, 'AP'])})`,
    (c, cap) => `${cap} Photo: ${c.author()}/Getty Images`,
    (c, cap) => `Photo: ${cap}`,
  ],
  insert: [
    (_c, t) => `Also Read: ${upper(t)}`,
    (_c, t) => `READ MORE: ${t}`,
    (_c, t) => `Related: ${t}`,
    (_c, t) => `Read more: ${t}`,
  ],
  ad: [() => 'Story continues below advertisement', () => 'Advertisement', () => 'ADVERTISEMENT'],
  boxHeading: [() => 'Related stories', () => 'Related', () => 'More on this story'],
  listHeading: [
    () => 'Latest news',
    () => 'Most read',
    (c) => `More from ${c.outlet.name}`,
    () => 'Related articles',
    () => 'You may also like',
  ],
  share: [
    (c) => [`${c.outlet.name} on Facebook`, `${c.outlet.name} on Twitter`, `${c.outlet.name} on LinkedIn`],
    () => ['Follow us on Twitter and Facebook'],
    () => ['Facebook Twitter WhatsApp Email'],
    () => ['Share this article'],
  ],
  promo: [
    (c) => `Sign up for the ${c.outlet.name} daily newsletter and get the top stories in your inbox every morning.`,
    () => 'Subscribe to our newsletter for the latest updates.',
    () => 'Support independent journalism: become a member today.',
  ],
  copyright: [
    (c) => `© ${parts(c.date).y} ${c.outlet.name}. All rights reserved.`,
    (c) => `Copyright ${parts(c.date).y} ${c.outlet.name}`,
  ],
  contact: [(c) => `Contact: newsdesk@${c.outlet.domain}`, (c) => `Email: editor@${c.outlet.domain}`],
  comments: [() => 'Leave a comment', (c) => `${c.rnd.int(0, 90)} comments`, () => 'Leave a Reply'],
  tags: [(c) => `Tags: ${c.topics().join(', ')}`],
  credits: [(c) => `(Reporting by ${c.author()}; Editing by ${c.author()})`],
  signOff: [(c) => `${c.outlet.name} (${c.outlet.acronym})`],
  code: [
    (c) => `(${c.rnd.pick(['T', 'A', 'K', 'P'])}/R${pad(c.rnd.int(1, 20))}/R${pad(c.rnd.int(1, 20))})`,
    (c) => `(${c.outlet.acronym})`,
  ],
  addedLine: [
    (c) => `Officials in ${c.city()} said on ${c.rnd.pick(DAYS)} they were following the developments closely.`,
    (c) => `The ${c.outlet.name} has contacted the authorities for further comment.`,
    (c) => `Local leaders in ${c.city()} called for calm and asked residents to avoid speculation.`,
  ],
};

export const heldOutKit: Kit = {
  name: 'held-out',
  nav: [
    () => 'Jump to navigation',
    () => 'Toggle navigation',
    () => 'Open menu',
    () => 'Log in',
    () => 'My account',
    (c) => `News / ${c.outlet.section}`,
    () => 'Close',
  ],
  byline: [
    (c) => `Story by ${c.author()}`,
    (c) => `Reported by ${c.author()}`,
    (c) => `${c.author()}, ${c.rnd.pick(['Correspondent', 'Political Editor', 'Staff'])}`,
    (c) => `Author: ${c.author()}`,
  ],
  stamp: [
    (c) => {
      const p = parts(c.date);
      return `Posted on ${MONTHS[p.m]} ${p.d}, ${p.y}`;
    },
    (c) => {
      const p = parts(c.date);
      return `${pad(p.d)}/${pad(p.m + 1)}/${p.y} ${clock(c.rnd, true)}`;
    },
    (c) => {
      const p = parts(c.date);
      return `${DAYS[p.wd]} ${p.d} ${MONTHS[p.m]} ${p.y} ${clock(c.rnd, true)} BST`;
    },
    (c) => {
      const p = parts(c.date);
      return `First published on ${DAYS[p.wd]} ${p.d} ${MONTHS[p.m]} ${p.y}`;
    },
  ],
  readingTime: [(c) => `Reading time: ${c.rnd.int(2, 9)} minutes`, () => 'Listen to this article'],
  caption: [
    (c, cap) => `${cap} | Photo credit: ${c.author()}`,
    (c, cap) => `${cap} (Image: ${c.rnd.pick(['EPA', 'Shutterstock', c.outlet.name])})`,
    (_c, cap) => `File photo: ${cap}`,
  ],
  insert: [
    (_c, t) => `Don't miss: ${t}`,
    (_c, t) => `RELATED: ${upper(t)}`,
    (_c, t) => `Watch: ${t}`,
    (_c, t) => `READ ALSO | ${t}`,
    (_c, t) => `Must Read: ${t}`,
  ],
  ad: [() => 'Advertisement - scroll to continue', () => 'Article continues after this ad', () => 'Sponsored'],
  boxHeading: [() => 'Editor\u2019s picks', () => 'Recommended', () => 'See also'],
  listHeading: [
    () => 'Trending now',
    () => 'Most popular',
    () => 'Top stories',
    () => 'Recommended for you',
    () => 'Read next',
    () => 'In other news',
  ],
  share: [
    (c) => [`Find ${c.outlet.name} on Instagram`],
    () => ['Share on WhatsApp'],
    () => ['Click to share on Twitter (Opens in new window)', 'Click to share on Facebook (Opens in new window)'],
    (c) => [`Follow ${c.outlet.name} on Google News`],
  ],
  promo: [
    () => 'Get our free Morning Briefing in your inbox every weekday.',
    () => 'Download our app for breaking news alerts.',
    (c) => `Want more stories like this? Subscribe to ${c.outlet.name} today.`,
  ],
  copyright: [
    (c) => `Copyright © ${parts(c.date).y} ${c.outlet.name}`,
    (c) => `${c.outlet.name} © ${parts(c.date).y}. All rights reserved.`,
  ],
  contact: [(c) => `Send us your tips: tips@${c.outlet.domain}`, (c) => `Phone: +44 20 ${c.rnd.int(1000, 9999)} ${c.rnd.int(1000, 9999)}`],
  comments: [(c) => `Comments (${c.rnd.int(1, 40)})`, () => 'Join the conversation', () => 'Be the first to comment'],
  tags: [(c) => `Filed under: ${c.topics().join(', ')}`, (c) => `Topics: ${c.topics().join(' | ')}`],
  credits: [(c) => `Additional reporting by ${c.author()}`, (c) => `Edited by ${c.author()}`],
  signOff: [(c) => `— ${c.outlet.acronym}`],
  code: [(c) => `-- ${c.outlet.acronym}`, (c) => `(${c.outlet.acronym}/${c.rnd.pick(['AK', 'JS'])})`],
  addedLine: [
    (c) => `Residents of ${c.city()} told reporters they had not been warned in advance.`,
    (c) => `A spokesperson for the regional government in ${c.city()} declined to comment on ${c.rnd.pick(DAYS)}.`,
    () => 'It was not immediately clear how many people were affected.',
  ],
};

export const FIRST_NAMES = ['Maria', 'James', 'Aisha', 'Tom', 'Ana', 'Peter', 'Lena', 'Omar', 'Grace', 'Daniel', 'Priya', 'Lucas', 'Sofia', 'Chen', 'Kwame', 'Elena', 'Ravi', 'Hannah', 'Mateo', 'Yuki'];
export const LAST_NAMES = ['Gonzalez', 'Whitaker', 'Khan', 'Lima', 'Graff', 'Novak', 'Haddad', 'Okafor', 'Martin', 'Patel', 'Silva', 'Wei', 'Mensah', 'Petrova', 'Rao', 'Fischer', 'Ortiz', 'Tanaka', 'Byrne', 'Dubois'];
export const CITIES = ['Leeds', 'Porto', 'Lagos', 'Ottawa', 'Pune', 'Gdansk', 'Valencia', 'Nairobi', 'Adelaide', 'Tampere', 'Cork', 'Bergen'];
const NAME_A = ['Harbour', 'Northfield', 'Meridian', 'Riverside', 'Capital', 'Coastal', 'Union', 'Evening', 'Highland', 'Lakeside', 'Metro', 'Central', 'Western', 'Eastern', 'Pacific', 'Atlantic', 'Granite', 'Summit', 'Valley', 'Crown'];
const NAME_B = ['Times', 'Gazette', 'Ledger', 'Herald', 'Courier', 'Post', 'Chronicle', 'Observer', 'Tribune', 'Dispatch', 'Monitor', 'Journal', 'Record', 'Sentinel', 'Standard', 'Express'];
const AGENCY_B = ['News Agency', 'Press Agency', 'Wire Service', 'News Service'];
const SECTIONS = ['World', 'Politics', 'Business', 'Health', 'Science', 'Sport', 'Culture', 'Technology', 'Local'];

/** Make the `i`-th outlet of a corpus; names are unique within one corpus for `i` below 640. */
export function makeOutlet(i: number, rnd: Random, prefix = ''): Outlet {
  const a = NAME_A[i % NAME_A.length]!;
  const agency = i % 7 === 3;
  const b = agency ? AGENCY_B[Math.floor(i / NAME_A.length) % AGENCY_B.length]! : NAME_B[Math.floor(i / NAME_A.length) % NAME_B.length]!;
  const lead = rnd.chance(0.4) && !agency ? 'The ' : '';
  const round = Math.floor(i / (NAME_A.length * NAME_B.length));
  const name = `${lead}${prefix}${a} ${b}${round > 0 ? ` ${round + 1}` : ''}`;
  const acronym = (prefix + a + ' ' + b).split(/\s+/).map((w) => w[0]!.toUpperCase()).join('') + (round > 0 ? String(round + 1) : '');
  return {
    name,
    domain: `${(prefix + a + b).toLowerCase().replace(/[^a-z]/g, '')}${round > 0 ? round + 1 : ''}.example`,
    acronym,
    agency,
    section: rnd.pick(SECTIONS),
  };
}
