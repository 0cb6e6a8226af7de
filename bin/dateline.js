#!/usr/bin/env -S node --max-semi-space-size=128
// Dateline's command: runs the TypeScript sources through tsx, so no compile step is needed at install; a
// build of a site that is up to date is answered by a compiled copy of the check alone (see compiled.js).
//
// The engine flag on the first line, which the npm scripts and the bench pass too: a young generation
// of 128 MiB, where a build's short-lived objects (tokens, term maps, page strings) are made and die.
// Node's default (16 MiB) fills many times a second in a build of a large archive, and each collection
// also scans the references of the old generation, which holds the analysis of the whole archive.
// Measured on a rebuild after editing one article of 10,000: 32 s at the default, 29 s at 64 MiB,
// 24 s at 128 MiB, no faster at 256 MiB.
import { compiledCheck } from './compiled.js';

const argv = process.argv.slice(2);
const check = argv.includes('build') ? await compiledCheck() : null;
// Whatever goes wrong in the compiled copy, the whole command runs and says it in its own words.
const answer = check ? await check.upToDateCommand(argv).catch(() => null) : null;
if (answer !== null) {
  process.exitCode = answer;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli.ts');
  process.exitCode = await main(argv);
}
