import type { RootContent } from 'mdast';
import type { Article, Block, Removal } from '../../../../model/types.ts';
import { normalizedKey } from '../../../per-article/fingerprint/lib/tokens.ts';
import type { SyndicationResult } from '../../syndication/lib/types.ts';
import { findSyndication, type SyndicationOptions } from '../../syndication/lib/find.ts';
import { rules as defaultRules } from '../rules.ts';
import {
  HEADLINE_LIST_BREAKS,
  HEADLINE_LIST_MIN,
  HEADLINE_LIST_SHARE,
  MIN_REPEAT,
  LEAD_BLOCKS,
  MIN_TEMPLATE_LINES,
  MIN_TITLE_WORDS,
  OTHER_LIST_INTERIOR,
  OTHER_LIST_MAX_GAP,
  OTHER_LIST_MIN,
  REPEAT_SHARE,
  SENTENCE_REPEAT_SHARE,
} from '../settings.ts';
import { endsLikeSentence, hasQuote, isBareDate, isHeadline, isStorySentence, sentenceCount, wordCount } from './shape.ts';
import type { BlockRule, BoilerplateResult, LineRule, Rule, Trim } from './types.ts';
import { hasOwnHeadline } from '../../../per-article/parse/index.ts';

/** Options of {@link stripBoilerplate}. */
export interface BoilerplateOptions {
  /** The rules to apply (default: `rules` from `rules.ts`). */
  rules?: readonly Rule[];
  /** Distinct stories of an outlet a block must recur in (default: `MIN_REPEAT` = `3`). */
  minRepeat?: number;
  /** Options of the confirming syndication pass (default: those the stage-4 defaults give). */
  syndication?: SyndicationOptions;
}

/** Corpus knowledge the per-article pass needs. */
interface Corpus {
  /** Normalised title → indices of articles with that title. */
  titles: Map<string, number[]>;
  /** Normalised first blocks of each article that no line rule takes and its outlet does not repeat: its lead. */
  leads: string[][];
  /** Normalised lead block (one of `leads`) → indices of the articles it opens. */
  leadOwners: Map<string, number[]>;
  /** Syndication group (canonical id, else own id) of each article. */
  group: string[];
  /** Whether each article's title is a headline it was published under, not one made from its lead or file name. */
  realTitle: boolean[];
}

export function isLineRule(rule: Rule): rule is LineRule {
  return rule.pattern instanceof RegExp;
}

/** Does a line rule match this text (ignoring position)? Returns the match. */
export function matchLine(rule: LineRule, text: string, count = wordCount(text)): RegExpExecArray | null {
  if (rule.maxWords !== undefined && count > rule.maxWords) return null;
  rule.pattern.lastIndex = 0;
  return rule.pattern.exec(text);
}

const GENERIC_OUTLET = /^(?:follow|like|find|join|share|connect|subscribe|click|us|me|find us|read|see|watch|listen|more|also|the\s+)?\s*(?:us|me|this|it|them)?$/i;
const VERB_START = /^(?:follow|like|find|join|share|connect|subscribe|click|read|see|watch|listen|check|visit|email)\b/i;

function cleanOutlet(name: string | undefined): string | null {
  if (!name) return null;
  const n = name.replace(/\s+/g, ' ').replace(/^[\s,.:;|–—-]+|[\s,.:;|–—-]+$/g, '');
  if (n.length < 3 || GENERIC_OUTLET.test(n) || VERB_START.test(n)) return null;
  if (wordCount(n) > 8) return null;
  return n;
}

