/**
 * Pictures of saved pages: those the browser saved beside the page are shown
 * from copies named by their content; nothing else is ever shown or fetched.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/analyse/per-article/parse/index.ts';
import { pagePath } from '../../src/analyse/per-article/parse/html-images.ts';
import { load } from '../../src/load/index.ts';
import { imageKind } from '../../src/load/images.ts';
import { readStatFile, writeStatFile } from '../../src/load/stat-file.ts';
import { renderBody } from '../../src/output/body.ts';
import { markdownBlocks } from '../../src/analyse/per-article/parse/blocks.ts';
import { keptBlocks } from '../../src/analyse/per-article/enrich/lib/terms.ts';
import type { PageImage, SourceFile } from '../../src/model/types.ts';

/** The first bytes of a JPEG and of a PNG: enough for the loader to know them. */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const STORY = '<p>The harbour ferry crews walked out at dawn over new rosters, leaving the morning sailings to the islands cancelled and hundreds of commuters waiting on the quay for buses that the operator had laid on too late.</p>'.repeat(3);

function page(figures: string): string {
  return `<!doctype html><html lang="en"><head><title>Ferry crews walk out</title></head><body><article><h1>Ferry crews walk out</h1>${figures}${STORY}</article></body></html>`;
}

function saved(text: string, images: PageImage[]): SourceFile {
  return { file: 'Story.html', path: '/x/Story.html', format: 'html', text, hash: 'a'.repeat(64), bytes: text.length, images };
}

const ferry: PageImage = { name: 'Story_files/ferry.jpg', file: 'Story_files/ferry.jpg', hash: sha(JPEG), ext: 'jpg' };

describe('pictures of a saved page, as parsed', () => {
  it('keeps a picture saved beside the page, with its caption, as one figure block pointing at its copy', () => {
    const html = page('<figure><img src="./Story_files/ferry.jpg" alt="The ferry at its berth"><figcaption>The morning ferry. Photo: staff</figcaption></figure>');
    const { article } = parseFile(saved(html, [ferry]));
    const figure = article!.blocks.find((b) => b.kind === 'figure')!;
    expect(figure.removed).toBeUndefined();
    expect(figure.text).toBe('The ferry at its berth The morning ferry. Photo: staff');
    expect(JSON.stringify(figure.node)).toContain(`"url":"media/${sha(JPEG)}.jpg"`);
    expect(article!.images).toEqual([{ path: `media/${sha(JPEG)}.jpg`, file: 'Story_files/ferry.jpg' }]);
    // What the picture shows is not what the story says: names, keywords and events read the story alone.
    expect(keptBlocks(article!)).not.toContain(figure.text);
    expect(keptBlocks(article!)).toHaveLength(3);
  });

  it('drops remote pictures, tracking pixels, pictures it has no file of, and a mark the page forged itself', () => {
    const html = page(
      '<img src="https://cdn.example/ferry.jpg" alt="remote"><img src="https://tracker.example/p.gif" width="1" height="1">' +
        '<figure><img src="Story_files/missing.jpg" alt="missing"><figcaption>A caption without its picture</figcaption></figure>' +
        `<img src="https://cdn.example/x.jpg" data-dateline-media="media/${sha(PNG)}.png" alt="forged">`,
    );
    const { article } = parseFile(saved(html, [ferry]));
    const json = JSON.stringify(article!.blocks.filter((b) => !b.removed));
    for (const gone of ['cdn.example', 'tracker.example', 'missing', 'forged', 'media/']) expect(json).not.toContain(gone);
    expect(article!.images).toBeUndefined();
    const caption = article!.blocks.find((b) => b.text === 'A caption without its picture')!;
    expect(caption.removed).toMatchObject({ ruleId: 'html/caption' });
  });

  it('shows the picture of a <picture> and a file name with spaces, each once', () => {
    const both: PageImage[] = [ferry, { name: 'Story_files/quay view.png', file: 'Story_files/quay view.png', hash: sha(PNG), ext: 'png' }];
    const html = page('<picture><source srcset="https://cdn.example/a.webp"><img src="Story_files/quay%20view.png" alt="Quay"></picture><p><img src="Story_files/ferry.jpg" alt="Ferry"> and again <img src="./Story_files/ferry.jpg" alt="Ferry"></p>');
    const { article } = parseFile(saved(html, both));
    expect(article!.images!.map((i) => i.file)).toEqual(['Story_files/quay view.png', 'Story_files/ferry.jpg']);
  });

  it('reads a src as a path from the page folder, and only a relative one', () => {
    expect(pagePath('./Story_files/a%20b.jpg')).toBe('Story_files/a b.jpg');
    expect(pagePath('Story_files/x.png?v=2#top')).toBe('Story_files/x.png');
    expect(pagePath('../elsewhere/x.png')).toBeNull();
    expect(pagePath('https://cdn.example/x.png')).toBeNull();
    expect(pagePath('//cdn.example/x.png')).toBeNull();
    expect(pagePath('data:image/png;base64,AAAA')).toBeNull();
  });
});

