/** Sentences of a report's kept text, for the lines an event page shows of each report. */

/**
 * A sentence ends at a stop (and a closing quote), before a space and a
 * capital or an opening quote; not after an initial or a common abbreviation.
 */
const SENTENCE_BREAK =
  /(?<=[.!?]["”’]?)(?<!\b\p{Lu}\.)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m)\.)\s+(?=["“‘]?\p{Lu})/u;

/** The sentences of a paragraph, in order, trimmed; a paragraph without a stop is one sentence. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}