/** The outlet an article's furniture names ("X on Facebook", "© X", "X (XYZ)" sign-off), or null. */
export function guessOutlet(article: Article, ruleList: readonly Rule[] = defaultRules): string | null {
  const votes = new Map<string, { n: number; first: number }>();
  article.blocks.forEach((block, b) => {
    for (const rule of ruleList) {
      if (!isLineRule(rule) || !rule.outletGroup) continue;
      const m = matchLine(rule, block.text);
      const name = cleanOutlet(m?.groups?.[rule.outletGroup]);
      if (!name) continue;
      const v = votes.get(name);
      if (v) v.n++;
      else votes.set(name, { n: 1, first: b });
    }
  });
  let best: string | null = null;
  let bestV = { n: 0, first: Infinity };
  for (const [name, v] of votes) {
    if (v.n > bestV.n || (v.n === bestV.n && v.first < bestV.first)) {
      best = name;
      bestV = v;
    }
  }
  return best;
}

/** Cut `suffix` characters off the last text of a block's tree. */
function trimNode(node: RootContent, cut: string, keptText: string): RootContent {
  const copy = structuredClone(node) as RootContent;
  let last: { value: string } | null = null;
  const walk = (n: unknown): void => {
    const x = n as { type?: string; value?: string; children?: unknown[] };
    if (x.type === 'text' && typeof x.value === 'string') last = x as { value: string };
    x.children?.forEach(walk);
  };
  walk(copy);
  const target = last as { value: string } | null;
  const trimmedCut = cut.trim();
  if (target && target.value.trimEnd().endsWith(trimmedCut)) {
    const v = target.value.trimEnd();
    target.value = v.slice(0, v.length - trimmedCut.length).trimEnd();
    return copy;
  }
  return { type: 'paragraph', children: [{ type: 'text', value: keptText }] };
}

/** Words of a normalised key (words joined by single spaces). */
function keyWords(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) n++;
  return n;
}

/** Is `key` the lead of another article (whole, or its first words)? */
function isLeadOf(key: string, lead: string): boolean {
  if (!key || !lead) return false;
  if (key === lead) return true;
  const n = keyWords(key);
  return n >= 6 && lead.startsWith(key + ' ');
}

/**
 * Do the blocks from `from` to the end read as a list of other stories:
 * headlines, each with at most one lead sentence under it? Stray labels and
 * a few leads of two sentences are tolerated (`HEADLINE_LIST_BREAKS` per
 * headline); story paragraphs, which run on, are not. A lead is one
 * sentence: when more than that share of the non-headlines hold several
 * sentences, this is a story of subheadings and paragraphs (an FAQ), not a list.
 * Headlines followed by one last paragraph are a box and the story's end.
 */
function listShape(
  from: number,
  n: number,
  texts: readonly string[],
  counts: readonly number[],
  removed: readonly (Removal | undefined)[],
  aside: readonly boolean[],
): boolean {
  let total = 0;
  let heads = 0;
  let run = 0;
  let breaks = 0;
  let others = 0;
  let paragraphs = 0;
  let first: boolean | null = null;
  let headsBeforeFirstOther = -1;
  for (let b = from; b < n; b++) {
    if (removed[b] || aside[b]) continue;
    total++;
    const headline = isHeadline(texts[b]!, counts[b]);
    first ??= headline;
    if (headline) {
      heads++;
      run = 0;
      continue;
    }
    if (others === 0) headsBeforeFirstOther = heads;
    others++;
    if (sentenceCount(texts[b]!) > 1) paragraphs++;
    if (++run > 1) breaks++;
  }
  // Headlines, then a single paragraph to close: a box, and the story's last paragraph.
  if (others === 1 && run === 1 && headsBeforeFirstOther === heads && heads >= 2) return false;
  return (
    first === true &&
    heads >= HEADLINE_LIST_MIN &&
    heads >= HEADLINE_LIST_SHARE * total &&
    breaks <= Math.floor(heads * HEADLINE_LIST_BREAKS) &&
    paragraphs <= Math.floor(others * HEADLINE_LIST_BREAKS)
  );
}

