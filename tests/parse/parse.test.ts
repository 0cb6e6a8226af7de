import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignArticleIds, parse, parseFile } from '../../src/analyse/per-article/parse/index.ts';
import { dateIn, headlineFromLead, readsAsHeadline } from '../../src/analyse/per-article/parse/index.ts';
import type { SourceFile } from '../../src/model/types.ts';
import { formatDiagnostic } from '../../src/model/messages.ts';
import { SEEDS_DIR } from '../support/demo.ts';

function source(file: string, text: string): SourceFile {
  return { file, path: `/x/${file}`, format: file.endsWith('.txt') ? 'text' : 'markdown', text, hash: 'h'.repeat(64), bytes: text.length };
}

describe('parse: front matter', () => {
  it('takes title, date, source, url, author, tags, lang and summary from front matter', () => {
    const { article, diagnostics } = parseFile(
      source(
        'a.md',
        '---\ntitle: Quake hits coast\ndate: 2020-03-04\nsource: Example Times\nurl: https://example.org/q\nauthor: [Ann, Bo]\ntags: quake, coast\nlang: ar\nsummary: Short.\n---\nBody text here.\n',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: 'Quake hits coast',
      titleSource: 'front-matter',
      date: '2020-03-04',
      dateSource: 'front-matter',
      source: 'Example Times',
      sourceOrigin: 'front-matter',
      sourceUrl: 'https://example.org/q',
      author: 'Ann, Bo',
      tags: ['quake', 'coast'],
      lang: 'ar',
      dir: 'rtl',
      summary: 'Short.',
    });
    expect(article!.blocks.map((b) => b.text)).toEqual(['Body text here.']);
    expect(article!.blocks[0]!.line).toBe(11);
  });

  it('skips a file whose YAML is broken, naming the line', () => {
    const r = parseFile(source('bad.md', '---\ntitle: ok\ndate: [unclosed\n---\nBody\n'));
    expect(r.article).toBeNull();
    expect(r.skipped!.reason).toMatch(/not valid YAML/);
    expect(r.diagnostics[0]).toMatchObject({ file: 'bad.md', ruleId: 'front-matter/syntax' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('skips a file whose front matter is a list, not fields', () => {
    const r = parseFile(source('list.md', '---\n- a\n- b\n---\nBody\n'));
    expect(r.article).toBeNull();
    expect(r.diagnostics[0]!.ruleId).toBe('front-matter/not-a-mapping');
  });

  it('keeps an article with a wrongly typed field, drops the field and names its line', () => {
    const r = parseFile(source('t.md', '---\ntitle: Fine\ntags: 5\ndate: yesterday\n---\nOn 9 December 2024 it rained.\n'));
    expect(r.article).not.toBeNull();
    expect(r.article!.tags).toEqual([]);
    const tags = r.diagnostics.find((d) => d.field === 'tags')!;
    expect(tags).toMatchObject({ ruleId: 'front-matter/invalid-field', line: 3, severity: 'warning' });
    const date = r.diagnostics.find((d) => d.field === 'date')!;
    expect(date).toMatchObject({ ruleId: 'front-matter/invalid-field', line: 4 });
    expect(date.message).toMatch(/not a date/);
    // The date the text states is enrich's to read (tests/enrich), once the boilerplate pass has found the furniture.
    expect(r.article).toMatchObject({ date: null, dateSource: 'none' });
  });

  it('notes unknown fields without failing', () => {
    const r = parseFile(source('u.md', '---\ntitle: T\nweather: sunny\n---\nBody\n'));
    expect(r.article!.title).toBe('T');
    expect(r.diagnostics).toMatchObject([{ ruleId: 'front-matter/unknown-field', field: 'weather', line: 3, severity: 'info' }]);
  });
});

describe('parse: raw copy-paste', () => {
  it('takes a first line that reads as a headline for the title, and leaves it out of the body', () => {
    const { article } = parseFile(source('a.txt', 'Storm Closes Harbour\n\nThe harbour closed on Monday.\n'));
    expect(article!.title).toBe('Storm Closes Harbour');
    expect(article!.titleSource).toBe('first-line');
    expect(article!.blocks.map((b) => b.text)).toEqual(['The harbour closed on Monday.']);
  });

  it('makes a headline from the lead sentence when the first line is a sentence of the story', () => {
    const { article } = parseFile(
      source('b.txt', 'The mayor of Springfield, who took office in May, said on Friday that the harbour would reopen after repairs costing millions.\n\nMore text.\n'),
    );
    expect(article!.titleSource).toBe('lead');
    expect(article!.title).toBe('The mayor of Springfield said on Friday that the harbour would reopen after repairs…');
    expect(article!.blocks).toHaveLength(2);
  });

  it('reads every line as plain text, not markdown', () => {
    const { article } = parseFile(source('c.txt', 'Title Here\n\n# not a heading *not emphasis*\n'));
    expect(article!.blocks[0]).toMatchObject({ kind: 'paragraph', text: '# not a heading *not emphasis*' });
  });

  it('leaves a date the text states to enrich, and reads no relative date as a date', () => {
    expect(parseFile(source('d.txt', 'Quake\n\nPARIS, 3 May 2019 (AFP) – A quake struck.\n')).article).toMatchObject({ date: null, dateSource: 'none' });
    expect(dateIn('PARIS, 3 May 2019 (AFP) – A quake struck.')?.date).toBe('2019-05-03');
    for (const relative of ['A quake struck eight days ago.', 'The vote comes in 12 hours.', 'A quake struck on Tuesday.', 'It rained the day before.']) {
      expect(dateIn(relative), relative).toBeNull();
    }
    const fm = parseFile(source('f.md', '---\ntitle: Quake\ndate: eight days ago\n---\nA quake struck.\n'));
    expect(fm.article).toMatchObject({ date: null, dateSource: 'none' });
    expect(fm.diagnostics.find((d) => d.field === 'date')?.message).toMatch(/not a date/);
  });

  it('recognises an outlet that names itself in its furniture', () => {
    const { article } = parseFile(source('f.txt', 'Headline Here\n\nStory text.\n\nThe Daily Example on Facebook\n\nThe Daily Example on Twitter\n'));
    expect(article).toMatchObject({ source: 'The Daily Example', sourceOrigin: 'text' });
  });

  it('falls back to the file name for a title made only of punctuation', () => {
    const { article } = parseFile(source('notes/odd-one.md', '---\ntitle: "!!! ???"\n---\nBody text.\n'));
    expect(article!.title).toBe('odd-one');
    expect(article!.id).toBe('odd-one');
  });
});

describe('parse: ids', () => {
  it('gives each article a unique id; the later of two files with one slug gets a suffix and a warning naming both', () => {
    const r = parse([source('a.md', '---\ntitle: Same\n---\nx\n'), source('b.md', '---\ntitle: Same\n---\ny\n')]);
    expect(r.articles[0]!.id).toBe('same');
    expect(r.articles[1]!.id).toMatch(/^same-[0-9a-f]{6}$/);
    expect(r.diagnostics).toMatchObject([{ file: 'b.md', line: 2, ruleId: 'article/duplicate-slug', related: 'a.md', relatedLine: 2 }]);
  });

  it('points a duplicate address at the line it is made from in both files: slug:, title:, or the headline of pasted text', () => {
    const r = parse([
      source('a.md', '---\ndate: 2024-01-02\nslug: council-approves-harbour-plan\ntitle: One\n---\nx\n'),
      source('b.txt', '\nCouncil approves harbour plan\n\nThe council approved the harbour plan on Tuesday after a long debate about its cost and the ferries.\n'),
    ]);
    expect(r.diagnostics.filter((d) => d.ruleId === 'article/duplicate-slug')).toMatchObject([{ file: 'b.txt', line: 2, related: 'a.md', relatedLine: 3 }]);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.ruleId === 'article/duplicate-slug')!)).toContain('see also: a.md:3');
  });

  it('lets an article keep the id it was published under when a new file takes its slug', () => {
    const files = [source('b.md', '---\ntitle: Same\n---\nold\n'), source('a.md', '---\ntitle: Same\n---\nnew\n')];
    // Without the published ids, path order decides: a.md, new, would take the slug from b.md.
    expect(parse(files).articles.find((a) => a.file === 'b.md')!.id).toMatch(/^same-[0-9a-f]{6}$/);
    const r = assignArticleIds(files.map(parseFile), new Map([['b.md', 'same']]));
    expect(r.articles.find((a) => a.file === 'b.md')!.id).toBe('same');
    expect(r.articles.find((a) => a.file === 'a.md')!.id).toMatch(/^same-[0-9a-f]{6}$/);
    expect(r.diagnostics).toMatchObject([{ file: 'a.md', ruleId: 'article/duplicate-slug', related: 'b.md' }]);
    // A suffixed id is kept too; a published id the slug no longer gives (the title changed) is not.
    const kept = assignArticleIds(files.map(parseFile), new Map([['a.md', 'same-123abc'], ['b.md', 'same']]));
    expect(kept.articles.map((a) => a.id).sort()).toEqual(['same', 'same-123abc']);
    const retitled = assignArticleIds([parseFile(source('b.md', '---\ntitle: Other\n---\nold\n'))], new Map([['b.md', 'same']]));
    expect(retitled.articles[0]!.id).toBe('other');
  });

  it('never lets a slug climb out of its folder', () => {
    const r = parseFile(source('x.md', '---\ntitle: T\nslug: ../../etc/passwd\n---\nBody\n'));
    expect(r.article!.id).toBe('etc-passwd');
    expect(r.diagnostics.some((d) => d.ruleId === 'article/unsafe-slug')).toBe(true);
  });
});

describe('parse: the seed articles', () => {
  const dir = SEEDS_DIR;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const parsed = parse(files.map((f) => source(f, readFileSync(path.join(dir, f), 'utf8'))));
  const byPrefix = (p: string) => parsed.articles.find((a) => a.file.startsWith(p))!;

  it('gives no seed a date, none having front matter (enrich reads 003 and 004 from their text: tests/events/seeds.test.ts)', () => {
    for (const p of ['000', '001', '002', '003', '004']) expect(byPrefix(p)).toMatchObject({ date: null, dateSource: 'none' });
  });

  it('takes headlines from the first line, past the navigation line of 003', () => {
    expect(byPrefix('001').title).toBe('Assad’s wife claims she rejected multiple offers to flee Syria');
    expect(byPrefix('003').title).toBe('al-Assad Arrives In Russia, Asylum Granted');
    expect(byPrefix('004').title).toBe('Bashar Assad Said to Refuse Iran Asylum Offer');
  });

  it('makes 002 a headline from its lead, since it has none of its own', () => {
    expect(byPrefix('002').titleSource).toBe('lead');
    expect(byPrefix('002').title).toMatch(/^Asma al-Assad told Russian television/);
  });
});

describe('parse: helpers', () => {
  it('tells headlines from sentences', () => {
    expect(readsAsHeadline('Bashar Assad Said to Refuse Iran Asylum Offer')).toBe(true);
    expect(readsAsHeadline('The minister said on Friday that the talks had failed and would not resume.')).toBe(false);
  });
  it('reads complete dates only', () => {
    expect(dateIn('on December 9, 2024')?.date).toBe('2024-12-09');
    expect(dateIn('in March 2011')).toBeNull();
  });
  it('shortens long leads at a word boundary', () => {
    expect(headlineFromLead('A b c d e f g h i j k l m n o p q r.')).toBe('A b c d e f g h i j k l m n…');
  });
});
