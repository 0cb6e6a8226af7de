/**
 * Link blocks: blocks of an article that are another article's headline or
 * the start of its first paragraph ("Latest news" lists, "Also read:"
 * inserts, boxes of related stories) that the boilerplate stage left in.
 * They tell what the outlet published next to the story, not the story, so
 * the event features leave them out. Only the archive as a whole shows them,
 * which is why the events pass finds them and not the per-article stages.
 */
import { keptBlocks } from '../../../per-article/enrich/index.ts';
import type { Article } from '../../../../model/types.ts';
import { bareWordKey } from '../../../../text/words.ts';
import { LINK_LEAD_WORDS, LINK_MIN_WORDS, LINK_PREFIX_CHARS, LINK_TAIL_MIN, LINK_TAIL_SHARE } from '../settings.ts';

/** Number of words of a key. */
const count = (k: string) => (k === '' ? 0 : k.split(' ').length);

/** The first `n` words of a key (the whole key when shorter). */
function prefix(k: string, n: number): string {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = k.indexOf(' ', at + 1);
    if (at < 0) return k;
  }
  return k.slice(0, at);
}

/**
 * The text after a short label ("Also read: …", "Don't miss – …"), or null
 * when the block has none.
 */
function afterLabel(text: string): string | null {
  const m = /^(.{2,}?)\s*[:|–—-]\s+(?=\S)/u.exec(text.slice(0, LINK_PREFIX_CHARS + 3));
  return m ? text.slice((m[0] as string).length) : null;
}

/**
 * For each article, the kept blocks (indexes into its kept blocks, see
 * `keptBlocks`) that are links to other articles: the block's words, or the
 * words after a short label, are another article's title (at least
 * `LINK_MIN_WORDS` words) or the first words of another article's lead
 * (its first kept block of at least `LINK_LEAD_WORDS` words). An article's
 * lead and the blocks before it are never links (the story starts there). Linear in the archive: one
 * lookup of a block's first words.
 */
export function linkBlocks(articles: readonly Article[]): Set<number>[] {
  const titles = new Set<string>();
  // First LINK_LEAD_WORDS words of each article's lead → the lead's full keys.
  const leads = new Map<string, string[]>();
  const keys = articles.map((a) => keptBlocks(a).map(bareWordKey));
  // The first block long enough is where the story starts (a short first block is a stamp or a by-line).
  const leadIndex = keys.map((ks) => ks.findIndex((k) => count(k) >= LINK_LEAD_WORDS));
  articles.forEach((a, i) => {
    const t = bareWordKey(a.title);
    if (count(t) >= LINK_MIN_WORDS) titles.add(t);
    const at = leadIndex[i] as number;
    if (at < 0) return;
    const full = (keys[i] as string[])[at] as string;
    const p = prefix(full, LINK_LEAD_WORDS);
    const list = leads.get(p);
    if (list) list.push(full);
    else leads.set(p, [full]);
  });
  const isLink = (k: string): boolean => {
    if (titles.has(k) && count(k) >= LINK_MIN_WORDS) return true;
    const starts = leads.get(prefix(k, LINK_LEAD_WORDS));
    if (!starts || count(k) < LINK_LEAD_WORDS) return false;
    return starts.some((full) => full === k || full.startsWith(`${k} `));
  };
  return articles.map((a, i) => {
    const bs = keptBlocks(a);
    const ks = keys[i] as string[];
    const lead = leadIndex[i] as number;
    const out = new Set<number>();
    bs.forEach((b, k) => {
      if (k <= lead || k === 0) return;
      const rest = afterLabel(b);
      if (isLink(ks[k] as string) || (rest !== null && isLink(bareWordKey(rest)))) out.add(k);
    });
    // A list of headlines at the end: from a link on, when most blocks to the end are links, all of
    // them are (the list also names stories the archive does not hold), and a short heading before it.
    let found = 0;
    for (let k = bs.length - 1; k > lead; k--) {
      if (!out.has(k)) continue;
      found++;
      if (found < LINK_TAIL_MIN || found < LINK_TAIL_SHARE * (bs.length - k)) continue;
      for (let j = k; j < bs.length; j++) out.add(j);
      if (k - 1 > lead && count(ks[k - 1] as string) < LINK_MIN_WORDS) out.add(k - 1);
      break;
    }
    return out;
  });
}
