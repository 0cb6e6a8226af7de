/**
 * Headline, author and date of a built archive of copied pages against
 * their labels, with what the project's scorer does not report: the author,
 * and the date on the pages that state their labelled date in their text.
 *
 *   node --import tsx tools/headline/report.ts <archive.json | out dir> [--errors]
 *
 * Articles are matched to labelled pages by file name (`NNNN.txt`). Errors
 * are listed only for pages outside the held-out part.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fold, loadPages, type LabelledPage } from './pages.ts';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'boolean', default: false } } });
const target = positionals[0];
if (!target) {
  console.error('usage: report.ts <archive.json | out dir> [--errors]');
  process.exit(2);
}
const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'archive.json') : target;
const archive = JSON.parse(readFileSync(file, 'utf8')) as {
  articles: { file: string; title: string; author: string | null; date: string | null; dateSource: string; dateText: string | null }[];
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Whether a page's text writes the date `iso` in one of the usual ways. */
function states(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const mon = `${month.slice(0, 3)}(?:${month.slice(3)}|\\.|t\\.?)?`;
  const day = `0?${d}(?:st|nd|rd|th)?`;
  const mm = `0?${m}`;
  const patterns = [
    `\\b${mon}\\s+${day},?\\s+${y}`,
    `\\b${day}\\s+(?:of\\s+)?${mon},?\\s+${y}`,
    `\\b${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    `\\b${mm}[/.-]0?${d}[/.-](?:${y}|${String(y).slice(2)})\\b`,
    `\\b0?${d}[/.-]${mm}[/.-](?:${y}|${String(y).slice(2)})\\b`,
  ];
  return patterns.some((p) => new RegExp(p, 'iu').test(text));
}

const pages = new Map<string, LabelledPage>(loadPages().map((p) => [`${p.id}.txt`, p]));
const count = { pages: 0, title: 0, author: { labelled: 0, right: 0, wrong: 0, missing: 0 }, date: { labelled: 0, right: 0, stated: 0, statedRight: 0, copyright: 0 } };
const errors: string[] = [];
for (const a of archive.articles) {
  const p = pages.get(path.posix.basename(a.file));
  if (!p) continue;
  count.pages++;
  const show = args.errors && p.part !== 'held-out';
  if (p.title && fold(a.title) === fold(p.title)) count.title++;
  if (p.author) {
    count.author.labelled++;
    const got = fold(a.author).toLowerCase();
    if (!got) count.author.missing++;
    else if (got === fold(p.author).toLowerCase()) count.author.right++;
    else {
      count.author.wrong++;
      if (show) errors.push(`${p.id} author: ${fold(p.author)}  got: ${fold(a.author)}`);
    }
  }
  if (a.dateSource === 'copyright') count.date.copyright++;
  if (p.date) {
    count.date.labelled++;
    const right = a.date?.slice(0, 10) === p.date;
    if (right) count.date.right++;
    if (states(p.text, p.date)) {
      count.date.stated++;
      if (right) count.date.statedRight++;
      else if (show) errors.push(`${p.id} date: ${p.date}  got: ${a.date ?? '-'} (${a.dateSource}${a.dateText ? `: ${a.dateText}` : ''})`);
    }
  }
}
const r = (n: number, of: number) => `${(n / Math.max(of, 1)).toFixed(3)} (${n}/${of})`;
console.log(`pages ${count.pages}`);
console.log(`title exact                    ${r(count.title, count.pages)}`);
console.log(`author right (case ignored)    ${r(count.author.right, count.author.labelled)}; wrong ${count.author.wrong}, none ${count.author.missing}`);
console.log(`date right                     ${r(count.date.right, count.date.labelled)}`);
console.log(`date right where stated        ${r(count.date.statedRight, count.date.stated)}`);
console.log(`copyright year only            ${count.date.copyright}`);
if (errors.length) console.log(`\n${errors.sort().join('\n')}`);
