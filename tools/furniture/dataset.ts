/**
 * The training pages as the furniture model sees them in the boilerplate pass: parsed as
 * pasted text, run through the boilerplate rules as one archive (so that the
 * rules and the archive-wide repetition see what a build of these pages
 * would), each block labelled story or furniture against the ground truth.
 */
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { archiveRepeats } from '../../src/analyse/corpus/boilerplate/model/repeats.ts';
import { gapsMeaningful, type FurniturePage } from '../../src/analyse/corpus/boilerplate/model/features.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { normalizedKey } from '../../src/text/words.ts';
import { labelLines, type LineLabel } from './label.ts';
import { scoreTokens } from './metric.ts';
import { parsePage, type Page } from './pages.ts';

/** One labelled page, ready for training and for scoring a decision. */
export interface PageData {
  id: string;
  host: string;
  page: FurniturePage;
  labels: LineLabel[];
  /** Scorer tokens of each block. */
  tokens: string[][];
  /** Scorer tokens of the story text. */
  gold: string[];
}

/**
 * Labelled pages of `pages`, taken as one archive.
 *
 * @param pages Training pages.
 * @param strip The boilerplate pass as the model will see its input (default: the rules alone).
 */
export function buildDataset(pages: readonly Page[], strip = stripRulesOnly): PageData[] {
  const articles = pages.map(parsePage);
  const syndication = findSyndication(articles, fingerprint(articles));
  const stripped = strip(articles, syndication);
  const group = stripped.map((a) => syndication.groupOf.get(a.id) ?? a.id);
  const keys = stripped.map((a) => a.blocks.map((b) => normalizedKey(b.text)));
  const texts = stripped.map((a) => a.blocks.map((b) => b.text));
  const repeats = archiveRepeats(keys, texts, group);
  return stripped.map((a, i) => {
    const page = pages[i]!;
    return {
      id: page.id,
      host: page.host,
      page: {
        texts: texts[i]!,
        kinds: a.blocks.map((b) => b.kind),
        lines: a.blocks.map((b) => b.line),
        gapsMeaningful: gapsMeaningful(a.format, a.blocks.map((b) => b.line)),
        removed: a.blocks.map((b) => !!b.removed),
        outletRepeats: a.blocks.map(() => 0),
        archiveRepeats: repeats[i]!,
        title: a.title,
      },
      labels: labelLines(texts[i]!, page.mainContent),
      tokens: texts[i]!.map(scoreTokens),
      gold: scoreTokens(page.mainContent),
    };
  });
}

/** The boilerplate pass with its rules only. */
function stripRulesOnly(articles: Parameters<typeof stripBoilerplate>[0], syndication: Parameters<typeof stripBoilerplate>[1]) {
  return stripBoilerplate(articles, syndication, { model: null }).articles;
}
