/**
 * Global setup of the `eval` project: says plainly, once, that the
 * evaluation is skipped when `../shared/data` is not beside the repository.
 */
import { hasSharedData, missingDataMessage } from '../../tools/eval/shared.ts';

export default function setup(): void {
  if (!hasSharedData()) console.log(`\n${missingDataMessage()}\n`);
}
