/**
 * Keys of names: what makes two spellings of one person, place or
 * organisation one name.
 *
 * - `nameMatchKey` is how enrich and events match mentions of a name
 *   ("Bashar al-Assad", "Bashar Assad" and "BASHAR AL-ASSAD" are one
 *   entity; "U.S." is "us"). It feeds the entities and the event clusters.
 * - `nameTopicKey` is what a topic page's slug is made from: it keeps the
 *   case and the dots (the slug folds them) and drops the Arabic article in
 *   more spellings ("al‐", "al’", after a bracket).
 *
 * Both exist because each feeds something already published: aligning
 * them would regroup events or move topic pages.
 */

/** The key a name is matched by: lowercase, no dots, "al-"/"el-" prefixes folded, spaces single. */
export function nameMatchKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./gu, '')
    .replace(/\b(al|el)-/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The part of a name that tells one topic from another: the Arabic article
 * ("al-", "el-") is written by some outlets and not by others, so "Bashar
 * al-Assad" and "Bashar Assad" are one topic.
 */
export function nameTopicKey(name: string): string {
  return name.replace(/(^|[\s(])(?:al|el)[-‐‑’'](?=\p{L})/giu, '$1');
}
