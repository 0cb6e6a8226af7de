/**
 * Dates and titles of the real pages where the page states them: the share
 * of pages whose file prints the ground-truth date (in one of the common
 * written forms below), or the ground-truth title as a line of its own, that
 * the archive gets right. The WCXB ground truth takes both from the saved
 * page's markup, which a copied page often leaves out or words differently;
 * `score.mjs` scores every page whose ground truth has one, and this, the
 * project's own measure, scores those where reading it was possible.
 * Written independently of Dateline's reading, so as not to share its
 * blind spots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages whose file states their ground-truth date (or title), and how many the archive gives right. */
export interface StatedScore {
  stated: number;
  correct: number;
  accuracy: number | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The ways a month is written: its name, its first three letters (with or without a point), and "Sept". */
function monthPattern(month: number): string {
  const name = MONTHS[month - 1]!;
  const forms = [name, `${name.slice(0, 3)}\\.?`];
  if (month === 9) forms.push('sept\\.?');
  return `(?:${forms.join('|')})`;
}

/**
 * A pattern that finds a day written in the usual forms of English pages
 * and of ISO and numeric dates: "June 20, 2024", "Jun. 20th 2024",
 * "20 June 2024", "20-Jun-2024", "2024-06-20", "2024/06/20", "06/20/2024",
 * "20/06/2024", "20.06.2024". A year is required: "June 20" alone may be
 * any year's.
 */
export function statedDatePattern(isoDay: string): RegExp {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const day = `0?${d}(?:st|nd|rd|th)?`;
  const mm = `0?${m}`;
  const dd = `0?${d}`;
  const month = monthPattern(m);
  const forms = [
    `${month}\\s+${day},?\\s+${y}`,
    `${day}\\s+(?:of\\s+)?${month},?\\s+${y}`,
    `${dd}-${month}-${y}`,
    `${y}[-/.]${String(m).padStart(2, '0')}[-/.]${String(d).padStart(2, '0')}`,
    `${mm}/${dd}/${y}`,
    `${dd}[/.]${mm}[/.]${y}`,
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{N}])`, 'iu');
}

/**
 * Scores the dates of an archive built from a corpus of `make-dev-corpora.mjs`
 * (`corpusDir` holds its `gold.json` and `content/`), on the pages whose file
 * states the gold date.
 */
export function scoreStatedDates(corpusDir: string, siteDir: string): StatedScore {
  return scoreStated(corpusDir, siteDir, (page, article, text) => {
    const day = page.date?.slice(0, 10);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/u.test(day) || !statedDatePattern(day).test(text)) return null;
    return article?.date?.slice(0, 10) === day;
  });
}

/** Whitespace runs made one space, and the ends trimmed, as `score.mjs` compares titles. */
const spaced = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * Whether a page prints a title as a line of its own (whitespace aside):
 * the headline a reader sees, not the same words inside a breadcrumb or a
 * sentence.
 */
export function statesTitle(text: string, title: string): boolean {
  const wanted = spaced(title);
  return wanted !== '' && text.split('\n').some((line) => spaced(line) === wanted);
}

/**
 * Scores the titles of an archive built from a corpus of `make-dev-corpora.mjs`
 * on the pages whose file prints the gold title as a line (copied pages: the
 * text of a saved page is markup, so its title is read from it, not printed).
 */
export function scoreStatedTitles(corpusDir: string, siteDir: string): StatedScore {
  return scoreStated(corpusDir, siteDir, (page, article, text) => {
    if (!page.title || !statesTitle(text, page.title)) return null;
    return spaced(article?.title ?? '') === spaced(page.title);
  });
}

interface GoldPage {
  date?: string | null;
  title?: string | null;
}

interface ArchiveArticle {
  file: string;
  title: string;
  date: string | null;
}

/** Counts the pages `judge` finds stated (`null`: not stated) and those it finds right. */
function scoreStated(corpusDir: string, siteDir: string, judge: (page: GoldPage, article: ArchiveArticle | undefined, text: string) => boolean | null): StatedScore {
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { files: Record<string, GoldPage> };
  const archive = JSON.parse(readFileSync(join(siteDir, 'archive.json'), 'utf8')) as { articles: ArchiveArticle[] };
  const articleOf = new Map(archive.articles.map((a) => [a.file, a]));
  let stated = 0;
  let correct = 0;
  for (const [file, page] of Object.entries(gold.files)) {
    const right = judge(page, articleOf.get(file), readFileSync(join(corpusDir, 'content', file), 'utf8'));
    if (right === null) continue;
    stated++;
    if (right) correct++;
  }
  return { stated, correct, accuracy: stated ? correct / stated : null };
}
