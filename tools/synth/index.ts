/** Synthetic outlets for evaluation and benchmarks: real stories dressed in labelled furniture. */
export { generateCorpus, splitSentences } from './lib/generate.ts';
export type { CorpusRecord, GeneratedCorpus, GeneratedFile, GenerateOptions, LabelledBlock, SourceStory } from './lib/generate.ts';
export { createRandom } from './lib/prng.ts';
export type { Random } from './lib/prng.ts';
export { tunedKit, heldOutKit } from './lib/templates.ts';
export type { Kit, Outlet } from './lib/templates.ts';
