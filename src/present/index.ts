/** Stage 8, group: topics, outlets, days, months and years; every page of the site. */
export { group } from './group.ts';
export type { GroupInput } from './group.ts';
export * as labels from './labels.ts';
