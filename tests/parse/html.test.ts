import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/load/index.ts';
import { parseFile } from '../../src/analyse/per-article/parse/index.ts';
import { withoutSiteName } from '../../src/analyse/per-article/parse/html-metadata.ts';
import { FURNITURE_RULES } from '../../src/analyse/per-article/parse/html-furniture.ts';
import { outletOfAddress, readSavedPage } from '../../src/analyse/per-article/parse/html.ts';
import type { Article, SourceFile } from '../../src/model/types.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/html');

/** A fixture page as the load stage gives it. */
function page(file: string): SourceFile {
  const bytes = readFileSync(path.join(FIXTURES, file));
  const decoded = decodeHtml(bytes);
  if (decoded.kind !== 'text') throw new Error(`${file} is not text`);
  return { file, path: path.join(FIXTURES, file), format: 'html', text: decoded.text, hash: 'h'.repeat(64), bytes: bytes.length };
}

function parsed(file: string): Article {
  const { article, diagnostics } = parseFile(page(file));
  expect(diagnostics).toEqual([]);
  return article!;
}

const kept = (a: Article) => a.blocks.filter((b) => !b.removed).map((b) => b.text);
const removed = (a: Article) => a.blocks.filter((b) => b.removed).map((b) => [b.removed!.ruleId, b.text]);

describe('saved pages: metadata and where it came from', () => {
  it('reads a JSON-LD NewsArticle first: date, authors, publisher through its @id', () => {
    const a = parsed('json-ld.html');
    expect(a).toMatchObject({
      format: 'html',
      title: 'Tidal barrier closes early as storm surge nears',
      titleSource: 'front-matter',
      // JSON-LD's datePublished, not the later OpenGraph time.
      date: '2024-11-01',
      dateSource: 'front-matter',
      author: 'Mira Okafor, Tom Reyes',
      source: 'The Estuary Courier',
      sourceUrl: 'https://courier.example/news/2024/11/02/tidal-barrier-closes-early',
      lang: 'en-GB',
      dir: 'ltr',
    });
    expect(a.metadataOrigins).toEqual({
      title: 'headline',
      date: 'json-ld',
      author: 'json-ld',
      source: 'json-ld',
      sourceUrl: 'canonical-link',
      lang: 'html-attribute',
    });
  });

  it('reads OpenGraph and article:* meta when there is no JSON-LD, and the title without the site suffix', () => {
    const a = parsed('opengraph.html');
    expect(a).toMatchObject({
      title: 'Le marché couvert rouvre après deux ans de travaux',
      date: '2023-04-15',
      author: 'Claire Dubois',
      source: 'Le Petit Quotidien',
      sourceUrl: 'https://quotidien.example/ville/marche-couvert-rouvre',
      lang: 'fr',
      summary: 'Les commerçants ont retrouvé leurs étals samedi matin.',
    });
    expect(a.metadataOrigins).toMatchObject({ date: 'opengraph', author: 'opengraph', source: 'opengraph', sourceUrl: 'opengraph', dir: 'html-attribute', summary: 'meta' });
  });

  it('reads a Windows-1252 page its meta charset declares, with its <meta name> fields and the <title> site name', () => {
    const a = parsed('windows-1252.html');
    expect(a.title).toBe('Café owners fight “unfair” terrace fees');
    expect(a).toMatchObject({ date: '2009-06-18', author: 'José Martínez', source: 'Riverside Gazette' });
    expect(a.metadataOrigins).toMatchObject({ date: 'meta', author: 'meta', source: 'title-element' });
    expect(kept(a)[0]).toBe('Owners of the cafés along the riverside say the council’s new terrace fee – €12 a square metre – will cost some of them more than a month’s takings.');
  });

  it('takes the address a browser notes in a page it saves when the page names none itself', () => {
    const a = parsed('saved/Harbour-ferry-strike.html');
    expect(a.sourceUrl).toBe('https://harbour.example/news/ferry-crews-strike');
    expect(a.metadataOrigins?.sourceUrl).toBe('saved-from');
  });

  it('files a page that names no site under the host of its address', () => {
    const a = readSavedPage('x.html', '<html><head><title>Ferry crews strike</title><link rel="canonical" href="https://www.harbour.example/news/ferry"></head><body><h1>Ferry crews strike</h1><p>Ferry crews walked out on Monday over pay, stopping every crossing to the islands for the day.</p></body></html>');
    expect(a.data.source).toBe('harbour.example');
    expect(a.origins.source).toBe('canonical-link');
  });

  it('reads no outlet from an address without a host name, and keeps the site the page names', () => {
    expect(outletOfAddress({ value: 'http://localhost/story', origin: 'canonical-link' })).toBeNull();
    expect(outletOfAddress({ value: 'https://m.news.example/a', origin: 'opengraph' })).toEqual({ value: 'news.example', origin: 'opengraph' });
    expect(parsed('saved/Harbour-ferry-strike.html').source).not.toBe('harbour.example');
  });

  it('cuts the site name from a title, by name when the page gives it, else as a short last part', () => {
    expect(withoutSiteName('Storm closes port | The Courier', 'The Courier')).toBe('Storm closes port');
    expect(withoutSiteName('The Courier - Storm closes port', 'The Courier')).toBe('Storm closes port');
    expect(withoutSiteName('Storm closes port - Courier Online', undefined)).toBe('Storm closes port');
    expect(withoutSiteName('Storm closes port', 'The Courier')).toBe('Storm closes port');
  });
});

