/**
 * Naming events: the headline an event is titled with and the sentence that
 * sums it up, chosen among its reports (part of step 5 of `clusterEvents`).
 */
import type { Article } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import { dateIn, hasOwnHeadline } from '../../../per-article/parse/index.ts';
import { EVENT_HEADLINE_MAX, EVENT_SUMMARY_MAX, EVENT_TITLE_MAX, NAMING_CANDIDATES, SUMMARY_MIN_WORDS, TITLE_MAX_WORDS, TITLE_MIN_WORDS } from '../settings.ts';
import type { Profile } from './profile.ts';
import { cosine } from './vectors.ts';

/** What naming reads of the archive besides one cluster. */
export interface NamingContext {
  articles: readonly Article[];
  profiles: readonly Profile[];
  /** The canonical article of each article's syndication group, by index. */
  groups: readonly number[];
  /** Each article's summed probability to the other members of its cluster. */
  centrality: Float64Array;
  /** Lines the archive treats as page furniture, folded (see `foldLine`). */
  furniture: ReadonlySet<string>;
  /** Each article's story blocks: its kept blocks that are not links to other stories. */
  storyBlocks: readonly (readonly string[])[];
}

/** A line folded for comparison: lowercase, spaces folded, end punctuation dropped. */
export const foldLine = (line: string): string => line.toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.:;,!?|–—-]+$/u, '').trim();

/**
 * The lines of the archive that are furniture: every block a phase removed
 * and every outlet's name, but not another report's own headline (a list of
 * headlines links to stories; their headlines stay headlines).
 */
export function furnitureLines(articles: readonly Article[]): Set<string> {
  const lines = new Set<string>();
  for (const a of articles) {
    if (a.source) lines.add(foldLine(a.source));
    for (const b of a.blocks) if (b.removed && b.text.length <= EVENT_HEADLINE_MAX) lines.add(foldLine(b.text));
  }
  for (const a of articles) if (hasOwnHeadline(a) && !(a.source && foldLine(a.source) === foldLine(a.title))) lines.delete(foldLine(a.title));
  lines.delete('');
  return lines;
}

/** Whether a line is cut short: it ends in an ellipsis. */
const isCut = (line: string): boolean => /(?:…|\.\.\.)["'’”)]*$/u.test(line.trim());

/** Whether a line is mostly a date ("Saturday, August 24, 2013"): a page's stamp, not a headline. */
function isDate(line: string): boolean {
  if (!/\d{4}/u.test(line)) return false;
  const found = dateIn(line);
  return found !== null && found.text.length >= line.length * 0.6;
}

/** Whether a line reads as a headline: a length of words a headline has, whole, and not furniture. */
export function isWellFormedHeadline(line: string, furniture: ReadonlySet<string>): boolean {
  const t = line.replace(/\s+/gu, ' ').trim();
  const words = t.split(' ').filter(Boolean).length;
  return words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS && t.length <= EVENT_HEADLINE_MAX && /\p{L}/u.test(t) && !isCut(t) && !isDate(t) && !furniture.has(foldLine(t));
}

/**
 * How much the other reports of a cluster agree with one report's
 * headline: the sum, over the other syndication groups, of the best cosine
 * of its title terms to a member's title and first block.
 */
function agreement(i: number, members: readonly number[], context: NamingContext): number {
  const best = new Map<number, number>();
  const own = context.groups[i] as number;
  for (const j of members) {
    const g = context.groups[j] as number;
    if (g === own) continue;
    const c = cosine((context.profiles[i] as Profile).title, (context.profiles[j] as Profile).lead);
    if (c > (best.get(g) ?? 0)) best.set(g, c);
  }
  let sum = 0;
  for (const c of best.values()) sum += c;
  return sum;
}

/**
 * The best of `candidates` (article indexes) by agreement, then centrality,
 * then id; only the `NAMING_CANDIDATES` most central are weighed, so naming
 * an event of thousands of reports stays linear in its size.
 */
function mostAgreed(candidates: readonly number[], members: readonly number[], context: NamingContext): number | null {
  let best: number | null = null;
  let bestScore = -1;
  const weighed =
    candidates.length <= NAMING_CANDIDATES
      ? candidates
      : [...candidates].sort((x, y) => (context.centrality[y] as number) - (context.centrality[x] as number) || x - y).slice(0, NAMING_CANDIDATES);
  for (const i of weighed) {
    const s = agreement(i, members, context);
    const b = best;
    const better =
      b === null ||
      s > bestScore + 1e-9 ||
      (Math.abs(s - bestScore) <= 1e-9 &&
        ((context.centrality[i] as number) > (context.centrality[b] as number) ||
          ((context.centrality[i] as number) === (context.centrality[b] as number) && byCodeUnits((context.articles[i] as Article).id, (context.articles[b] as Article).id) < 0)));
    if (better) [best, bestScore] = [i, s];
  }
  return best;
}

/** A dateline before a story's first words ("TEHRAN, 16 April (MINA) –", "LONDON (Reuters) -"). */
const DATELINE = /^(?:\p{Lu}[\p{Lu}.' ]{1,40}(?:\([^)]{1,40}\))?|\p{Lu}[\p{L}.' ]{1,40}(?:,[^–—()]{0,60})?\s*\([^)]{1,40}\))\s*[–—-]{1,2}\s+(?=\S)/u;

