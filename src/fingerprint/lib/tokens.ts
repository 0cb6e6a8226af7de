/** Word tokens as every stage compares them: letters and digits, lower case. */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cased words of `text`; punctuation and quote styles are ignored. */
export function words(text: string): string[] {
  const found = text.toLowerCase().match(WORD);
  if (!found) return [];
  for (let i = 0; i < found.length; i++) if (found[i]!.includes('’')) found[i] = found[i]!.replace(/’/g, "'");
  return found;
}

/** The words of `text` joined by single spaces: a key for exact-text comparison. */
export function normalizedKey(text: string): string {
  return words(text).join(' ');
}
