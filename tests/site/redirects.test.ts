/**
 * Old event URLs over several rebuilds: when two events merge, the id that
 * is no longer used gets a redirect page, and that page stays published in
 * every later build, not only in the build that made it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { LOHAN, REID } from '../events/fixtures/stories.ts';
import { runDateline } from '../support/demo.ts';

const markdown = (s: { title: string; date?: string | null; text: string }, source: string) =>
  `---\ntitle: ${JSON.stringify(s.title)}\n${s.date ? `date: ${s.date}\n` : ''}source: ${source}\n---\n${s.text.split('\n').join('\n\n')}\n`;

let out: string;
const builds: { code: number; output: string; archive: ArchiveJson }[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-redirects-'));
  const content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  mkdirSync(content, { recursive: true });
  const build = async () => {
    const r = await runDateline(['build', content, '--out', out, '--no-search']);
    builds.push({ ...r, archive: r.code === 0 ? JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8')) : null! });
  };
  // 1. Two events: Tara Reid's rehab and Lindsay Lohan's.
  for (const s of [...REID, ...LOHAN]) writeFileSync(path.join(content, `${s.id}.md`), markdown(s, 'Example Wire'));
  await build();
  // 2. The Lohan files, under their own titles, now carry the Reid reports: one event, and the Lohan event's id redirects.
  LOHAN.forEach((s, k) => writeFileSync(path.join(content, `${s.id}.md`), markdown({ ...REID[k]!, title: s.title }, 'Other Wire')));
  await build();
  // 3. and 4. Nothing changed, then one more report of the Reid event.
  await build();
  writeFileSync(
    path.join(content, 'reid-late.md'),
    markdown({ title: 'Tara Reid in Malibu rehab, rep says', date: '2008-12-11', text: REID[0]!.text }, 'Third Wire'),
  );
  await build();
}, 300_000);

describe('redirects of merged events across rebuilds', () => {
  it('builds four times', () => {
    for (const b of builds) expect(b.code, b.output).toBe(0);
    expect(builds).toHaveLength(4);
  });

  it('gives the merged-away event a redirect page to the event that holds its reports', () => {
    const [first, second] = builds;
    expect(first!.archive.events).toHaveLength(2);
    expect(second!.archive.events).toHaveLength(1);
    const kept = second!.archive.events[0]!.id;
    const gone = first!.archive.events.map((e) => e.id).find((id) => id !== kept)!;
    expect(second!.archive.redirects).toEqual([{ from: gone, to: kept }]);
  });

  it('keeps the redirect page in every later build', () => {
    const [first, second, third, fourth] = builds;
    const kept = second!.archive.events[0]!.id;
    const gone = first!.archive.events.map((e) => e.id).find((id) => id !== kept)!;
    for (const b of [third!, fourth!]) {
      expect(b.archive.events.map((e) => e.id)).toEqual([kept]);
      expect(b.archive.redirects).toEqual([{ from: gone, to: kept }]);
    }
    const page = path.join(out, 'events', gone, 'index.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain(`../${kept}/`);
  });
});
