/**
 * `npm run eval`: the quality of the pipeline against the labelled data in
 * `../shared/data` (beside the repository; `DATELINE_SHARED` names another
 * shared folder). Real pages first, then the synthetic outlets:
 *
 *   1. real pages: the WCXB dev pages as copied from a browser and as saved,
 *      built and scored with `../shared/tools/score`, on the held-out split
 *      and on the whole dev set (`tools/eval-real-pages.ts`)
 *   2. extraction and syndication on real stories in synthetic outlets: text
 *      precision, recall and F1 with 4-word shingles, furniture left,
 *      syndicated-copy pairs; seeds (`tools/eval-extraction.ts`)
 *   3. events: pairwise and B-cubed clustering scores on ECB+, plain and
 *      wrapped in synthetic furniture, similarity against SemEval-2022 Task 8
 *      (`tools/eval-events.ts`)
 *
 * With `--check`, `--update-baseline` (and `--allow-lower`, `--group`) it
 * runs the gate instead (`tools/eval-gate.ts`): the gated figures against
 * the floors in `tools/eval/baseline.json`.
 */
import { hasSharedData, missingDataMessage } from './eval/shared.ts';

const GATE_FLAGS = ['--check', '--update-baseline', '--allow-lower', '--group'];

if (process.argv.some((a) => GATE_FLAGS.some((flag) => a === flag || a.startsWith(`${flag}=`)))) {
  await import('./eval-gate.ts');
} else if (!hasSharedData()) {
  console.error(missingDataMessage());
  process.exitCode = 1;
} else {
  console.log('== Real pages ==');
  await import('./eval-real-pages.ts');
  console.log('\n== Extraction and syndication: real stories in synthetic outlets ==');
  await import('./eval-extraction.ts');
  console.log('\n== Events ==');
  await import('./eval-events.ts');
}
