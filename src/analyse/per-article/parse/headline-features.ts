/**
 * What the headline picker sees of each line near the start of a copied
 * page: its shape (length, capitals, end punctuation), its place (before or
 * after the first story paragraphs), its neighbours (a byline, a date stamp,
 * a story paragraph) and whether its words recur in the story under it. The
 * features are shared by the picker (`headline.ts`) and the script that
 * learns their weights (`tools/headline/`).
 */
import { dateIn } from './infer.ts';
import { BY_LABEL, bareName, bylineAuthor } from './byline.ts';

/** A line of a page as the picker reads it. */
export interface PageLine {
  text: string;
  /** 1-based line in the file; a gap between two lines is a blank line between them. */
  line: number;
}

/** A line (or a line with its site name cut off) that could be the headline, with its features. */
export interface HeadlineCandidate {
  /** Index of the line among the page's lines. */
  index: number;
  /** The headline this candidate gives. */
  text: string;
  /** Whether `text` is the line with a trailing site name or label cut off (" | Outlet"). */
  cut: boolean;
  /** Feature name → value; absent features are 0. */
  features: Record<string, number>;
}

/** A story paragraph has at least this many words, and ends as a sentence does (or runs to `PROSE_LONG_WORDS`). */
const PROSE_MIN_WORDS = 12;
/** A line of at least this many words is a paragraph however it ends (words). */
const PROSE_LONG_WORDS = 25;
/** Candidates are taken up to this many story paragraphs into the page (count): menus may hold a paragraph or two. */
const CANDIDATE_PROSE_LINES = 5;
/** Most lines looked at for a headline (lines), so that a page of thousands of lines costs no more than its start. */
const MAX_CANDIDATE_LINES = 600;
/** A headline has at most this many words. */
const MAX_CANDIDATE_WORDS = 40;
/** Words of story text after a line that its words are looked for in (words): a lead and a paragraph or two. */
const LEAD_WORDS = 250;
/** Topic words shared with the story from which more say nothing more (words). */
const OVERLAP_WORDS = 6;
/** Lines around a candidate searched for its byline or date stamp (lines, each side). */
const STAMP_REACH = 3;
/** A line is short (a label, a menu entry) at most at this many words. */
const SHORT_WORDS = 3;
/** A date stamp line has at most this many words: "Posted on 3 March 2024 in Health, Science by Jane Doe". */
const MAX_STAMP_WORDS = 20;
/** A trailing site name or label cut from a line has at most this many words. */
const MAX_CUT_WORDS = 6;

/** A page title has at most this many separators ("Headline – Section | Outlet"). */
const MAX_TITLE_SEPARATORS = 2;

/** Separators between a headline and a site name or label in a page title ("Headline | Outlet", "Headline – Outlet"). */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|»|·|•)\s+/gu;

/** Words that carry no topic, for the share of function words and the words a headline shares with its story. */
const FUNCTION_WORDS = new Set(
  (
    'a about after all also an and any are as at be been but by can could do does for from had has have he her his how i if ' +
    'in into is it its just more most my new no not now of on one or our out over she so some than that the their them then ' +
    'there these they this those to up us was we were what when where which who why will with would you your'
  ).split(' '),
);

/** A reading-time label: "6 min read", "Reading time: 4 minutes". */
const READING_TIME = /^(?:\d+\s*(?:-|\s)?\s*min(?:ute)?s?\s+read|reading\s+time\s*:?\s*\d+.{0,20})$/iu;

/** Words by which a page speaks to its reader or of itself, as promotions and cookie notices do. */
const READER_WORDS = new Set(['you', 'your', 'yours', 'we', 'our', 'us', "you're", 'you’re', "we're", 'we’re']);

/** A line read once: its words, its topic words, and what kind of line it is. */
interface LineFacts {
  text: string;
  words: number;
  /** Lower-cased topic words (letters, three or more, not function words). */
  topic: Set<string>;
  prose: boolean;
  stamp: boolean;
  byline: boolean;
  /** A person's name alone, or before a date. */
  name: boolean;
  /** A blank line stood before it in the file. */
  gapBefore: boolean;
  /** Lower-cased text with whitespace folded, for repeats. */
  key: string;
}

const wordsOf = (text: string): string[] => text.split(/\s+/u).filter(Boolean);
const lowerWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** Lower-cased topic words of a text. */
export function topicWords(text: string): Set<string> {
  return new Set(lowerWords(text).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && /\p{L}/u.test(w)));
}

