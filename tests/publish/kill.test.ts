/**
 * A build killed half-way (SIGKILL, no chance to clean up) leaves the
 * published site whole, and the next build works.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slotsDir } from '../../src/output/publish.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ARTICLES = 200;

function article(i: number, extra = ''): string {
  return `---\ntitle: "Council vote number ${i} on the ${['harbour', 'bridge', 'school', 'library'][i % 4]} plan"\ndate: 20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}\nsource: "${['Example Times', 'Daily Example', 'Example Post'][i % 3]}"\n---\n\nThe council of Example Town voted ${i} times on the plan, officials said on Monday.\n\nResidents asked for more time to read the proposal ${i}.${extra}\n`;
}

function runBuild(content: string, out: string, cache: string) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'dateline.js'), 'build', content, '--out', out, '--no-search', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_CACHE: cache, DATELINE_WORKERS: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (d: string, rel: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(path.join(d, e.name), `${rel}${e.name}/`);
      else files.set(`${rel}${e.name}`, createHash('sha256').update(await readFile(path.join(d, e.name))).digest('hex'));
    }
  };
  await walk(dir, '');
  return files;
}

describe('a build killed half-way', () => {
  it('leaves the previous site whole, and the next build works', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'dateline-kill-'));
    const content = path.join(base, 'content');
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    await mkdir(content);
    for (let i = 0; i < ARTICLES; i++) await writeFile(path.join(content, `a${i}.md`), article(i));

    const first = await runBuild(content, out, cache).done;
    expect(first.stderr).not.toMatch(/build failed/);
    expect(first.code).toBe(0);
    const published = await snapshot(out);
    const tree = await readlink(out);

    // Change every article, so the next build has a whole site to write, and kill it once it is writing.
    for (let i = 0; i < ARTICLES; i++) await writeFile(path.join(content, `a${i}.md`), article(i, ' A correction was added.'));
    const second = runBuild(content, out, cache);
    const target = path.join(slotsDir(out), tree.endsWith('a') ? 'b' : 'a', 'articles');
    while (!existsSync(target) && second.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    second.child.kill('SIGKILL');
    const killed = await second.done;
    expect(killed.signal).toBe('SIGKILL');

    expect(await readlink(out)).toBe(tree);
    expect(await snapshot(out)).toEqual(published);

    const third = await runBuild(content, out, cache).done;
    expect(third.code).toBe(0);
    const after = await snapshot(out);
    expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const json = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as { articles: { text: string }[] };
    expect(json.articles).toHaveLength(ARTICLES);
    expect(json.articles.every((a) => a.text.includes('A correction was added.'))).toBe(true);
  }, 600_000);
});
