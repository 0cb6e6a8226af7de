/**
 * The `dateline` command runs under the engine flags of its first line;
 * the npm scripts that start it pass the same flags, so `npm run build`
 * builds as `npx dateline build` does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandFlags } from '../../tools/bench/flags.ts';
import { ROOT } from '../support/demo.ts';

describe('engine flags', () => {
  it('gives the command a larger young generation', () => {
    expect(commandFlags()).toContain('--max-semi-space-size=128');
  });

  it('are passed by every npm script that starts the command', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const starting = Object.values(scripts).filter((s) => s.includes('bin/dateline.js'));
    expect(starting.length).toBeGreaterThanOrEqual(3);
    for (const s of starting) expect(s).toBe(s.replace(/^node (.*?)bin\/dateline\.js/, `node ${commandFlags().join(' ')} bin/dateline.js`));
  });
});
