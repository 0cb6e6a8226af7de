/** Block rule: lines that are other articles' headlines, with the lead under each and the heading over them. */
import { keyWords } from '../lib/keys.ts';
import { endsLikeSentence } from '../lib/shape.ts';
import type { BlockRule, BlockView, Mark } from '../lib/types.ts';
import { LEAD_PREFIX_MIN_WORDS, MIN_TITLE_WORDS, OTHER_LIST_MAX_GAP } from '../settings.ts';
import { isListHeading } from './list-heading.ts';

/** Is `key` the lead of another article (whole, or its first words)? */
function isLeadOf(key: string, lead: string): boolean {
  if (!key || !lead) return false;
  if (key === lead) return true;
  return keyWords(key) >= LEAD_PREFIX_MIN_WORDS && lead.startsWith(key + ' ');
}

/** An article of another story whose title block `b` is (one it was published under, when `published`), or undefined. */
function otherTitled(view: BlockView, b: number, published: boolean): number | undefined {
  const { corpus, self } = view;
  return corpus.titles.get(view.keys[b]!)?.find((o) => o !== self && corpus.group[o] !== corpus.group[self] && (!published || corpus.realTitle[o]));
}

/** Is block `b` part of a list: taken by a `list/` rule, or a list heading? */
function inList(view: BlockView, b: number): boolean {
  const r = view.removed[b];
  return (r !== undefined && r.ruleId.startsWith('list/')) || isListHeading(view.texts[b]!, view.counts[b]!);
}

/** Long enough for a title, and not removed, unless by a `list/` rule: a headline a box took still brings its lead. */
function candidate(view: BlockView, b: number): boolean {
  const r = view.removed[b];
  return view.counts[b]! >= MIN_TITLE_WORDS && (!r || r.ruleId.startsWith('list/'));
}

/** Take block `b`, the headline of article `other`, the list heading right before it and the other's lead right after it; returns the last block taken. */
function take(view: BlockView, mark: Mark, b: number, other: number): number {
  const { texts, keys, counts, removed } = view;
  const n = texts.length;
  mark(b, 'the headline of another article');
  const before = b - 1;
  if (before >= 0 && !removed[before] && isListHeading(texts[before]!, counts[before]!)) {
    mark(before, 'the heading over other articles\u2019 headlines');
  }
  const next = b + 1;
  const nextKey = next < n ? keys[next]! : '';
  if (next < n && !removed[next] && view.corpus.leads[other]!.some((lead) => isLeadOf(nextKey, lead))) {
    mark(next, 'the lead of another article, under its headline');
    return next;
  }
  return b;
}

/** Is a block within a lead's lines of block `b` part of a list? */
function nearList(view: BlockView, b: number): boolean {
  for (let d = -OTHER_LIST_MAX_GAP; d <= OTHER_LIST_MAX_GAP; d++) if (d !== 0 && b + d >= 0 && b + d < view.texts.length && inList(view, b + d)) return true;
  return false;
}

/** A line equal to another article's title, and the line after it when it is that article's lead. */
export const otherHeadline: BlockRule = {
  id: 'list/other-headline',
  description:
    'A line that is another article\u2019s title, and the line after it when it is that article\u2019s lead; a "Related stories" style heading right before it goes too.',
  example: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Harbour bridge to close for six weeks',
      'Opponents said they would challenge the decision in court before the end of the month.',
    ],
    otherTitles: ['Harbour bridge to close for six weeks'],
    removed: [1],
  },
  // A sentence of the story that another report took for its title, with no list near it.
  counterExample: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Opponents said they would challenge the decision in court before the end of the month.',
    ],
    otherTitles: ['The council approved the plan by nine votes to four on Thursday evening after a long debate.'],
  },
  match(view, mark) {
    const { texts } = view;
    const n = texts.length;
    // Headline-shaped lines first.
    for (let b = 0; b < n; b++) {
      if (!candidate(view, b) || endsLikeSentence(texts[b]!)) continue;
      const other = otherTitled(view, b, false);
      if (other !== undefined) b = take(view, mark, b, other);
    }
    // Then lines shaped like a sentence, which may be a story's own lead that another report took for its
    // title: only near a list (a heading, or lines taken above, at most a lead's lines away), and only a
    // headline the other was published under.
    for (let changed = true; changed; ) {
      changed = false;
      for (let b = 0; b < n; b++) {
        if (view.removed[b] || !candidate(view, b) || !endsLikeSentence(texts[b]!)) continue;
        if (!nearList(view, b)) continue;
        const other = otherTitled(view, b, true);
        if (other === undefined) continue;
        b = take(view, mark, b, other);
        changed = true;
      }
    }
  },
};