/** Structured matchers, applied to one article. Sets `removed[b]` for matches. */
function applyBlockRule(
  rule: BlockRule,
  article: Article,
  self: number,
  texts: string[],
  keys: readonly string[],
  counts: number[],
  removed: (Removal | undefined)[],
  aside: readonly boolean[],
  corpus: Corpus,
  leadEnd: number,
): void {
  const n = texts.length;
  const mark = (b: number, reason: string): void => {
    if (!removed[b]) removed[b] = { ruleId: rule.id, reason };
  };
  const m = rule.pattern;
  switch (m.kind) {
    case 'tail-headline-list': {
      for (let h = 1; h < n - 1; h++) {
        if (removed[h] || counts[h]! > 8 || !m.heading.test(texts[h]!)) continue;
        let story = false;
        for (let b = 0; b < h; b++) if (!removed[b] && !aside[b] && isStorySentence(texts[b]!, counts[b])) story = true;
        if (!story || !listShape(h + 1, n, texts, counts, removed, aside)) continue;
        const reason = `a list of other stories after "${texts[h]}"`;
        for (let b = h; b < n; b++) mark(b, reason);
        return;
      }
      return;
    }
    case 'headline-box': {
      for (let h = 0; h < n - 2; h++) {
        if (removed[h] || counts[h]! > 8 || !m.heading.test(texts[h]!)) continue;
        // A stamp or a by-line among the headlines (furniture by another account, `aside`), or a bare date,
        // is not one of them: it is left to its own rule, or to the story, and its date is read.
        let end = h + 1;
        const taken: number[] = [];
        while (end < n && taken.length < m.maxItems && !removed[end]) {
          if (aside[end] || isBareDate(texts[end]!)) {
            end++;
            continue;
          }
          if (!isHeadline(texts[end]!, counts[end]) || endsLikeSentence(texts[end]!)) break;
          taken.push(end++);
        }
        const items = taken.length;
        // The story must resume after the box; a list running to the end is a trailing list.
        if (items < 1 || end >= n || removed[end] || !isStorySentence(texts[end]!, counts[end])) continue;
        // A list heading further down starts the trailing list: this one is a box.
        let later = false;
        for (let b = end; b < n; b++) if (!removed[b] && counts[b]! <= 8 && m.heading.test(texts[b]!)) later = true;
        if (!later && listShape(h + 1, n, texts, counts, removed, aside)) continue;
        const reason = `a box of ${items} other headline${items === 1 ? '' : 's'} under "${texts[h]}"`;
        mark(h, reason);
        for (const b of taken) mark(b, reason);
        h = end - 1;
      }
      return;
    }
    case 'repeated-line': {
      for (let b = 1; b < n; b++) {
        if (counts[b]! === 0 || counts[b]! > m.maxWords) continue;
        if (keys[b] !== keys[b - 1]) continue;
        const text = texts[b]!;
        const caption = m.caption.test(text);
        mark(b, 'the line before, repeated');
        if (caption) mark(b - 1, 'a caption printed twice');
      }
      return;
    }
    case 'other-headline': {
      // Another article's title, when this one is not of its syndication group.
      const otherTitled = (b: number, sentence: boolean): number | undefined =>
        corpus.titles.get(keys[b]!)?.find((o) => o !== self && corpus.group[o] !== corpus.group[self] && (!sentence || corpus.realTitle[o]));
      const inList = (b: number): boolean =>
        (removed[b] !== undefined && removed[b]!.ruleId.startsWith('list/')) || (counts[b]! <= 8 && m.heading.test(texts[b]!));
      const take = (b: number, other: number): number => {
        mark(b, 'the headline of another article');
        const before = b - 1;
        if (before >= 0 && !removed[before] && counts[before]! <= 8 && m.heading.test(texts[before]!)) {
          mark(before, 'the heading over other articles\u2019 headlines');
        }
        const next = b + 1;
        const nextKey = next < n ? keys[next]! : '';
        if (next < n && !removed[next] && corpus.leads[other]!.some((lead) => isLeadOf(nextKey, lead))) {
          mark(next, 'the lead of another article, under its headline');
          return next;
        }
        return b;
      };
      const candidate = (b: number): boolean =>
        counts[b]! >= MIN_TITLE_WORDS && (!removed[b] || removed[b]!.ruleId.startsWith('list/')); // a headline a box took still brings its lead
      // Headline-shaped lines first.
      for (let b = 0; b < n; b++) {
        if (!candidate(b) || endsLikeSentence(texts[b]!)) continue;
        const other = otherTitled(b, false);
        if (other !== undefined) b = take(b, other);
      }
      // Then lines shaped like a sentence, which may be a story's own lead that another report took for its
      // title: only near a list (a heading, or lines taken above, at most a lead's lines away), and only a
      // headline the other was published under.
      for (let changed = true; changed; ) {
        changed = false;
        for (let b = 0; b < n; b++) {
          if (removed[b] || !candidate(b) || !endsLikeSentence(texts[b]!)) continue;
          let near = false;
          for (let d = -OTHER_LIST_MAX_GAP; d <= OTHER_LIST_MAX_GAP && !near; d++) if (d !== 0 && b + d >= 0 && b + d < n && inList(b + d)) near = true;
          if (!near) continue;
          const other = otherTitled(b, true);
          if (other === undefined) continue;
          b = take(b, other);
          changed = true;
        }
      }
      return;
    }
    case 'other-headline-list': {
      const isHeadline = (b: number) => removed[b] !== undefined && m.headlineRules.includes(removed[b]!.ruleId);
      const otherLead = (b: number) => corpus.leadOwners.get(keys[b]!)?.some((o) => o !== self && corpus.group[o] !== corpus.group[self]) === true;
      // The list must follow the story. The title of a page stands for its story when it is a headline the
      // page was published under: a one-sentence report has no sentence of its own above its lists.
      let story = corpus.realTitle[self] === true;
      for (let s = 0; s < n; s++) {
        if (!isHeadline(s)) {
          if (!removed[s] && !aside[s] && isStorySentence(texts[s]!, counts[s])) story = true;
          continue;
        }
        if (!story) continue;
        // From this headline to the end: other headlines, furniture, and short runs of lines between them.
        // A list has leads between its headlines; a box of headlines in a row, then the story, has none.
        let heads = 0;
        let gap = 0;
        let interior = 0;
        let fits = true;
        const between: number[] = [];
        for (let b = s; b < n && fits; b++) {
          // A list heading after lines of text starts a list of its own: the lines before it are the story's.
          if (b > s && between.length > 0 && counts[b]! <= 8 && m.heading.test(texts[b]!)) fits = false;
          else if (isHeadline(b)) {
            heads++;
            if (gap > 0) interior++;
            gap = 0;
          } else if (!removed[b] && !aside[b]) {
            between.push(b);
            // A line that opens another article (of another story) is one of the list's leads, wherever it stands.
            if (otherLead(b)) {
              if (gap > 0) interior++;
              gap = 0;
            } else if (++gap > OTHER_LIST_MAX_GAP) fits = false;
          }
        }
        if (!fits || heads < OTHER_LIST_MIN || interior < OTHER_LIST_INTERIOR) continue;
        // Lines between the list's heading and its first headline we know are items too, when the
        // story stands above the heading (a heading over the story itself is a kicker, not a list's).
        const run: number[] = [];
        for (let b = s - 1; b >= 0 && run.length <= OTHER_LIST_MAX_GAP; b--) {
          if (counts[b]! <= 8 && m.heading.test(texts[b]!)) {
            let storyAbove = false;
            for (let k = 0; k < b && !storyAbove; k++) if (!removed[k] && !aside[k] && isStorySentence(texts[k]!, counts[k])) storyAbove = true;
            if (storyAbove) {
              if (!removed[b]) run.push(b);
              between.push(...run);
            }
            break;
          }
          if (removed[b] || aside[b]) break;
          run.push(b);
        }
        for (const b of between) mark(b, `a line of a list of ${heads} other stories, between their headlines`);
        return;
      }
      return;
    }
    case 'own-title': {
      const title = normalizedKey(article.title);
      if (!title) return;
      for (let b = 0; b < Math.min(n, leadEnd); b++) if (!removed[b] && keys[b] === title) mark(b, 'the article\u2019s title, repeated');
      return;
    }
  }
}

