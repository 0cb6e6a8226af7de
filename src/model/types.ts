/**
 * Types that cross pipeline phases, in one place. Each phase module owns its
 * private types; anything handed from one phase to the next is declared in
 * one module of this folder and re-exported here, so an importer needs one
 * path.
 *
 *   load → SourceFile (`source.ts`)
 *   parse, enrich → Article, Block, Entities (`article.ts`)
 *   events, topics → Event, Topic (`analysis.ts`)
 *   present → Archive and its pages (`archive.ts`, `pages.ts`)
 *   every phase → Diagnostic, BuildReport (`report.ts`); SiteSettings (`settings.ts`)
 */
export type * from './analysis.ts';
export type * from './archive.ts';
export type * from './article.ts';
export type * from './pages.ts';
export type * from './report.ts';
export type * from './settings.ts';
export type * from './source.ts';