describe('saved pages: the story', () => {
  it('keeps the story text in order, without the headline, and sets furniture aside with its reason', () => {
    const a = parsed('json-ld.html');
    expect(kept(a)).toEqual([
      "The estuary's tidal barrier was closed six hours earlier than planned on Friday night, as forecasters warned that a storm surge could push water levels to their highest in a decade.",
      'Engineers lowered all nine gates by 10pm, the authority said, after the surge forecast was raised twice during the afternoon. "We would rather close early and be wrong," a spokesperson said.',
      'Homes on the low bank',
      'About 340 homes on the low bank were asked to move cars and valuables upstairs, and the council opened two rest centres for anyone who preferred to leave.',
      'The gates are expected to reopen on Saturday afternoon once the second high tide has passed.',
    ]);
    expect(removed(a)).toEqual([
      ['html/byline', 'By Mira Okafor and Tom Reyes'],
      ['html/share', 'Share on Social Email'],
      ['html/sidebar', 'Related Barrier upgrade finished Flood maps redrawn'],
    ]);
    expect(a.blocks.find((b) => b.removed?.ruleId === 'html/share')!.removed!.reason).toBe('buttons to share the story');
    // The page's header, menu and footer are outside its article: not part of it at all.
    expect(a.blocks.some((b) => /All rights reserved|Sport Weather/.test(b.text))).toBe(false);
  });

  it('finds the story by its density when the page declares no article element', () => {
    const a = parsed('opengraph.html');
    expect(kept(a)).toHaveLength(3);
    expect(kept(a)[0]).toMatch(/^Les commerçants ont retrouvé leurs étals samedi matin, sous une charpente/);
    expect(a.blocks.some((b) => /Les plus lus|Recevez notre lettre|Accueil/.test(b.text))).toBe(false);
  });

  it('reads a story set in a layout table, without the navigation cell', () => {
    const a = parsed('windows-1252.html');
    expect(kept(a)).toHaveLength(3);
    expect(a.blocks.some((b) => b.text.includes('Home'))).toBe(false);
  });

  it('gives every block a Markdown node, as Markdown articles have, and headings as headings', () => {
    const a = parsed('json-ld.html');
    for (const b of a.blocks.filter((x) => !x.removed)) expect(b.node).toBeDefined();
    expect(a.blocks.find((b) => b.text === 'Homes on the low bank')).toMatchObject({ kind: 'heading', node: { type: 'heading', depth: 2 } });
  });

  it('resolves a relative link against the page address and drops links inside the page', () => {
    const { blocks } = readSavedPage(
      't.html',
      '<link rel="canonical" href="https://x.example/a/b"><article><p>A paragraph long enough to be the story of this page, with <a href="../c">a relative link</a> and <a href="#top">an anchor</a> in it.</p></article>',
    );
    const json = JSON.stringify(blocks[0]!.node);
    expect(json).toContain('"url":"https://x.example/c"');
    expect(json).not.toContain('#top');
  });

  it('reads again by tags alone a page whose own container bears a furniture name', () => {
    const story = 'The ferry will run on Sundays from May, the operator said, after a petition signed by most of the island.';
    const { blocks } = readSavedPage('t.html', `<div class="content-sidebar-wrap"><h1>Ferry to run on Sundays</h1><p>${story}</p></div>`);
    expect(blocks.filter((b) => !b.removed).map((b) => b.text)).toEqual([story]);
  });

  it('puts back the parts of a page that React streamed after its first bytes', () => {
    const story = 'The market reopened on Saturday under its restored roof, two years after the works began, and the stallholders were back.';
    const html = `<main><h1>Market reopens</h1><!--$?--><template id="B:0"></template><div>Loading…</div><!--/$--></main><div hidden id="S:0"><p>${story}</p><p>${story}</p><p>${story}</p><p>${story}</p></div>`;
    const texts = readSavedPage('t.html', html).blocks.map((b) => b.text);
    expect(texts).toEqual([story, story, story, story]);
  });
});