/**
 * Stage 5: mark the blocks of each article that are page furniture, not story.
 *
 * Two sources of evidence, every removal kept with its reason:
 * 1. The corpus: a block whose text recurs in `minRepeat` or more distinct
 *    stories of one outlet (each syndication group counted once) is that
 *    outlet's furniture (`repeated/outlet`). Quotes are never removed this way,
 *    and a block of sentence shape only when it recurs in at least half the
 *    outlet's stories. The outlet is `source`, else one guessed from the
 *    article's furniture.
 * 2. Rules kept as data (`rules.ts`): inserts, share lines, sign-offs,
 *    contact lines, trailing headline lists, repeated captions, … A rule with
 *    position `lead` (`tail`) only matches before the first (after the last)
 *    story sentence; `trim` rules cut an agency code off a sentence and keep it.
 *
 * Then the syndication groups are confirmed on the clean text: stage 4 runs
 * again over the kept blocks with the same fingerprints (DESIGN.md: group,
 * count each group once, strip, confirm); the articles returned carry the
 * confirmed `duplicateOf`, and `syndication` is the confirmed result.
 *
 * @param articles Articles from stage 4 (or earlier).
 * @param syndication Result of `findSyndication()` on the same articles; its groups are counted once.
 * @param options `rules` (default: the rules of `rules.ts`), `minRepeat` (default: `3`),
 *   `syndication` (default: `{}`, stage-4 defaults).
 */
