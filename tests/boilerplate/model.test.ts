import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { ALL_FEATURES, CONTEXT_FEATURES, contextRows, gapsMeaningful, storyCore, type FurniturePage } from '../../src/analyse/corpus/boilerplate/model/features.ts';
import { learnedRemovals, LEARNED_FURNITURE } from '../../src/analyse/corpus/boilerplate/model/model.ts';
import { archiveRepeats } from '../../src/analyse/corpus/boilerplate/model/repeats.ts';
import { lineShape, SHAPE_FEATURES } from '../../src/analyse/corpus/boilerplate/model/shape.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { parseFile } from '../../src/analyse/per-article/parse/parse.ts';
import type { Article } from '../../src/model/types.ts';

const shape = (text: string) => Object.fromEntries(SHAPE_FEATURES.map((name, i) => [name, lineShape(text, 'paragraph')[i]!]));

/** A page as a reader copies it from a browser: menus and lists line after line, paragraphs set apart by blank lines. */
const COPIED_PAGE = [
  'Skip to content',
  'Home',
  'News',
  'Sport',
  'Business',
  'Culture',
  'Weather',
  'We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.',
  'Accept all cookies',
  'Manage preferences',
  'Harbour council approves new ferry terminal after decade of delays',
  'By Jane Example',
  '12 March 2024',
  '',
  'The harbour council voted on Tuesday to build a new ferry terminal on the east quay, ending ten years of argument over where the crossing to the islands should leave from.',
  '',
  'Councillors approved the plan by eleven votes to four after a debate that ran late into the evening, with residents of the old town filling the public gallery.',
  '',
  '“We have waited ten years for this,” said Maria Lind.',
  '',
  'What happens next',
  '',
  'The work is due to take two years and will be paid for by a loan from the regional development fund, the council said in a statement after the vote.',
  '',
  'The old terminal will stay open until the new one is ready.',
  '',
  'Opponents said the east quay was too exposed to winter storms and that the council had not listened to the ferry crews who know the water best.',
  '',
  'Share this article',
  'Facebook',
  'Twitter',
  'WhatsApp',
  'Copy link',
  'Related stories',
  'Storm closes coastal road for a second day',
  'Schools to reopen after heating repairs',
  'Local bakery wins national bread award',
  'Subscribe to our newsletter',
  'About us',
  'Contact',
  'Privacy policy',
  'Terms of use',
  '© 2024 The Example Gazette',
].join('\n');

function parsed(text: string, file = 'ferry.txt'): Article {
  const article = parseFile({ file, path: `/${file}`, format: 'text', text, hash: file.padEnd(64, '0'), bytes: text.length }).article;
  if (!article) throw new Error('not parsed');
  return article;
}

function pageOf(article: Article, removed: boolean[] = article.blocks.map(() => false)): FurniturePage {
  return {
    texts: article.blocks.map((b) => b.text),
    kinds: article.blocks.map((b) => b.kind),
    lines: article.blocks.map((b) => b.line),
    gapsMeaningful: gapsMeaningful(article.format, article.blocks.map((b) => b.line)),
    removed,
    outletRepeats: article.blocks.map(() => 0),
    archiveRepeats: article.blocks.map(() => 0),
    title: article.title,
  };
}

describe('the furniture model’s line shape', () => {
  it('sees a sentence of the story: closing stop, many function words, several words', () => {
    const s = shape('The council said the work would start in May and take two years to finish.');
    expect(s['ends:sentence']).toBe(1);
    expect(s['words:8-15']).toBe(1);
    expect(s['stop-share']).toBeGreaterThan(0.3);
    expect(s['cap-share']).toBeLessThan(0.2);
  });

  it('sees a menu label: one capitalised word, no punctuation, a furniture word as a cue', () => {
    const s = shape('Menu');
    expect(s['words:0-1']).toBe(1);
    expect(s['ends:none']).toBe(1);
    expect(s['cap-share']).toBe(1);
    expect(s['cue:menu']).toBe(1);
  });

  it('sees addresses, copyright signs, dates and clock times', () => {
    expect(shape('Write to us at desk@example.org')['has:email']).toBe(1);
    expect(shape('© 2024 The Example Gazette')['has:copyright']).toBe(1);
    expect(shape('March 12, 2024 at 10:45 am')['has:time']).toBe(1);
    expect(shape('12 March 2024')['bare-date']).toBe(1);
  });

  it('has one value per feature name', () => {
    expect(lineShape('Anything at all.', 'paragraph')).toHaveLength(SHAPE_FEATURES.length);
    expect(ALL_FEATURES.slice(0, SHAPE_FEATURES.length + CONTEXT_FEATURES.length)).toEqual([...SHAPE_FEATURES, ...CONTEXT_FEATURES]);
  });
});

describe('the story core', () => {
  it('is the run where story-like lines most outweigh the rest', () => {
    expect(storyCore([0.1, 0.1, 0.9, 0.8, 0.3, 0.9, 0.1, 0.1], [1, 1, 30, 25, 5, 28, 2, 2])).toEqual([2, 5]);
  });

  it('is empty when no line is story-like', () => {
    expect(storyCore([0.1, 0.2], [1, 1])).toEqual([0, -1]);
  });

  it('places every line before, inside or after it, and reads blank lines only in pasted text', () => {
    const article = parsed(COPIED_PAGE);
    const p = article.blocks.map((b) => (b.text.split(' ').length >= 12 ? 0.9 : 0.1));
    const at = (rows: number[][], b: number, name: string) => rows[b]![CONTEXT_FEATURES.indexOf(name)]!;
    const { rows, core } = contextRows(pageOf(article), p);
    expect(at(rows, 0, 'core:before')).toBe(1);
    expect(at(rows, core[0], 'core:inside')).toBe(1);
    expect(at(rows, rows.length - 1, 'core:after')).toBe(1);
    expect(at(rows, core[0], 'gap:after')).toBe(1);
    const markdown = contextRows({ ...pageOf(article), gapsMeaningful: false }, p).rows;
    expect(at(markdown, core[0], 'gap:after')).toBe(0);
  });
});

