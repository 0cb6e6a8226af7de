/**
 * Link blocks: blocks of an article that are another article's headline or
 * the start of its first paragraph ("Latest news" lists, "Also read:"
 * inserts, boxes of related stories) that the boilerplate stage left in.
 * They tell what the outlet published next to the story, not the story, so
 * the event features leave them out. Only the archive as a whole shows them,
 * which is why stage 7 finds them and not the per-article stages.
 */
import { keptBlocks, words } from '../../enrich/index.ts';
import type { Article } from '../../types.ts';
import { LINK_LEAD_WORDS, LINK_MIN_WORDS, LINK_PREFIX_CHARS, LINK_TAIL_MIN, LINK_TAIL_SHARE } from '../settings.ts';

const key = (ws: readonly string[]) => ws.join(' ');

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
  const titles = new Map<string, number[]>();
  // First LINK_LEAD_WORDS words of each article's first block → the block's full words.
  const leads = new Map<string, string[]>();
  const blocks = articles.map(keptBlocks);
  // The first block long enough is where the story starts (a short first block is a stamp or a by-line).
  const leadIndex = blocks.map((bs) => bs.findIndex((b) => words(b).length >= LINK_LEAD_WORDS));
  articles.forEach((a, i) => {
    const tw = words(a.title);
    if (tw.length >= LINK_MIN_WORDS) {
      const k = key(tw);
      const list = titles.get(k);
      if (list) list.push(i);
      else titles.set(k, [i]);
    }
    const at = leadIndex[i] as number;
    if (at < 0) return;
    const first = words((blocks[i] as string[])[at] as string);
    const k = key(first.slice(0, LINK_LEAD_WORDS));
    const list = leads.get(k);
    const full = key(first);
    if (list) list.push(full);
    else leads.set(k, [full]);
  });
  const isLink = (text: string): boolean => {
    const ws = words(text);
    if (ws.length >= LINK_MIN_WORDS && titles.has(key(ws))) return true;
    if (ws.length < LINK_LEAD_WORDS) return false;
    const starts = leads.get(key(ws.slice(0, LINK_LEAD_WORDS)));
    if (!starts) return false;
    const k = key(ws);
    return starts.some((full) => full === k || full.startsWith(`${k} `));
  };
  return blocks.map((bs, i) => {
    const out = new Set<number>();
    bs.forEach((b, k) => {
      if (k <= (leadIndex[i] as number) || k === 0) return;
      const rest = afterLabel(b);
      if (isLink(b) || (rest !== null && isLink(rest))) out.add(k);
    });
    // A list of headlines at the end: from a link on, when most blocks to the end are links, all of
    // them are (the list also names stories the archive does not hold), and a short heading before it.
    let found = 0;
    for (let k = bs.length - 1; k > (leadIndex[i] as number); k--) {
      if (!out.has(k)) continue;
      found++;
      if (found < LINK_TAIL_MIN || found < LINK_TAIL_SHARE * (bs.length - k)) continue;
      for (let j = k; j < bs.length; j++) out.add(j);
      if (k - 1 > (leadIndex[i] as number) && words(bs[k - 1] as string).length < LINK_MIN_WORDS) out.add(k - 1);
      break;
    }
    return out;
  });
}
