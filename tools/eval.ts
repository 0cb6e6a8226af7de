/**
 * `npm run eval`: the quality of the heuristics against the labelled data in
 * `../shared/data` (or the folder given as the first argument).
 *
 *   0. story text on real pages copied from a browser (held-out WCXB pages)
 *   1. extraction and syndication (stages 3–5): text precision, recall and F1
 *      with 4-word shingles, furniture left, syndicated-copy pairs; seeds
 *   2. events (stage 7): pairwise and B-cubed clustering scores on ECB+,
 *      similarity against SemEval-2022 Task 8
 *
 * Each part is a script of its own, runnable alone (`tools/eval-extraction.ts`,
 * `tools/eval-events.ts`); the floors of both are pinned in the test suite.
 */
console.log('== Story text on real pages ==');
await import('./furniture/eval-real.ts');
console.log('\n== Extraction and syndication ==');
await import('./eval-extraction.ts');
console.log('\n== Events ==');
await import('./eval-events.ts');
