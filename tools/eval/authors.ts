/**
 * Authors of the real pages: the share of pages whose ground truth names an
 * author that the archive names the same. `score.mjs` does not score
 * authors, so this is the project's own measure, read beside the scorer's
 * on the same built archive: names compared without case, punctuation, a
 * leading "By" or the words that join names ("and", "&"), so "A, B and C"
 * is "A, B, and C" and "Dylan Bailey, MS, RD" still needs its credentials.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages whose ground truth names an author, and how many the archive names the same. */
export interface AuthorScore {
  withGold: number;
  correct: number;
  accuracy: number | null;
}

/** An author line as compared: lowercase words, without "by" in front or "and" / "&" between names. */
export function authorWords(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*by\s+/u, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && w !== 'and')
    .join(' ');
}

/**
 * Scores the authors of an archive built from a corpus of `make-dev-corpora.mjs`
 * (`corpusDir` holds its `gold.json`; each page's `id` is `wcxb:NNNN`, whose
 * ground truth is `groundTruthDir/NNNN.json`).
 */
export function scoreAuthors(corpusDir: string, siteDir: string, groundTruthDir: string): AuthorScore {
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { files: Record<string, { id: string }> };
  const archive = JSON.parse(readFileSync(join(siteDir, 'archive.json'), 'utf8')) as { articles: { file: string; author: string | null }[] };
  const authorOf = new Map(archive.articles.map((a) => [a.file, a.author]));
  let withGold = 0;
  let correct = 0;
  for (const [file, page] of Object.entries(gold.files)) {
    const truthFile = join(groundTruthDir, `${page.id.replace(/^wcxb:/u, '')}.json`);
    if (!existsSync(truthFile)) continue;
    const truth = (JSON.parse(readFileSync(truthFile, 'utf8')) as { ground_truth?: { author?: string | null } }).ground_truth?.author;
    if (!truth || authorWords(truth) === '') continue;
    withGold++;
    const ours = authorOf.get(file);
    if (ours && authorWords(ours) === authorWords(truth)) correct++;
  }
  return { withGold, correct, accuracy: withGold ? correct / withGold : null };
}
