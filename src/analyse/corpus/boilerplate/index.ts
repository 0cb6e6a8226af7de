/** Stage 5: boilerplate. Page furniture marked `removed`, each removal with its reason. */
export { stripBoilerplate, guessOutlet, matchLine, isLineRule } from './lib/strip.ts';
export type { BoilerplateOptions } from './lib/strip.ts';
export { rules } from './rules.ts';
export type { BlockRule, BoilerplateResult, LineRule, Matcher, Position, Rule, Trim } from './lib/types.ts';
