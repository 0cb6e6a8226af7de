/**
 * Synthetic news archives for the benchmark: outlets that wrap every story in
 * their own page furniture, events of 1 to 20 reports spread over thirteen
 * years, wire stories syndicated to other outlets, 500 to 800 words a story.
 *
 * `tools/synth` (the evaluation's generator) labels furniture block by block
 * but makes stories of about 250 words with no events; the benchmark needs
 * archive-shaped data at 50,000 articles in seconds, so it has its own.
 * Deterministic for a seed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../../src/text/hash.ts';

/** Words of one story, drawn uniformly between these bounds. */
export const STORY_WORDS = { min: 500, max: 800 } as const;
/** Reports per event: 1 to 20, most events small (a cubed uniform draw). */
export const EVENT_REPORTS = { min: 1, max: 20 } as const;
/** Share of reports that are syndicated copies of another report of their event. */
export const SYNDICATED_SHARE = 0.15;
/** Share of files written as raw copy-paste text (`.txt`) rather than Markdown with front matter. */
export const RAW_TEXT_SHARE = 0.1;
/** Days from 2012-01-01 over which events are spread (about thirteen years). */
export const SPAN_DAYS = 4700;
/** Articles per outlet, roughly. */
export const ARTICLES_PER_OUTLET = 400;

export interface BenchArticle {
  /** Path relative to the content folder. */
  file: string;
  title: string;
  date: string;
  outlet: string;
  tags: string[];
  /** Story paragraphs, furniture excluded. */
  story: string[];
  /** The file as written. */
  content: string;
}

export interface BenchCorpus {
  articles: BenchArticle[];
  /** Every generated name, for new articles to reuse. */
  state: GeneratorState;
}

interface Outlet {
  name: string;
  slug: string;
  nav: string[];
  copyright: string;
  share: string;
  latest: string;
}

interface EventPlan {
  id: number;
  day: number;
  people: string[];
  places: string[];
  orgs: string[];
  keywords: string[];
  quotes: string[];
  headline: string;
}

export interface GeneratorState {
  seed: number;
  outlets: Outlet[];
  events: EventPlan[];
  next: number;
  random: () => number;
}

const COMMON = `the of and to in a is that for it as was with be by on not he this are or his from at which but have an they
you were her she there been one all we their has would when if so no will more can out up into do than said its could other
what about time only some new two year first after people over also back years where most made then many these them like well
way even because our such before through much where being against between during three city government week state public
month council plan report police court minister officials country told percent market company service services local health
school children families workers members water money support project area part number group national system program local
million billion spokesman spokeswoman statement agency authorities residents community meeting hospital election campaign
economy business prices tax budget law party leaders vote deal talks trade energy power housing transport road rail airport
weather storm flood fire emergency rescue search investigation trial judge case evidence charges arrest officers victims
increase decline growth rise fall early late later recent since until while though although however according further
announced expected reported confirmed warned promised denied rejected approved agreed decided called asked added noted
major small large high low long short strong weak full open closed free final whole main key current former next last`.split(/\s+/);

