/**
 * An event reported over three days by three outlets, built by `dateline
 * build`: its page says which outlet reported first and when, links the
 * first report, and tells how coverage grew day by day, each day linked
 * to its reports; the page is valid HTML.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { vnu } from '../support/checks.ts';
import { runDateline } from '../support/demo.ts';

/** One report of the quake: front matter, then its own paragraphs. */
const report = (title: string, date: string, source: string, paragraphs: string[]) =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsource: ${JSON.stringify(source)}\n---\n\n${paragraphs.join('\n\n')}\n`;

const REPORTS: Record<string, string> = {
  'wire.md': report('Earthquake kills 14 on Lombok', '2018-07-29', 'Island Wire', [
    'A magnitude 6.4 earthquake struck the Indonesian island of Lombok on Sunday, killing at least 14 people in East Lombok, the national disaster agency said.',
    'Sutopo Purwo Nugroho, the agency spokesman, said rescuers were searching collapsed homes in Sembalun.',
  ]),
  'daily.md': report('Lombok earthquake kills at least 14', '2018-07-30', 'Example Daily', [
    'The death toll from the magnitude 6.4 earthquake on Lombok stood at 14 on Monday, Sutopo Purwo Nugroho of the disaster agency told reporters in Jakarta.',
    'Hospitals in Mataram treated dozens of injured people from East Lombok in tents outside their wards.',
  ]),
  'daily-2.md': report('Lombok earthquake: the search for survivors', '2018-07-30', 'Example Daily', [
    'Volunteers in Sembalun dug through the rubble of homes on Monday, a day after the magnitude 6.4 earthquake hit Lombok and killed 14 people.',
    'Climbers stranded on Mount Rinjani after the Lombok earthquake were brought down by rescuers, Sutopo Purwo Nugroho said.',
  ]),
  'times.md': report('Lombok earthquake toll rises', '2018-08-01', 'Other Times', [
    'Indonesia pledged money to rebuild the homes in East Lombok that the magnitude 6.4 earthquake destroyed on Sunday, killing 14 people.',
    'Sutopo Purwo Nugroho said more than 1,000 homes in Sembalun and nearby villages on Lombok were damaged.',
  ]),
};

let out: string;
let archive: ArchiveJson;
let build: { code: number; output: string };

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-timeline-'));
  const content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  mkdirSync(content, { recursive: true });
  for (const [file, text] of Object.entries(REPORTS)) writeFileSync(path.join(content, file), text);
  build = await runDateline(['build', content, '--out', out, '--no-search']);
  archive = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8'));
}, 300_000);

const eventPage = () => readFileSync(path.join(out, ...archive.events[0]!.url.split('/').filter(Boolean), 'index.html'), 'utf8');

describe('an event reported over three days', () => {
  it('is one event of four reports', () => {
    expect(build.code, build.output).toBe(0);
    expect(archive.events).toHaveLength(1);
    expect(archive.events[0]!.articles).toHaveLength(4);
  });

  it('says which outlet reported first and when, and links the first report', () => {
    const page = eventPage();
    expect(page).toContain('First reported by Island Wire on 29 July 2018.');
    const first = /<p class="first-report">([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    expect(first).toContain('The first report:');
    expect(first).toContain('Earthquake kills 14 on Lombok</a>');
    expect(first).toContain('<time datetime="2018-07-29">');
  });

  it('tells how coverage grew day by day, each day linked to its reports on the page', () => {
    const page = eventPage();
    const days = [...(/<ol class="growth-days"[^>]*>([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(days).toEqual([
      '29 July 2018: 1 report, 1 in all; first from Island Wire.',
      '30 July 2018: 2 reports, 3 in all; first from Example Daily.',
      '1 August 2018: 1 report, 4 in all; first from Other Times.',
    ]);
    for (const anchor of ['d-2018-07-29', 'd-2018-07-30', 'd-2018-08-01']) {
      expect(page).toContain(`href="#${anchor}"`);
      expect(page).toContain(`id="${anchor}"`);
    }
  });

  it('is valid HTML', async () => {
    const errors = await vnu([path.join(out, ...archive.events[0]!.url.split('/').filter(Boolean), 'index.html')]);
    expect(errors.map((e) => `${e.lastLine ?? ''} ${e.message}`)).toEqual([]);
  });
});
