/**
 * What a run without the shared folder leaves out, said plainly once: the
 * `eval` project skips itself when `../shared/data` is missing. The global
 * setup of the unit and eval projects.
 */
import { hasSharedData, missingDataMessage } from '../../tools/eval/shared.ts';

const MARK = 'DATELINE_SHARED_CHECKED';

export default function setup(): void {
  if (process.env[MARK]) return;
  process.env[MARK] = '1';
  if (!hasSharedData()) console.log(`\n${missingDataMessage()}\n`);
}
