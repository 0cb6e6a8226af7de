/** The shape of a list of other stories: headlines, each with at most a one-sentence lead. */
import { HEADLINE_LIST_BREAKS, HEADLINE_LIST_MIN, HEADLINE_LIST_SHARE } from '../settings.ts';
import { isHeadline, isStorySentence, sentenceCount } from './shape.ts';
import type { BlockView } from './types.ts';

/**
 * Do the blocks from `from` to the end read as a list of other stories:
 * headlines, each with at most one lead sentence under it? Stray labels and
 * a few leads of two sentences are tolerated (`HEADLINE_LIST_BREAKS` per
 * headline); story paragraphs, which run on, are not. A lead is one
 * sentence: when more than that share of the non-headlines hold several
 * sentences, this is a story of subheadings and paragraphs (an FAQ), not a list.
 * Headlines followed by one last paragraph are a box and the story's end.
 */
export function listShape(view: BlockView, from: number): boolean {
  const { texts, counts, removed, aside } = view;
  let total = 0;
  let heads = 0;
  let run = 0;
  let breaks = 0;
  let others = 0;
  let paragraphs = 0;
  let first: boolean | null = null;
  let headsBeforeFirstOther = -1;
  for (let b = from; b < texts.length; b++) {
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

/** Is there a story sentence, not furniture, among the blocks before `end`? */
export function storyBefore(view: BlockView, end: number): boolean {
  for (let b = 0; b < end; b++) if (!view.removed[b] && !view.aside[b] && isStorySentence(view.texts[b]!, view.counts[b])) return true;
  return false;
}
