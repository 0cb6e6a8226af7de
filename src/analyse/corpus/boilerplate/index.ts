/** Boilerplate: page furniture marked `removed`, each removal with its reason. */
export { applyFurniture, decideFurniture, furnitureItems, markFurniture, stripBoilerplate } from './lib/strip.ts';
export type { BoilerplateOptions, FurnitureFacts, FurnitureItem, FurnitureOptions } from './lib/strip.ts';
export type { ArticleFacts, ArticleText, LocalCorpus } from './lib/article-facts.ts';
export type { Decided } from './lib/decisions.ts';
export { guessOutlet } from './lib/outlets.ts';
export { isLineRule, matchLine } from './lib/line-rules.ts';
export { heavyRemovals, removedPercent } from './lib/heavy-loss.ts';
export type { HeavyRemoval, LossInput } from './lib/heavy-loss.ts';
export { rules } from './rules.ts';
export type {
  BlockExample,
  BlockRule,
  BlockView,
  BoilerplateResult,
  CorpusIndex,
  FurnitureResult,
  LineRule,
  Mark,
  Position,
  Rule,
} from './lib/types.ts';
