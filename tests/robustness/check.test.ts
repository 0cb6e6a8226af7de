/**
 * `dateline check`: content checked without building, for an archive's own
 * pre-commit hook or CI. Errors fail it; with `--strict`, warnings do too.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runDateline } from '../support/demo.ts';

let clean: string;
let warned: string;
let broken: string;

beforeAll(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-check-'));
  clean = path.join(dir, 'clean');
  warned = path.join(dir, 'warned');
  broken = path.join(dir, 'broken');
  for (const d of [clean, warned, broken]) mkdirSync(d);
  const story = 'The council met on Monday to discuss the budget for the harbour repairs.\n';
  writeFileSync(path.join(clean, 'a.md'), `---\ntitle: Harbour Budget Debated\ndate: 2021-03-01\nsource: Harbour Herald\n---\n${story}`);
  writeFileSync(path.join(warned, 'a.md'), `---\ntitle: Harbour Budget Debated\ndate: yesterday\n---\n${story}`);
  writeFileSync(path.join(broken, 'a.md'), `---\ntitle: [unclosed\ndate: 2021-03-01\n---\n${story}`);
  writeFileSync(path.join(broken, 'b.md'), `---\ntitle: A Good One\n---\n${story}`);
});

describe('dateline check', () => {
  it('passes clean content and builds nothing', async () => {
    const r = await runDateline(['check', clean], { cwd: path.dirname(clean) });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toMatch(/1 file checked: 1 article, 0 skipped; 0 errors/);
    expect(existsSync(path.join(path.dirname(clean), '_site'))).toBe(false);
  });

  it('passes the demo archive', async () => {
    const r = await runDateline(['check', path.join(ROOT, 'content')]);
    expect(r.code, r.output).toBe(0);
  });

  it('lets warnings through, naming the file and line, and fails on them with --strict', async () => {
    const r = await runDateline(['check', warned]);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toMatch(/a\.md:3\s+warning\s+Front-matter field "date" was ignored/);
    const strict = await runDateline(['check', warned, '--strict']);
    expect(strict.code, strict.output).toBe(1);
    expect(strict.stdout).toMatch(/1 error or warning\./);
  });

  it('fails on broken front matter, naming the file and line, and still checks the other files', async () => {
    const r = await runDateline(['check', broken]);
    expect(r.code, r.output).toBe(1);
    expect(r.stdout).toMatch(/a\.md:\d+(:\d+)?\s+error/);
    expect(r.stdout).toMatch(/2 files checked: 1 article, 1 skipped; 1 error\./);
  });
});
