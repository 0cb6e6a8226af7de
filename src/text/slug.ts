/**
 * URL slugs. Article ids, topic and outlet slugs, and event ids are all
 * slugs, and all are published URLs, so each keeps the scheme it was first
 * published with:
 *
 * - the default scheme keeps the letters and digits of every script
 *   (`/articles/بشار-الاسد-في-موسكو/`), at most 80 characters;
 * - `ascii: true`, the event ids' scheme, keeps ASCII letters and digits
 *   only, accents dropped (`/events/cafe-zurich-2013/`), at most the
 *   `maxLength` the events pass gives (60); a title most of whose letters
 *   are not Latin is transliterated first (`/events/bshar-alasd-fy-mwskw/`),
 *   where the scheme used to keep only its digits.
 *
 * Changing either would move pages that readers and other sites link to.
 */
import transliterate from '@sindresorhus/transliterate';
import anyAscii from 'any-ascii';

/** Options of {@link slugify}. */
export interface SlugOptions {
  /** Longest slug, in UTF-16 code units (default: `80`). */
  maxLength?: number;
  /**
   * Keep ASCII letters and digits only, as event ids do (default: `false`,
   * letters and digits of any script). This scheme also cuts a long slug at
   * the last hyphen within `maxLength + 1` characters wherever it is, where
   * the default scheme cuts at a hyphen only when that keeps more than half
   * of `maxLength` characters, and else mid-word.
   */
  ascii?: boolean;
}

/** Longest slug of the default scheme. */
const SLUG_MAX = 80;

/** What each scheme drops and keeps. */
const SCHEMES = {
  unicode: { marks: /\p{M}+/gu, apostrophes: /['’‘]/gu, other: /[^\p{L}\p{N}]+/gu },
  ascii: { marks: /[\u0300-\u036f]/gu, apostrophes: /['’]/gu, other: /[^a-z0-9]+/gu },
} as const;

/**
 * A URL slug: letters and digits lower-cased, accents dropped, apostrophes
 * removed, every other run of characters one hyphen, none at either end; at
 * most `maxLength` characters, cut at a hyphen where it can be. Never `.` or
 * `..`. See {@link SlugOptions} for the two schemes.
 *
 * @param text Any text.
 * @param options `maxLength` (default: `80`), `ascii` (default: `false`).
 */
export function slugify(text: string, options: SlugOptions = {}): string {
  const max = options.maxLength ?? SLUG_MAX;
  const scheme = options.ascii ? SCHEMES.ascii : SCHEMES.unicode;
  const slug = (options.ascii ? asciiLetters(text) : text)
    .normalize('NFKD')
    .replace(scheme.marks, '')
    .toLowerCase()
    .replace(scheme.apostrophes, '')
    .replace(scheme.other, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= max) return slug;
  return options.ascii ? cutAtLastHyphen(slug, max) : cutAtHyphenPastHalf(slug, max);
}

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * A text the ASCII scheme can read: as it is when at least half its letters
 * are Latin, so that no Latin-script slug ever changes; else transliterated,
 * by @sindresorhus/transliterate (which keeps the vowel letters of Arabic
 * and Persian) then any-ascii for the scripts it leaves (Hebrew, Indic,
 * Chinese and Japanese…).
 */
function asciiLetters(text: string): string {
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (latin * 2 >= letters) return text;
  return anyAscii(transliterate(text));
}

/** The default scheme's cut: at the last hyphen of the first `max` characters when it lies past half of them, else at `max`. */
function cutAtHyphenPastHalf(slug: string, max: number): string {
  const cut = slug.slice(0, max);
  const i = cut.lastIndexOf('-');
  return (i > max / 2 ? cut.slice(0, i) : cut).replace(/-+$/u, '');
}

/** The ASCII scheme's cut: at the last hyphen of the first `max + 1` characters (a word ending at `max` is kept whole), else at `max`. */
function cutAtLastHyphen(slug: string, max: number): string {
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/u, '');
}
