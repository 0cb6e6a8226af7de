/** Syndication: Near-duplicate groups, one canonical article per group. */
export { copiesOf, findSyndication } from './lib/find.ts';
export type { SyndicationOptions } from './lib/find.ts';
export type { CopyDiff, SyndicationGroup, SyndicationResult } from './lib/types.ts';