/** A sentence's end: a stop (and a closing quote) before a space and a capital or an opening quote. */
const SENTENCE_END = /(?<=[.!?]["”’]?)(?<!\b\p{Lu}\.)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|No|U\.S)\.)\s+(?=["“‘]?\p{Lu})/u;

/** Words a caption or credit starts or ends with. */
const CAPTION = /^(?:photo|image|picture|file photo|video|watch|listen|credit|caption)\b|\b(?:photo|image|picture)s?\s*(?:by|:|credit)|getty images|\/\s*(?:ap|afp|reuters)\b|\((?:photo|image|file)\b/iu;

/** The whole sentences of a paragraph, its dateline dropped. */
function sentences(paragraph: string): string[] {
  const body = paragraph.replace(/\s+/gu, ' ').trim();
  const dropped = DATELINE.test(body) && body.length > 40 ? body.replace(DATELINE, '') : body;
  return dropped
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whether a sentence sums a story up: whole, long enough, not a caption, not furniture. */
function isSummarySentence(s: string, furniture: ReadonlySet<string>): boolean {
  return (
    /[.!?]["”’)]?$/u.test(s) && s.split(' ').length >= SUMMARY_MIN_WORDS && s.length <= EVENT_SUMMARY_MAX && !CAPTION.test(s) && !furniture.has(foldLine(s)) && !isCut(s)
  );
}

/** The first sentence of a report's story that sums it up, or null. */
function leadSentence(i: number, context: NamingContext): string | null {
  for (const block of (context.storyBlocks[i] ?? []).slice(0, 3)) {
    const first = sentences(block)[0];
    if (first !== undefined && isSummarySentence(first, context.furniture)) return first;
  }
  return null;
}

/** A headline made from a sentence: its stop dropped; when too long, cut at the last clause that fits, never mid-clause with an ellipsis. */
export function headlineOfSentence(sentence: string, max = EVENT_TITLE_MAX): string {
  const s = sentence
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/[.!?]+["”’]?$/u, '')
    .trim();
  if (s.length <= max) return s;
  const clauses = [...s.slice(0, max).matchAll(/[,;:–—]\s/gu)].map((m) => m.index as number).filter((at) => at >= max / 3);
  const at = clauses[clauses.length - 1];
  if (at !== undefined) return s.slice(0, at).trim();
  const word = s.slice(0, max).lastIndexOf(' ');
  return s.slice(0, word > max / 2 ? word : max).replace(/[\s,;:–—-]+$/u, '');
}

/** An event's title and summary sentence. */
export interface EventName {
  title: string;
  description: string;
}

/** Whether a report's own headline may stand for its event, whole (`'whole'`), cut at a clause (`'long'`: a sentence run long), or not at all. */
function headlineUse(a: Article, furniture: ReadonlySet<string>): 'whole' | 'long' | null {
  if (!hasOwnHeadline(a)) return null;
  if (isWellFormedHeadline(a.title, furniture)) return 'whole';
  const t = a.title.replace(/\s+/gu, ' ').trim();
  return t.split(' ').length > TITLE_MAX_WORDS && !isCut(t) && !furniture.has(foldLine(t)) ? 'long' : null;
}

/**
 * Name a cluster: the well-formed headline its reports agree with most
 * (a report's own headline, never one made from its lead), else a headline
 * run long cut at a clause, else a headline made from the lead sentence
 * they agree with most; the summary is the lead sentence of the report that
 * gave the title, else of the most agreed one.
 */
export function nameCluster(members: readonly number[], context: NamingContext): EventName {
  const { articles, furniture } = context;
  const use = members.map((i) => headlineUse(articles[i] as Article, furniture));
  const leads = new Map<number, string>();
  for (const i of members) {
    const s = leadSentence(i, context);
    if (s !== null) leads.set(i, s);
  }
  const titled = mostAgreed(members.filter((_, k) => use[k] === 'whole'), members, context) ?? mostAgreed(members.filter((_, k) => use[k] === 'long'), members, context);
  const summarised = titled !== null && leads.has(titled) ? titled : mostAgreed([...leads.keys()], members, context);
  const description = summarised === null ? '' : (leads.get(summarised) as string);
  if (titled !== null) return { title: headlineOfSentence((articles[titled] as Article).title, EVENT_HEADLINE_MAX), description };
  if (summarised !== null) return { title: headlineOfSentence(description), description };
  const central = mostAgreed(members, members, context) as number;
  return { title: headlineOfSentence((articles[central] as Article).title.replace(/…$/u, '')), description };
}