describe('saved pages: a page as a browser saves it', () => {
  it('reads the story of a news page whole, and each piece of its furniture with its own reason', () => {
    // The demo's saved pages, read as a page alone (without the pictures saved beside it).
    const a = parsed('../../../content/valley-courier-boil-water-notice.html');
    expect(a).toMatchObject({
      title: 'Boil-water notice for 40,000 homes after Marrow Valley plant fault',
      date: '2025-03-14',
      author: 'Hannah Pryce',
      source: 'The Valley Courier',
      sourceUrl: 'https://valleycourier.example/news/2025/03/14/marrow-valley-boil-water-notice',
    });
    expect(kept(a)).toHaveLength(7);
    expect(kept(a)[0]).toMatch(/^About 40,000 homes in the Marrow Valley/);
    expect(kept(a).at(-1)).toMatch(/likely to stay in place until at least Monday\.$/);
    expect(removed(a).map(([rule]) => rule)).toEqual(['html/header', 'html/share', 'html/caption', 'html/advert', 'html/sidebar', 'html/newsletter']);
    // Cookie notice, menus, comments and footer are outside the article.
    expect(JSON.stringify(a.blocks)).not.toMatch(/cookies|Sport|Second time this year|All rights reserved/);
  });

  it('reads an older page without an article element by its density, byline and share line set aside', () => {
    const a = parsed('../../../content/northfield-post-kestrel-bridge-water.html');
    expect(a).toMatchObject({ date: '2025-03-15', author: 'Sam Whitlow', source: 'Northfield Evening Post' });
    expect(kept(a)).toHaveLength(5);
    expect(removed(a).map(([rule]) => rule)).toEqual(['html/byline', 'html/share']);
    expect(JSON.stringify(a.blocks)).not.toMatch(/Most read|Advertise with the Post|Station Road/);
  });
});

describe('saved pages: the author', () => {
  const story = '<p>The market reopened on Saturday under its restored roof, two years after the works began, and the stallholders were back.</p>';
  const page = (author: string) =>
    readSavedPage(
      't.html',
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Market reopens","author":${author}}</script></head><body><main><h1>Market reopens</h1><div class="byline">By Jane Doe</div>${story}${story}</main></body></html>`,
    );

  it('takes the byline’s person over a JSON-LD author that is only an organisation, and the organisation when no byline names one', () => {
    expect([page('{"@type":"Organization","name":"Harbour Clinic"}').data.author, page('{"@type":"Organization","name":"Harbour Clinic"}').origins.author]).toEqual(['Jane Doe', 'byline']);
    expect(page('{"@type":"Person","name":"Tom Roe"}').data.author).toBe('Tom Roe');
    const noByline = readSavedPage('t.html', `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Market reopens","author":{"@type":"Organization","name":"Harbour Clinic"}}</script></head><body><main><h1>Market reopens</h1>${story}${story}</main></body></html>`);
    expect(noByline.data.author).toBe('Harbour Clinic');
  });
});

describe('saved pages: lists inside the story', () => {
  const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to read as prose and not as a label or a button.</p>`).join('');

  it('sets aside a list of teasers of other stories, but not cards that are the story itself', () => {
    const teaser = (n: number) => `<div><h3><a href="/s/${n}">Other story ${n}</a></h3><p>A line of summary.</p><span>Mar ${n}, 2025</span></div>`;
    const withTeasers = readSavedPage('t.html', `<article><h1>Headline</h1>${story}<div>${[1, 2, 3].map(teaser).join('')}</div></article>`);
    expect(withTeasers.blocks.filter((b) => b.removed).map((b) => b.removed!.ruleId)).toEqual(['html/teasers']);
    const cards = readSavedPage('t.html', `<article><h1>Twelve places to eat</h1><div>${Array.from({ length: 12 }, (_, n) => teaser(n + 1)).join('')}</div></article>`);
    expect(cards.blocks.filter((b) => b.removed)).toEqual([]);
  });

  it('sets aside a list of links and a short line of links, not a paragraph that cites', () => {
    const links = '<ul><li><a href="/a">Flood maps redrawn</a></li><li><a href="/b">Barrier upgrade finished</a></li></ul>';
    const line = '<p>Read more: <a href="/c">Storm season begins</a></p>';
    const cites = `<p>As <a href="/d">the agency's report on the winter floods and the damage they did</a> and <a href="/e">the council's reply to it</a> both said, the barrier held.</p>`;
    const { blocks } = readSavedPage('t.html', `<article><h1>Headline</h1>${story}${links}${line}${cites}</article>`);
    expect(blocks.filter((b) => b.removed).map((b) => [b.removed!.ruleId, b.text])).toEqual([
      ['html/link-list', 'Flood maps redrawn Barrier upgrade finished'],
      ['html/link-list', 'Read more: Storm season begins'],
    ]);
    expect(blocks.at(-1)!.text).toMatch(/^As the agency's report/);
  });
});

describe('saved pages: furniture rules', () => {
  for (const rule of FURNITURE_RULES) {
    it(`${rule.id} sets aside its example: ${rule.reason}`, () => {
      const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to read as prose and not as a label or a button.</p>`).join('');
      const { blocks } = readSavedPage('t.html', `<body><article><h1>A headline</h1>${story}${rule.example}</article></body>`);
      const set = blocks.filter((b) => b.removed);
      expect(set.map((b) => b.removed!.ruleId)).toEqual([rule.id]);
      expect(blocks.filter((b) => !b.removed)).toHaveLength(6);
    });
  }
});
