/**
 * Dates of the real pages where the page states them: the share of pages
 * whose file prints the ground-truth date (in one of the common written
 * forms below) that the archive dates right. The WCXB ground truth takes
 * its date from the saved page's markup, which a copied page often leaves
 * out; `score.mjs` scores every page whose ground truth has a date, and this,
 * the project's own measure, scores those where reading the date was
 * possible. Written independently of Dateline's date reading, so that it
 * does not share its blind spots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages whose file states their ground-truth date, and how many the archive dates right. */
export interface StatedDateScore {
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
export function scoreStatedDates(corpusDir: string, siteDir: string): StatedDateScore {
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { files: Record<string, { date?: string | null }> };
  const archive = JSON.parse(readFileSync(join(siteDir, 'archive.json'), 'utf8')) as { articles: { file: string; date: string | null }[] };
  const dateOf = new Map(archive.articles.map((a) => [a.file, a.date]));
  let stated = 0;
  let correct = 0;
  for (const [file, page] of Object.entries(gold.files)) {
    const day = page.date?.slice(0, 10);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/u.test(day)) continue;
    const text = readFileSync(join(corpusDir, 'content', file), 'utf8');
    if (!statedDatePattern(day).test(text)) continue;
    stated++;
    if (dateOf.get(file)?.slice(0, 10) === day) correct++;
  }
  return { stated, correct, accuracy: stated ? correct / stated : null };
}
