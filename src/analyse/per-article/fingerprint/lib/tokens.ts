/**
 * Word tokens moved to `src/text/words.ts`; these re-exports stay until the
 * boilerplate pass imports them from there.
 */

/** @deprecated Import `words` from `src/text/words.ts`. */
export { words } from '../../../../text/words.ts';
/** @deprecated Import `normalizedKey` from `src/text/words.ts`. */
export { normalizedKey } from '../../../../text/words.ts';