describe('blank lines', () => {
  it('tell something only in pasted text that has some between blocks and not between others', () => {
    expect(gapsMeaningful('text', [1, 2, 3, 5, 7])).toBe(true);
    expect(gapsMeaningful('text', [1, 2, 3, 4])).toBe(false);
    expect(gapsMeaningful('text', [1, 3, 5, 7])).toBe(false);
    expect(gapsMeaningful('markdown', [1, 2, 3, 5])).toBe(false);
  });
});

describe('repetition across the archive', () => {
  it('counts other stories only, each syndication group once, and never a quotation', () => {
    const keys = [['menu', 'a story line'], ['menu', 'a story line'], ['menu', 'another line'], ['he said we will win']];
    const texts = [['Menu', 'A story line'], ['Menu', 'A story line'], ['Menu', 'Another line'], ['“He said we will win”']];
    const counts = archiveRepeats([...keys, ['he said we will win']], [...texts, ['“He said we will win”']], ['g1', 'g1', 'g2', 'g3', 'g4']);
    expect(counts[0]).toEqual([1, 0]);
    expect(counts[2]).toEqual([1, 0]);
    expect(counts[3]).toEqual([0]);
  });
});

describe('the furniture model on a copied page', () => {
  const article = parsed(COPIED_PAGE);
  const texts = article.blocks.map((b) => b.text);
  const removed = new Set(learnedRemovals(pageOf(article)).map((r) => texts[r.index]));

  it('removes the cookie banner, the menu, the share bar and the related links', () => {
    for (const line of ['We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.', 'Accept all cookies', 'Manage preferences']) {
      expect(removed).toContain(line);
    }
    // "News", the first line that reads as a headline, is the title the parser took out of the blocks.
    for (const line of ['Home', 'Sport', 'Business', 'Culture', 'Weather']) expect(removed).toContain(line);
    for (const line of ['Share this article', 'Facebook', 'Twitter', 'WhatsApp']) expect(removed).toContain(line);
    for (const line of ['Storm closes coastal road for a second day', 'Schools to reopen after heating repairs', 'Local bakery wins national bread award']) {
      expect(removed).toContain(line);
    }
    for (const line of ['About us', 'Privacy policy', 'Terms of use']) expect(removed).toContain(line);
  });

  it('keeps the story, its one-line quote, its subheading and its short paragraph', () => {
    for (const line of texts.filter((t) => t.split(' ').length >= 15 && !/cookies/.test(t))) expect(removed).not.toContain(line);
    expect(removed).not.toContain('“We have waited ten years for this,” said Maria Lind.');
    expect(removed).not.toContain('What happens next');
    expect(removed).not.toContain('The old terminal will stay open until the new one is ready.');
  });

  it('gives each removal its main cues as the reason: what the line looks like and where it stands', () => {
    const reasons = learnedRemovals(pageOf(article));
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r.reason).toMatch(/^page furniture by its look and place: \S/);
    const cookie = reasons.find((r) => texts[r.index] === 'Accept all cookies')!;
    expect(cookie.reason).toContain('the word “cookies”');
    expect(reasons.find((r) => texts[r.index] === 'Weather')!.reason).toContain('outside the story text');
  });

  it('keeps every story line of the same page pasted without blank lines, where it removes only what it is nearly sure of', () => {
    const flat = parsed(COPIED_PAGE.replace(/\n\n+/g, '\n'), 'flat.txt');
    const flatTexts = flat.blocks.map((b) => b.text);
    const gone = new Set(learnedRemovals(pageOf(flat)).map((r) => flatTexts[r.index]));
    for (const line of texts.filter((t) => t.split(' ').length >= 15 && !/cookies/.test(t))) expect(gone).not.toContain(line);
    expect(gone).not.toContain('What happens next');
    expect(gone).not.toContain('The old terminal will stay open until the new one is ready.');
  });

  it('decides, in the stage, only what the sure rules leave, under its own rule id', () => {
    const syndication = findSyndication([article], fingerprint([article]));
    const out = stripBoilerplate([article], syndication).articles[0]!;
    const byText = new Map(out.blocks.map((b) => [b.text, b.removed]));
    expect(byText.get('Skip to content')?.ruleId).toBe('nav/skip-link');
    expect(byText.get('Weather')?.ruleId).toBe(LEARNED_FURNITURE);
    expect(byText.get('What happens next')).toBeUndefined();
    const rulesOnly = stripBoilerplate([article], syndication, { model: null }).articles[0]!;
    expect(rulesOnly.blocks.some((b) => b.removed?.ruleId === LEARNED_FURNITURE)).toBe(false);
  });

  it('is deterministic', () => {
    expect(learnedRemovals(pageOf(article))).toEqual(learnedRemovals(pageOf(parsed(COPIED_PAGE))));
  });
});