const SYLLABLES = ['ka', 'lo', 'ren', 'mar', 'ti', 'so', 'vel', 'an', 'dor', 'bri', 'el', 'mon', 'sa', 'tor', 'gan', 'li', 'ber', 'ca', 'ros', 'ni', 'fen', 'da', 'hal', 'mi', 'or', 'quen', 'ta', 'wyn', 'zel', 'pe'];
const ORG_HEADS = ['Council', 'Ministry', 'Corporation', 'Institute', 'Union', 'Authority', 'Party', 'Bank', 'University', 'Agency'];
const TOPICS = ['politics', 'economy', 'health', 'elections', 'courts', 'climate', 'energy', 'transport', 'education', 'crime', 'culture', 'sport', 'technology', 'housing', 'trade', 'weather'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32 as floats in [0, 1): small, fast, good enough for test data. */
function prng(seed: number): () => number {
  const bits = mulberry32(seed);
  return () => bits() / 4294967296;
}

const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function name(r: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += pick(r, SYLLABLES);
  return cap(s);
}

function isoDay(day: number): string {
  return new Date(Date.UTC(2012, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function newOutlet(r: () => number, i: number): Outlet {
  const name0 = `${name(r, 2)} ${pick(r, ['Times', 'Herald', 'Post', 'News', 'Gazette', 'Tribune', 'Courier', 'Daily'])}`;
  const slug = `${name0.toLowerCase().replace(/[^a-z]+/g, '-')}${i}`;
  const sections = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Video'];
  return {
    name: name0,
    slug,
    nav: Array.from({ length: int(r, 0, 2) }, () => sections.slice(0, int(r, 4, 8)).join(' | ')),
    copyright: `© ${name0}. All rights reserved. Reproduction without permission is prohibited.`,
    share: pick(r, ['Share this article: Facebook Twitter Email', 'Share on Facebook · Share on X · Copy link', 'Follow us on Facebook and Twitter for the latest news']),
    latest: pick(r, ['Latest news', 'More from ' + name0, 'Most read', 'Related stories']),
  };
}

function newEvent(r: () => number, id: number, day: number): EventPlan {
  const people = Array.from({ length: int(r, 1, 3) }, () => `${name(r, 2)} ${name(r, 3)}`);
  const places = Array.from({ length: int(r, 1, 2) }, () => name(r, 3));
  const orgs = Array.from({ length: int(r, 0, 2) }, () => `${name(r, 2)} ${pick(r, ORG_HEADS)}`);
  const keywords = Array.from({ length: 6 }, () => name(r, 2).toLowerCase());
  const quotes = Array.from({ length: int(r, 1, 3) }, () => sentence(r, keywords, 10, 18));
  const headline = `${people[0]!.split(' ')[1]} ${pick(r, ['warns', 'announces', 'rejects', 'backs', 'defends', 'unveils'])} ${keywords[0]} ${pick(r, ['plan', 'deal', 'inquiry', 'reform', 'bid', 'ruling'])} in ${places[0]}`;
  return { id, day, people, places, orgs, keywords, quotes, headline };
}

function sentence(r: () => number, keywords: readonly string[], min: number, max: number): string {
  const n = int(r, min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.12 ? pick(r, keywords) : pick(r, COMMON));
  return `${cap(words.join(' '))}.`;
}

/** One report of an event: 500–800 words of story, in paragraphs of two to four sentences. */
function story(r: () => number, e: EventPlan, outlet: Outlet, date: string): string[] {
  const target = int(r, STORY_WORDS.min, STORY_WORDS.max);
  const d = new Date(`${date}T00:00:00Z`);
  const place = e.places[0]!.toUpperCase();
  const paras: string[] = [];
  let words = 0;
  const lead = `${place}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} — ${e.people[0]} ${pick(r, ['said', 'announced', 'told reporters'])} on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} that the ${e.keywords[0]} ${pick(r, ['plan', 'deal', 'inquiry'])} in ${e.places[0]} would ${sentence(r, e.keywords, 8, 16).toLowerCase()}`;
  paras.push(outlet.slug.length % 3 === 0 ? lead : lead.replace(/^[^—]+— /, ''));
  words += lead.split(' ').length;
  while (words < target) {
    const k = int(r, 2, 4);
    const ss: string[] = [];
    for (let i = 0; i < k; i++) {
      if (r() < 0.15) ss.push(`"${pick(r, e.quotes).replace(/\.$/, '')}," said ${pick(r, e.people)}.`);
      else if (r() < 0.2 && e.orgs.length) ss.push(`The ${pick(r, e.orgs)} ${sentence(r, e.keywords, 8, 20).toLowerCase()}`);
      else ss.push(sentence(r, e.keywords, 10, 28));
    }
    const p = ss.join(' ');
    paras.push(p);
    words += p.split(' ').length;
  }
  return paras;
}

function markdownLine(text: string): string {
  return text.replace(/^([#>*+=_~`|-]|\d+[.)])/, '\\$1');
}

/** The file as an outlet's page would be saved: furniture around the story. */
function dress(r: () => number, a: Omit<BenchArticle, 'content' | 'file'>, outlet: Outlet, raw: boolean, others: readonly string[]): string {
  const blocks: string[] = [...outlet.nav];
  const body = [...a.story];
  if (body.length > 3 && r() < 0.5) body.splice(int(r, 1, body.length - 1), 0, `Also Read: ${pick(r, others)}`);
  blocks.push(...body, outlet.share);
  if (r() < 0.6) blocks.push(outlet.latest, ...Array.from({ length: int(r, 3, 5) }, () => pick(r, others)));
  blocks.push(outlet.copyright);
  if (raw) return `${[a.title, ...blocks].join('\n\n')}\n`;
  const fm = [`title: ${JSON.stringify(a.title)}`, `date: ${a.date}`, `source: ${JSON.stringify(a.outlet)}`];
  if (a.tags.length) fm.push(`tags: [${a.tags.join(', ')}]`);
  return `---\n${fm.join('\n')}\n---\n\n${blocks.map(markdownLine).join('\n\n')}\n`;
}

export function createState(seed: number, articles: number): GeneratorState {
  const random = prng(seed);
  const outlets = Array.from({ length: Math.max(8, Math.round(articles / ARTICLES_PER_OUTLET)) }, (_, i) => newOutlet(random, i));
  return { seed, outlets, events: [], next: 0, random };
}

/** Reports of one event: originals by several outlets, some copied to others. */
function reportsOf(state: GeneratorState, e: EventPlan, count: number, headlines: readonly string[]): BenchArticle[] {
  const r = state.random;
  const out: BenchArticle[] = [];
  let original: { story: string[]; title: string } | null = null;
  for (let i = 0; i < count; i++) {
    const outlet = pick(r, state.outlets);
    const date = isoDay(e.day + int(r, 0, 6));
    const copy: boolean = original !== null && r() < SYNDICATED_SHARE;
    const title: string = copy ? original!.title : i === 0 ? e.headline : `${cap(pick(r, e.keywords))} ${pick(r, ['row', 'talks', 'decision', 'fallout', 'vote'])}: ${e.people[0]!.split(' ')[1]} ${pick(r, ['responds', 'speaks', 'under pressure', 'hits back'])}`;
    let text: string[] = copy ? [...original!.story] : story(r, e, outlet, date);
    if (copy && r() < 0.4) text = text.slice(0, Math.max(3, Math.round(text.length * 0.7)));
    if (!copy && original === null) original = { story: text, title };
    else if (!copy && r() < 0.3) original = { story: text, title };
    const raw = r() < RAW_TEXT_SHARE;
    const n = state.next++;
    const tags = r() < 0.5 ? [pick(r, TOPICS), ...(r() < 0.5 ? [pick(r, TOPICS)] : [])] : [];
    const base = { title, date, outlet: outlet.name, tags: [...new Set(tags)], story: text };
    const file = `${outlet.slug}/${date.slice(0, 4)}/r${String(n).padStart(6, '0')}.${raw ? 'txt' : 'md'}`;
    out.push({ ...base, file, content: dress(r, base, outlet, raw, headlines) });
  }
  return out;
}

/** Generates an archive of `count` articles. */
export function generate(seed: number, count: number): BenchCorpus {
  const state = createState(seed, count);
  const r = state.random;
  const articles: BenchArticle[] = [];
  const headlines: string[] = [];
  while (articles.length < count) {
    const e = newEvent(r, state.events.length, int(r, 0, SPAN_DAYS));
    state.events.push(e);
    headlines.push(e.headline);
    const size = Math.min(count - articles.length, EVENT_REPORTS.min + Math.floor((EVENT_REPORTS.max - EVENT_REPORTS.min + 1) * r() ** 3));
    articles.push(...reportsOf(state, e, size, headlines.length > 20 ? headlines.slice(-200) : ['Markets close higher', 'Weather warning issued', 'Council meets tonight']));
  }
  return { articles, state };
}

/**
 * New articles as an archive receives them: dated after everything else, half
 * of them further reports of the newest events, half a new event.
 */
export function moreArticles(corpus: BenchCorpus, count: number): BenchArticle[] {
  const { state } = corpus;
  const r = state.random;
  const newest = [...state.events].sort((a, b) => b.day - a.day).slice(0, 3);
  const headlines = newest.map((e) => e.headline);
  const out: BenchArticle[] = [];
  const fresh = newEvent(r, state.events.length, SPAN_DAYS + 7);
  state.events.push(fresh);
  for (let i = 0; i < count; i++) {
    const e = i < count / 2 ? pick(r, newest) : fresh;
    const one = reportsOf(state, { ...e, day: Math.max(e.day, SPAN_DAYS) + 7 }, 1, headlines);
    out.push(...one);
  }
  corpus.articles.push(...out);
  return out;
}

/** Writes the articles under `dir` (emptied first). */
export async function writeCorpus(dir: string, articles: readonly BenchArticle[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await writeArticles(dir, articles);
}

export async function writeArticles(dir: string, articles: readonly BenchArticle[]): Promise<void> {
  const folders = new Set(articles.map((a) => path.dirname(path.join(dir, a.file))));
  for (const f of folders) await mkdir(f, { recursive: true });
  const queue = [...articles];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let a = queue.pop(); a; a = queue.pop()) await writeFile(path.join(dir, a.file), a.content);
    }),
  );
}
