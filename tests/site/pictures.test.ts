/**
 * The pictures of saved pages in a built site: copied under names made of
 * their content, announced to link previews, carried over by a rebuild,
 * replaced when the picture changes; no page of the site loads anything from
 * another server.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDateline } from '../support/demo.ts';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const JPEG2 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x02]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const PAGE = `<!doctype html><html lang="en"><head><title>Ferry crews walk out over rosters | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><link rel="stylesheet" href="Ferry_files/site.css"></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>Ferry crews walk out over rosters</h1>
<figure><img src="Ferry_files/ferry.jpg" alt="The morning ferry at its berth"><figcaption>The morning ferry. Photo: Harbour Times</figcaption></figure>
${'<p>Ferry crews walked out at dawn on Tuesday over new rosters, cancelling the morning sailings to the islands and leaving hundreds of commuters on the quay.</p>'.repeat(4)}
<img src="https://tracker.example/pixel.gif" width="1" height="1" alt=""></article></body></html>`;

const MARKDOWN = `---\ntitle: Quay reopens after storm\ndate: 2024-03-02\nsource: Island Post\n---\n\n![The quay](https://cdn.example/quay.jpg)\n\nThe quay reopened on Saturday after the storm damage was repaired, the harbour board said.\n`;

let content = '';
let out = '';
const page = () => readFileSync(path.join(out, 'articles/ferry-crews-walk-out-over-rosters/index.html'), 'utf8');
const media = () => (existsSync(path.join(out, 'media')) ? readdirSync(path.join(out, 'media')).sort() : []);

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-pictures-'));
  content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  mkdirSync(path.join(content, 'Ferry_files'), { recursive: true });
  writeFileSync(path.join(content, 'Ferry.html'), PAGE);
  writeFileSync(path.join(content, 'Ferry_files/ferry.jpg'), JPEG);
  writeFileSync(path.join(content, 'Ferry_files/site.css'), 'body { color: red }');
  writeFileSync(path.join(content, 'quay.md'), MARKDOWN);
  const r = await runDateline(['build', content, '--out', out, '--no-search', '--url', 'https://archive.example.org/']);
  expect(r.code, r.output).toBe(0);
}, 120_000);

describe('pictures saved with a page', () => {
  it('are copied into the site under their content hash, byte for byte', () => {
    expect(media()).toEqual([`${sha(JPEG)}.jpg`]);
    expect(readFileSync(path.join(out, 'media', `${sha(JPEG)}.jpg`)).equals(JPEG)).toBe(true);
  });

  it('are shown in a figure with the caption, from the copy, and announced as the lead picture', () => {
    const html = page();
    expect(html).toContain(`<figure><img src="../../media/${sha(JPEG)}.jpg" alt="The morning ferry at its berth" loading="lazy"><figcaption>The morning ferry. Photo: Harbour Times</figcaption></figure>`);
    expect(html).toContain(`<meta property="og:image" content="https://archive.example.org/media/${sha(JPEG)}.jpg">`);
    expect(html).toContain('"image":["https://archive.example.org/media/');
  });

  it('leave no page of the site loading anything from another server', () => {
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const f of pages) {
      const html = readFileSync(path.join(out, f), 'utf8');
      const loaded = [...html.matchAll(/<(?:img|script|link|iframe|source|video|audio)\b[^>]*?\b(?:src|href|srcset)="((?:https?:)?\/\/[^"]*)"/g)].map((m) => m[1]!);
      // Absolute addresses of the site itself (canonical, feeds) are the only ones.
      expect(loaded.filter((u) => !u.startsWith('https://archive.example.org/')), f).toEqual([]);
      expect(html, f).not.toContain('tracker.example');
      expect(html, f).not.toContain('cdn.example/quay.jpg');
    }
    expect(readFileSync(path.join(out, 'articles/quay-reopens-after-storm/index.html'), 'utf8')).toContain('The quay');
  });

  it('are carried over by a rebuild, and replaced when the picture changes', async () => {
    writeFileSync(path.join(content, 'quay.md'), MARKDOWN.replace('was repaired', 'had been repaired'));
    expect((await runDateline(['build', content, '--out', out, '--no-search', '--url', 'https://archive.example.org/'])).code).toBe(0);
    expect(media()).toEqual([`${sha(JPEG)}.jpg`]);
    writeFileSync(path.join(content, 'Ferry_files/ferry.jpg'), JPEG2);
    const r = await runDateline(['build', content, '--out', out, '--no-search', '--url', 'https://archive.example.org/']);
    expect(r.code, r.output).toBe(0);
    expect(media()).toEqual([`${sha(JPEG2)}.jpg`]);
    expect(page()).toContain(`../../media/${sha(JPEG2)}.jpg`);
  }, 120_000);
});