describe('pictures in the body HTML', () => {
  it('shows a copy the site made from the article page, and a figure with its caption', () => {
    const html = page('<figure><img src="Story_files/ferry.jpg" alt="The ferry"><figcaption>At dawn</figcaption></figure>');
    const { article } = parseFile(saved(html, [ferry]));
    expect(renderBody(article!.blocks)).toContain(`<figure><img src="../../media/${sha(JPEG)}.jpg" alt="The ferry" loading="lazy"><figcaption>At dawn</figcaption></figure>`);
  });

  it('shows a Markdown image of any other address as its alternative text, never fetching it', () => {
    const blocks = markdownBlocks('![The harbour at dawn](https://cdn.example/harbour.jpg)\n\n![](http://tracker.example/p.gif)\n\n![x](javascript:alert(1))', 1);
    const html = renderBody(blocks);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('example');
    expect(html).toContain('The harbour at dawn');
  });
});

describe('pictures, as loaded', () => {
  async function folder(files: Record<string, string | Buffer>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-images-'));
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    return dir;
  }

  it('knows a picture by its first bytes, not its name', () => {
    expect(imageKind(JPEG)).toBe('jpg');
    expect(imageKind(PNG)).toBe('png');
    expect(imageKind(Buffer.from('GIF89a....'))).toBe('gif');
    expect(imageKind(Buffer.from('<svg onload="alert(1)"/>'))).toBeNull();
    expect(imageKind(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
  });

  it('gives a saved page the pictures of its folder, with their hashes; other files of the folder are not pictures', async () => {
    const dir = await folder({
      'news/Story.html': page(''),
      'news/Story_files/ferry.jpg': JPEG,
      'news/Story_files/img/quay.PNG': PNG,
      'news/Story_files/fake.jpg': Buffer.from('<script>alert(1)</script>'),
      'news/Story_files/site.css': 'p {}',
    });
    const { files } = await load(dir);
    expect(files[0]!.images).toEqual([
      { name: 'Story_files/ferry.jpg', file: 'news/Story_files/ferry.jpg', hash: sha(JPEG), ext: 'jpg' },
      { name: 'Story_files/img/quay.PNG', file: 'news/Story_files/img/quay.PNG', hash: sha(PNG), ext: 'png' },
    ]);
  });

  it('takes a picture’s hash from the stat file when it vouches for the file, and reads it again when it changed', async () => {
    const dir = await folder({ 'Story.html': page(''), 'Story_files/ferry.jpg': JPEG });
    const picture = path.join(dir, 'Story_files/ferry.jpg');
    const statFile = path.join(dir, '..', `${path.basename(dir)}.stat.json`);
    await load(dir, { statFile });
    const stats = await readStatFile(statFile);
    expect(stats.files.get('Story_files/ferry.jpg')).toMatchObject({ format: 'image', encoding: 'jpg', hash: sha(JPEG) });
    // The hash a vouched-for picture is given is the stat file's: it is not read again. (A load long after
    // the picture was written vouches for it; one in the same instant would not.)
    stats.files.get('Story_files/ferry.jpg')!.hash = 'f'.repeat(64);
    await writeStatFile(statFile, Date.now() + 60_000, stats.files);
    expect((await load(dir, { statFile })).files[0]!.images![0]!.hash).toBe('f'.repeat(64));
    await writeFile(picture, PNG);
    const { files } = await load(dir, { statFile });
    expect(files[0]!.images).toEqual([{ name: 'Story_files/ferry.jpg', file: 'Story_files/ferry.jpg', hash: sha(PNG), ext: 'png' }]);
  });

  it('lists the folder once in the report, none of its files as skipped', async () => {
    const dir = await folder({ 'Story.html': page(''), 'Story_files/ferry.jpg': JPEG, 'Story_files/app.js': 'x()' });
    const { skipped, diagnostics } = await load(dir);
    expect(skipped).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['load/page-assets']);
    expect((await readdir(path.join(dir, 'Story_files'))).length).toBe(2);
  });
});
