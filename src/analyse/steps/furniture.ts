/**
 * The furniture decisions on one article as a step: its item is the article
 * with the corpus facts its decisions read (`furnitureItems`), so an article
 * whose text and facts are those of an earlier build takes that build's
 * decisions from the store, and only the articles a change reaches are
 * decided again.
 */
import { decideFurniture, type Decided, type FurnitureItem } from '../corpus/boilerplate/index.ts';
import { digest, type Intern, type Step } from '../executor.ts';

/** Stored decisions back as data, their rule ids and reasons through `intern` (many articles share them). */
function decode(data: unknown, intern: Intern): Decided {
  const d = data as Decided;
  return {
    removed: d.removed.map((r) => r && { ruleId: intern(r.ruleId), reason: intern(r.reason) }),
    trimmedText: d.trimmedText,
    cuts: d.cuts,
  };
}

/** The furniture step, keyed by the article's text and its corpus facts. */
export const furnitureStep: Step<FurnitureItem, Decided> = {
  name: 'furniture',
  module: import.meta.url,
  key: (item) => digest('furniture', JSON.stringify(item.article), JSON.stringify(item.facts)),
  fileOf: (item) => item.file,
  run: decideFurniture,
  encode: (d) => d,
  decode,
};