export function stripBoilerplate(
  articles: readonly Article[],
  syndication: SyndicationResult,
  options: BoilerplateOptions = {},
): BoilerplateResult {
  const ruleList = options.rules ?? defaultRules;
  const minRepeat = options.minRepeat ?? MIN_REPEAT;
  const lineRules = ruleList.filter(isLineRule);
  const blockRules = ruleList.filter((r): r is BlockRule => !isLineRule(r));
  const n = articles.length;

  // Outlets, guessed where the source is unknown.
  const outletGuesses = new Map<string, string>();
  const outlet: (string | null)[] = articles.map((a) => {
    if (a.source) return a.source;
    const g = guessOutlet(a, ruleList);
    if (g) outletGuesses.set(a.id, g);
    return g;
  });

  // Normalised text of every block and its words, computed once.
  const keysOf: string[][] = articles.map((a) => a.blocks.map((b) => normalizedKey(b.text)));
  const wordsOf: number[][] = keysOf.map((keys) => keys.map(keyWords));

  // Corpus knowledge: titles, leads, groups.
  const group = articles.map((a) => syndication.groupOf.get(a.id) ?? a.id);
  const titles = new Map<string, number[]>();
  articles.forEach((a, i) => {
    const key = normalizedKey(a.title);
    if (keyWords(key) >= MIN_TITLE_WORDS) {
      const list = titles.get(key);
      if (list) list.push(i);
      else titles.set(key, [i]);
    }
  });
  const leads: string[][] = new Array(n);
  const leadOwners = new Map<string, number[]>();
  const realTitle = articles.map(hasOwnHeadline);
  const corpus: Corpus = { titles, leads, leadOwners, group, realTitle };

  // Repeated blocks per outlet, each syndication group counted once.
  const byOutlet = new Map<string, number[]>();
  articles.forEach((_, i) => {
    const o = outlet[i];
    if (o === null || o === undefined) return;
    const list = byOutlet.get(o);
    if (list) list.push(i);
    else byOutlet.set(o, [i]);
  });
  const repeatCount: Map<string, number>[] = new Array(n);
  const storiesOf = new Map<string, number>();
  const frequentOf = new Map<string, Map<string, number>>();
  for (const [name, members] of byOutlet) {
    members.sort((x, y) => (group[x]! < group[y]! ? -1 : group[x]! > group[y]! ? 1 : x - y));
    const counts = new Map<string, { n: number; last: string }>();
    let stories = 0;
    let prevGroup: string | null = null;
    for (const i of members) {
      if (group[i] !== prevGroup) stories++;
      prevGroup = group[i]!;
      const seen = new Set<string>();
      for (const key of keysOf[i]!) {
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const c = counts.get(key);
        if (!c) counts.set(key, { n: 1, last: group[i]! });
        else if (c.last !== group[i]) {
          c.n++;
          c.last = group[i]!;
        }
      }
    }
    storiesOf.set(name, stories);
    const frequent = new Map<string, number>();
    for (const [key, c] of counts) if (c.n >= minRepeat) frequent.set(key, c.n);
    for (const i of members) repeatCount[i] = frequent;
    frequentOf.set(name, frequent);
  }

  // An article with no outlet that carries another outlet's template lines is that outlet's.
  const outletsOfLine = new Map<string, string[]>();
  for (const [name, frequent] of frequentOf) {
    const stories = storiesOf.get(name) ?? 0;
    for (const [key, c] of frequent) {
      if (c < Math.max(minRepeat, Math.ceil(REPEAT_SHARE * stories))) continue;
      const list = outletsOfLine.get(key);
      if (list) list.push(name);
      else outletsOfLine.set(key, [name]);
    }
  }
  articles.forEach((a, i) => {
    if (outlet[i]) return;
    const votes = new Map<string, number>();
    for (const key of new Set(keysOf[i])) for (const name of outletsOfLine.get(key) ?? []) votes.set(name, (votes.get(name) ?? 0) + 1);
    // The outlet with the most template lines, when no other has as many.
    const ranked = [...votes].sort(([x, vx], [y, vy]) => vy - vx || (x < y ? -1 : x > y ? 1 : 0));
    const [best, most] = ranked[0] ?? [null, 0];
    if (!best || most < MIN_TEMPLATE_LINES || (ranked[1]?.[1] ?? 0) === most) return;
    outlet[i] = best;
    outletGuesses.set(a.id, best);
    repeatCount[i] = frequentOf.get(best)!;
  });

  // Each article's lead: its first blocks that no line rule takes and its outlet does not repeat, so that a
  // page's menus and stamps do not stand for its lead; and the articles each lead opens.
  articles.forEach((a, i) => {
    const frequent = repeatCount[i];
    const o = outlet[i];
    const stories = o ? (storiesOf.get(o) ?? 0) : 0;
    const lead: string[] = [];
    for (let b = 0; b < a.blocks.length && lead.length < LEAD_BLOCKS; b++) {
      const key = keysOf[i]![b]!;
      if (!key || a.blocks[b]!.removed) continue;
      const c = frequent?.get(key);
      if (c !== undefined && c >= Math.max(minRepeat, Math.ceil(REPEAT_SHARE * stories))) continue;
      const text = a.blocks[b]!.text;
      const words = wordsOf[i]![b]!;
      if (lineRules.some((rule) => rule.action !== 'trim' && matchLine(rule, text, words) !== null)) continue;
      lead.push(key);
    }
    leads[i] = lead;
    for (const key of new Set(lead)) {
      if (keyWords(key) < MIN_TITLE_WORDS) continue;
      const owners = leadOwners.get(key);
      if (owners) owners.push(i);
      else leadOwners.set(key, [i]);
    }
  });

  const out: Article[] = articles.map((article, i) => {
    const blocks = article.blocks;
    const texts = blocks.map((b) => b.text);
    const keys = keysOf[i]!;
    const counts = [...wordsOf[i]!];
    const removed: (Removal | undefined)[] = blocks.map((b) => b.removed);
    const trimmedText: (string | undefined)[] = new Array(blocks.length);
    const trimRemoval: (Trim | undefined)[] = new Array(blocks.length);

    // Corpus repetition (decided now, applied after the rules).
    const o = outlet[i];
    const frequent = repeatCount[i];
    const stories = o ? (storiesOf.get(o) ?? 0) : 0;
    const repeated: (string | undefined)[] = texts.map((t, b) => {
      if (!frequent) return undefined;
      const c = frequent.get(keys[b]!);
      if (c === undefined) return undefined;
      if (hasQuote(t)) return undefined;
      const share = isStorySentence(t, counts[b]) ? SENTENCE_REPEAT_SHARE : REPEAT_SHARE;
      if (c < Math.max(minRepeat, Math.ceil(share * stories))) return undefined;
      // No count in the reason: it grows with the outlet's articles, and every page that shows it would change with it (the outlet's page gives the counts).
      return `repeated across the articles of ${o}`;
    });

    const applyLine = (rule: LineRule, b: number): void => {
      if (removed[b]) return;
      const text = trimmedText[b] ?? texts[b]!;
      const m = matchLine(rule, text, counts[b]);
      if (!m) return;
      if (rule.action === 'trim') {
        const kept = text.slice(0, m.index).trimEnd();
        if (!kept) return;
        trimmedText[b] = kept;
        trimRemoval[b] = { id: article.id, index: blocks[b]!.index, text: m[0].trim(), ruleId: rule.id, reason: rule.description };
        counts[b] = wordCount(kept);
        return;
      }
      removed[b] = { ruleId: rule.id, reason: rule.description };
    };
    // 1. Line rules that match anywhere.
    for (const rule of lineRules) {
      if ((rule.position ?? 'any') !== 'any') continue;
      for (let b = 0; b < blocks.length; b++) applyLine(rule, b);
    }
    // 2. Runs of blocks (lists, boxes, captions, other headlines). Blocks that
    //    are furniture by another account (repeated, or a lead/tail rule's
    //    shape) do not interrupt a run.
    const aside = blocks.map(
      (_, b) =>
        !!removed[b] ||
        !!repeated[b] ||
        lineRules.some((rule) => (rule.position ?? 'any') !== 'any' && rule.action !== 'trim' && matchLine(rule, texts[b]!, counts[b]) !== null),
    );
    for (const rule of blockRules) {
      if (rule.pattern.kind === 'own-title') continue;
      applyBlockRule(rule, article, i, texts, keys, counts, removed, aside, corpus, blocks.length);
    }
    // 3. Lead and tail: before the first and after the last story sentence.
    let first = blocks.length;
    let last = -1;
    const titleKey = normalizedKey(article.title);
    for (let b = 0; b < blocks.length; b++) {
      if (removed[b] || repeated[b]) continue;
      if (titleKey && keys[b] === titleKey) continue;
      if (isStorySentence(trimmedText[b] ?? texts[b]!, counts[b])) {
        if (first === blocks.length) first = b;
        last = b;
      }
    }
    for (const rule of blockRules) {
      if (rule.pattern.kind === 'own-title') applyBlockRule(rule, article, i, texts, keys, counts, removed, aside, corpus, first);
    }
    for (const rule of lineRules) {
      const position = rule.position ?? 'any';
      if (position === 'lead') for (let b = 0; b < first; b++) applyLine(rule, b);
      if (position === 'tail') for (let b = last + 1; b < blocks.length; b++) applyLine(rule, b);
    }
    // 4. The outlet's repeated furniture.
    for (let b = 0; b < blocks.length; b++) {
      if (!removed[b] && repeated[b]) removed[b] = { ruleId: 'repeated/outlet', reason: repeated[b]! };
    }

    let changed = false;
    const newBlocks: Block[] = blocks.map((block, b) => {
      const r = removed[b];
      const t = trimmedText[b];
      if (r === block.removed && t === undefined) return block;
      changed = true;
      const next: Block = { ...block };
      if (r) next.removed = r;
      if (t !== undefined && !r) {
        next.text = t;
        if (block.node) next.node = trimNode(block.node, trimRemoval[b]!.text, t);
      }
      return next;
    });
    return changed ? { ...article, blocks: newBlocks } : { ...article };
  });

  const guesses = new Map([...outletGuesses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const confirmed = findSyndication(out, syndication.fingerprints, { ...options.syndication, outletOf: guesses });
  return { articles: confirmed.articles, outletGuesses: guesses, syndication: confirmed };
}