/** Whether a line is a story paragraph by its shape: long, or a sentence of `PROSE_MIN_WORDS` words or more. */
export function isProse(text: string, words: number): boolean {
  return words >= PROSE_LONG_WORDS || (words >= PROSE_MIN_WORDS && /[.!?:;"”’)…]$/u.test(text));
}

/** Whether a short line states a date ("September 4, 2025", "Published: 3 March 2024 10:02"). */
export function isDateStamp(text: string): boolean {
  if (wordsOf(text).length > MAX_STAMP_WORDS || !/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/u.test(text)) return false;
  // Copied text glues a stamp's year to the next word or time ("March 3, 2025Jane Doe"), and some pages write
  // "March 3. 2025" or "3.Mar.2025" (enrich's `tidyDate` reads them the same way).
  const tidy = text
    .replace(/((?:19|20)\d{2})(?=\p{L}|\d{1,2}:\d{2})/gu, '$1 ')
    .replace(/(\p{L}{3,}\.? \d{1,2})\. (?=\d{4})/gu, '$1, ')
    .replace(/\b(\d{1,2})\.(\p{L}{3,})\.(\d{4})\b/gu, '$1 $2 $3');
  return /^\d{4}-\d{2}-\d{2}\b/u.test(tidy) || dateIn(tidy) !== null;
}

function readLine(p: PageLine, previous: PageLine | undefined): LineFacts {
  const words = wordsOf(p.text).length;
  return {
    text: p.text,
    words,
    topic: topicWords(p.text),
    prose: isProse(p.text, words),
    stamp: isDateStamp(p.text),
    byline: bylineAuthor(p.text) !== null,
    name: words <= 8 && bareName(p.text) !== null,
    gapBefore: previous !== undefined && p.line - previous.line > 1,
    key: p.text.toLowerCase().replace(/\s+/gu, ' ').trim(),
  };
}

/** The bucket a count falls in, as a feature name: `name:lo-hi`. */
function bucket(name: string, value: number, edges: readonly number[]): string {
  for (let i = 0; i < edges.length; i++) {
    if (value < edges[i]!) return `${name}:${i === 0 ? `<${edges[0]}` : `${edges[i - 1]}-${edges[i]! - 1}`}`;
  }
  return `${name}:${edges[edges.length - 1]}+`;
}

/** Shape of a text alone: length, capitals, end punctuation, digits, function words. */
function shapeFeatures(text: string, f: Record<string, number>): void {
  const words = wordsOf(text);
  f[bucket('words', words.length, [2, 3, 5, 9, 15, 21, 31])] = 1;
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  const content = lettered.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const capital = content.filter((w) => /^[^\p{L}\p{N}]*\p{Lu}/u.test(w)).length;
  f.capitalShare = content.length ? capital / content.length : 0;
  // Two copies of one headline may differ only in whether "Of" and "The" are capitalised.
  const small = lettered.slice(1).filter((w) => FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (small.length >= 2 && text !== text.toUpperCase()) f.functionCapitals = small.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / small.length;
  if (lettered.length >= 2 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) f.allCapitals = 1;
  if (/^[^\p{L}\p{N}]*\p{Ll}/u.test(text)) f.lowerStart = 1;
  const end = text.slice(-1);
  if (end === '.') f.endStop = 1;
  else if (end === '?') f.endQuestion = 1;
  else if (end === '!') f.endExclamation = 1;
  else if (end === ':') f.endColon = 1;
  else if (end === ',' || end === ';') f.endComma = 1;
  else if (end === '…') f.endEllipsis = 1;
  if (/\p{Ll}{2}\.["”’]?\s+\p{Lu}/u.test(text)) f.twoSentences = 1;
  const chars = text.replace(/\s/gu, '');
  f.digitShare = chars.length ? (chars.match(/\p{N}/gu)?.length ?? 0) / chars.length : 0;
  if (/^\p{N}/u.test(text)) f.digitStart = 1;
  f.symbolShare = chars.length ? (chars.match(/[^\p{L}\p{N}'’.,:;!?"“”()-]/gu)?.length ?? 0) / chars.length : 0;
  const lower = lowerWords(text);
  f.functionShare = lower.length ? lower.filter((w) => FUNCTION_WORDS.has(w)).length / lower.length : 0;
  f.readerWords = lower.length ? lower.filter((w) => READER_WORDS.has(w)).length / lower.length : 0;
  if (/\((?:photos?|images?|pictures?|credit|source|video|file)\b[^)]*\)$|^(?:photo|image|credit|source)\s*:/iu.test(text)) f.credit = 1;
  if (/https?:\/\/|www\.|@\w+\.\w/u.test(text)) f.address = 1;
  if (/©|\bcopyright\b/iu.test(text)) f.copyright = 1;
  if (/[>»›]|\s\/\s/u.test(text)) f.breadcrumbMark = 1;
  f[bucket('separators', [...text.matchAll(TITLE_SEPARATOR)].length, [1, 2, 3])] = 1;
}

/** Lexical cues: the line's words (and its first word) as features, for the model to learn furniture words from. */
function wordFeatures(text: string, f: Record<string, number>): void {
  const lower = lowerWords(text).filter((w) => /\p{L}/u.test(w));
  for (const w of new Set(lower)) f[`w:${w}`] = 1;
  if (lower[0]) f[`first:${lower[0]}`] = 1;
}

/** How many of `words` are found in `pool`. */
function hits(words: ReadonlySet<string>, pool: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (pool.has(w)) n++;
  return n;
}

/** Topic words of the story text under line `i`: the prose lines after it, up to `LEAD_WORDS` words. */
function leadAfter(facts: readonly LineFacts[], i: number): Set<string> {
  const pool = new Set<string>();
  let words = 0;
  for (let j = i + 1; j < facts.length && words < LEAD_WORDS; j++) {
    if (!facts[j]!.prose) continue;
    for (const w of facts[j]!.topic) pool.add(w);
    words += facts[j]!.words;
  }
  return pool;
}

/** The features of line `i` as a headline (`text` is the line or the line cut short). */
function candidateFeatures(page: Page, i: number, text: string, proseBefore: number): Record<string, number> {
  const { facts, counts, storyWords, storyStart } = page;
  const f: Record<string, number> = { bias: 1 };
  const me = facts[i]!;
  shapeFeatures(text, f);
  wordFeatures(text, f);
  f[bucket('position', i, [1, 3, 10, 30, 100])] = 1;
  f[bucket('proseBefore', proseBefore, [1, 2, 4])] = 1;
  f[i < storyStart ? bucket('storyBelow', storyStart - i, [2, 3, 6, 11, 31]) : 'storyBelow:no'] = 1;
  let next = i + 1;
  while (next < facts.length && !facts[next]!.prose) next++;
  f[next < facts.length ? bucket('proseAfter', next - i, [2, 3, 6, 11]) : 'proseAfter:none'] = 1;
  const around = (test: (l: LineFacts) => boolean, from: number, to: number) => {
    for (let j = Math.max(0, from); j <= Math.min(facts.length - 1, to); j++) if (j !== i && test(facts[j]!)) return 1;
    return 0;
  };
  f.stampNext = around((l) => l.stamp, i + 1, i + STAMP_REACH);
  f.stampBefore = around((l) => l.stamp, i - STAMP_REACH, i - 1);
  f.bylineNext = around((l) => l.byline, i + 1, i + STAMP_REACH);
  f.bylineBefore = around((l) => l.byline, i - STAMP_REACH, i - 1);
  f.nameNext = around((l) => l.name, i + 1, i + STAMP_REACH);
  f.nameBefore = around((l) => l.name, i - STAMP_REACH, i - 1);
  f.afterByLabel = around((l) => BY_LABEL.test(l.text), i - 2, i - 1);
  // An author's bio opens with the name its byline gives ("Jane Doe is a reporter who …").
  f.opensNextProse = around((l) => l.prose && l.text.startsWith(text) && l.text.length > text.length, i + 1, i + STAMP_REACH);
  f.proseNext = facts[i + 1]?.prose ? 1 : 0;
  f.shortNext = facts[i + 1] && facts[i + 1]!.words <= SHORT_WORDS ? 1 : 0;
  f.shortBefore = facts[i - 1] && facts[i - 1]!.words <= SHORT_WORDS ? 1 : 0;
  // A line inside a run of short lines is a menu entry; a headline stands apart from the menus around it.
  let run = 0;
  for (let j = i - 1; j >= 0 && facts[j]!.words <= SHORT_WORDS; j--) run++;
  let after = 0;
  for (let j = i + 1; j < facts.length && facts[j]!.words <= SHORT_WORDS; j++) after++;
  if (me.words <= SHORT_WORDS) f[bucket('inShortRun', Math.min(run, after), [1, 2, 4])] = 1;
  if (me.gapBefore) f.gapBefore = 1;
  if (facts[i + 1]?.gapBefore) f.gapAfter = 1;
  if (me.stamp) f.isStamp = 1;
  if (me.byline) f.isByline = 1;
  if (me.name) f.isName = 1;
  const key = text.toLowerCase().replace(/\s+/gu, ' ').trim();
  const repeats = (counts.get(key) ?? 1) - (key === me.key ? 1 : 0);
  f[bucket('repeats', repeats, [1, 2])] = 1;
  Object.assign(f, containment(facts, i, key));
  const topic = topicWords(text);
  f.topicWords = Math.min(topic.size, 12) / 12;
  const lead = leadAfter(facts, i);
  // Shares are smoothed by one word, so that a line of one or two words does not match its story by chance alone.
  const inLead = hits(topic, lead);
  f.leadOverlap = inLead / (topic.size + 1);
  f.leadHits = Math.min(inLead, OVERLAP_WORDS) / OVERLAP_WORDS;
  f.storyOverlap = hits(topic, storyWords) / (topic.size + 1);
  return f;
}

/** A line shorter than this is not looked for inside other lines (characters): short labels recur by chance. */
const MIN_CONTAINED_CHARS = 12;

/**
 * How a candidate's text and the other lines hold one another: a headline shown cut short elsewhere
 * ("Top 11 Companies" above "Top 11 Companies Driving Innovation") is the start of a longer line, and a
 * breadcrumb trail or a label glued to a headline ("Introduction: How to Make Furniture") ends with one.
 */
function containment(facts: readonly LineFacts[], i: number, key: string): Record<string, number> {
  const f: Record<string, number> = {};
  for (let j = 0; j < facts.length; j++) {
    const o = facts[j]!.key;
    if (j === i || o === key) continue;
    if (key.length >= MIN_CONTAINED_CHARS && o.includes(key)) f[o.startsWith(key) ? 'prefixOfOtherLine' : 'insideOtherLine'] = 1;
    if (o.length >= MIN_CONTAINED_CHARS && key.includes(o)) f[key.startsWith(o) ? 'extendsOtherLine' : key.endsWith(o) ? 'endsWithOtherLine' : 'holdsOtherLine'] = 1;
  }
  return f;
}

/** Candidates cut from a line like a page title: "Headline | Outlet" gives "Headline". */
function cutVariants(text: string): { text: string; rest: string }[] {
  const out: { text: string; rest: string }[] = [];
  const seps = [...text.matchAll(TITLE_SEPARATOR)];
  const last = seps[seps.length - 1];
  // A line of three separators or more is a menu or a breadcrumb trail, not a page title.
  if (!last || last.index === undefined || seps.length > MAX_TITLE_SEPARATORS) return out;
  const head = text.slice(0, last.index).trim();
  const rest = text.slice(last.index + last[0].length).trim();
  if (head && rest && wordsOf(rest).length <= MAX_CUT_WORDS) out.push({ text: head, rest });
  return out;
}

/**
 * Whether line `i` shares a topic word with the story paragraphs under it,
 * as a headline does with its lead; true when no story paragraph follows.
 */
export function sharesLeadWords(lines: readonly string[], i: number): boolean {
  const pool = new Set<string>();
  let words = 0;
  for (let j = i + 1; j < lines.length && words < LEAD_WORDS; j++) {
    const n = wordsOf(lines[j]!).length;
    if (!isProse(lines[j]!, n)) continue;
    for (const w of topicWords(lines[j]!)) pool.add(w);
    words += n;
  }
  return words === 0 || hits(topicWords(lines[i]!), pool) > 0;
}

/** A page read once for its candidates. */
interface Page {
  /** The first lines of the page, read. */
  facts: LineFacts[];
  /** Lower-cased line → how many lines have it. */
  counts: Map<string, number>;
  /** Topic words of the story paragraphs of the page's story. */
  storyWords: Set<string>;
  /** Index of the line that opens the page's story: its longest run of paragraphs. */
  storyStart: number;
}

/** Story paragraphs further apart than this still run on as one story (lines): subheadings, lists, captions. */
const STORY_GAP_LINES = 8;

/** The longest run of story paragraphs (by words), each within `STORY_GAP_LINES` of the last: where it starts and ends. */
function storyRun(words: readonly number[], prose: readonly boolean[]): { start: number; end: number } {
  let best = { start: words.length, end: words.length, words: 0 };
  let run = { start: -1, end: -1, words: 0 };
  for (let i = 0; i < words.length; i++) {
    if (!prose[i]) continue;
    if (run.start < 0 || i - run.end > STORY_GAP_LINES) run = { start: i, end: i, words: 0 };
    run.end = i;
    run.words += words[i]!;
    if (run.words > best.words) best = { ...run };
  }
  return best;
}

function readPage(lines: readonly PageLine[]): Page {
  const limit = Math.min(lines.length, MAX_CANDIDATE_LINES + PROSE_LONG_WORDS);
  const facts = lines.slice(0, limit).map((p, i) => readLine(p, lines[i - 1]));
  const counts = new Map<string, number>();
  for (const l of facts) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const words = lines.map((l) => wordsOf(l.text).length);
  const prose = lines.map((l, i) => isProse(l.text, words[i]!));
  const run = storyRun(words, prose);
  const storyWords = new Set<string>();
  for (let i = run.start; i <= run.end && i < lines.length; i++) if (prose[i]) for (const w of topicWords(lines[i]!.text)) storyWords.add(w);
  return { facts, counts, storyWords, storyStart: run.start };
}

/**
 * The lines of a page that could be its headline, each with its features:
 * every line of at most `MAX_CANDIDATE_WORDS` words before the
 * `CANDIDATE_PROSE_LINES`-th story paragraph or the start of the page's
 * story, but bylines, date stamps and reading times, and the same line with
 * a trailing site name cut off where it has one.
 */
export function headlineCandidates(lines: readonly PageLine[]): HeadlineCandidate[] {
  const page = readPage(lines);
  const { facts } = page;
  const out: HeadlineCandidate[] = [];
  let proseBefore = 0;
  for (let i = 0; i < facts.length && i < MAX_CANDIDATE_LINES && (proseBefore < CANDIDATE_PROSE_LINES || i <= page.storyStart); i++) {
    const l = facts[i]!;
    // A byline, a date stamp or a reading time is never the headline, whatever its shape.
    if (l.words <= MAX_CANDIDATE_WORDS && /\p{L}/u.test(l.text) && !l.byline && !l.stamp && !READING_TIME.test(l.text)) {
      out.push({ index: i, text: l.text, cut: false, features: candidateFeatures(page, i, l.text, proseBefore) });
      for (const v of cutVariants(l.text)) {
        const features = candidateFeatures(page, i, v.text, proseBefore);
        features.cut = 1;
        const restKey = v.rest.toLowerCase();
        if (facts.some((o, j) => j !== i && o.key.includes(restKey))) features.cutRestRecurs = 1;
        features[bucket('cutRestWords', wordsOf(v.rest).length, [2, 3, 5])] = 1;
        out.push({ index: i, text: v.text, cut: true, features });
      }
    }
    else if (l.stamp && !facts[i - 1]?.stamp && !facts[i + 1]?.stamp) {
      // A post's page may give its date on the headline's own line ("Dec 18 2025 Preparing a transition"); a
      // run of such lines is a list of other posts.
      const undated = headlineBesideDate(l.text);
      if (undated) out.push({ index: i, text: undated, cut: true, features: { ...candidateFeatures(page, i, undated, proseBefore), cut: 1 } });
    }
    if (l.prose) proseBefore++;
  }
  return out;
}

/** Words that open a stamp's label or its byline rather than a headline ("Posted in …", "by Jane Doe"). */
const STAMP_LABEL = /^(?:by|posted|published|updated|modified|in|on|at|from|last)\b/iu;

/** The headline on a line that opens or ends with its date ("Dec 18 2025 Preparing a transition"), or null: the rest is no label, byline or reading time. */
export function headlineBesideDate(text: string): string | null {
  const found = dateIn(text);
  if (!found) return null;
  const at = text.indexOf(found.text);
  let rest: string;
  if (at === 0) rest = text.slice(found.text.length);
  else if (at > 0 && at + found.text.length === text.length) rest = text.slice(0, at);
  else return null;
  rest = rest.replace(/^[\s|/·•–—:,.-]+|[\s|/·•–—:,-]+$/gu, '');
  if (wordsOf(rest).length <= SHORT_WORDS || !/\p{L}/u.test(rest) || STAMP_LABEL.test(rest)) return null;
  if (READING_TIME.test(rest) || bylineAuthor(rest) !== null || isDateStamp(rest)) return null;
  return rest;
}
