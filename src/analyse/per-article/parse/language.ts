/**
 * The language of an article whose front matter does not state one:
 * franc-min's guess over a sample of its text, kept only when the guess is
 * sure, with the writing direction of the script the text is in.
 */
import { francAll } from 'franc-min';

/** A language read from an article's text. */
export interface DetectedLanguage {
  /** BCP 47 tag: the two-letter code where the language has one (`ar`, `fr`), else the three-letter one (`ceb`). */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Fewer letters than this in the sample and no guess is made: franc-min often mistakes a headline or a line of menu for another language. */
export const MIN_DETECT_LETTERS = 150;
/**
 * How far the best language must lead the runner-up, in characters' worth
 * of franc-min's distance (its score gap times the sample's length): a
 * smaller lead is the mixed or menu-heavy text it gets wrong.
 */
export const MIN_DETECT_LEAD = 10;
/** Characters of text sampled for detection: a story's opening paragraphs are enough for a sure guess, and franc-min's time grows with the sample. */
const SAMPLE_CHARS = 1000;
/** Blocks of fewer words than this (menus, buttons, share lines) are left out of the sample while longer ones fill it. */
const SAMPLE_BLOCK_MIN_WORDS = 6;

/** franc-min's ISO 639-3 codes whose language has a two-letter code, which BCP 47 prefers; macrolanguage members under their macrolanguage. */
const TWO_LETTER: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh', deu: 'de',
  ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id',
  ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr',
  mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt',
  ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw',
  tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo',
  zlm: 'ms', zul: 'zu',
};

/** Scripts of one main language that franc-min has no model for: their text is that language. */
const SCRIPT_LANGUAGES: readonly { script: RegExp; lang: string }[] = [
  { script: /\p{Script=Hebrew}/gu, lang: 'he' },
  { script: /\p{Script=Georgian}/gu, lang: 'ka' },
  { script: /\p{Script=Armenian}/gu, lang: 'hy' },
];

/** Letters of the scripts written right to left. */
const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const LETTERS = /\p{L}/gu;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * The text detection reads: the title, then the blocks of at least
 * `SAMPLE_BLOCK_MIN_WORDS` words in page order, or every block when those
 * are too few, up to `SAMPLE_CHARS`.
 */
export function languageSample(title: string, blocks: readonly string[]): string {
  const long = blocks.filter((b) => b.split(/\s+/u).filter(Boolean).length >= SAMPLE_BLOCK_MIN_WORDS);
  const chosen = count(long.join(' '), LETTERS) >= MIN_DETECT_LETTERS ? long : blocks;
  let sample = title;
  for (const b of chosen) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `\n${b}`;
  }
  return sample.slice(0, SAMPLE_CHARS);
}

/**
 * The language a text is written in, or null when it is too short or the
 * guess is unsure (the article then takes the site's language). The
 * direction is that of the script most of its letters are in.
 *
 * @param sample The text to read (`languageSample`).
 */
export function detectLanguage(sample: string): DetectedLanguage | null {
  const letters = count(sample, LETTERS);
  if (letters < MIN_DETECT_LETTERS) return null;
  const dir = count(sample, RTL_LETTERS) * 2 > letters ? 'rtl' : 'ltr';
  for (const { script, lang } of SCRIPT_LANGUAGES) if (count(sample, script) * 2 > letters) return { lang, dir };
  const [best, second] = francAll(sample, { minLength: MIN_DETECT_LETTERS });
  if (!best || best[0] === 'und') return null;
  if (second && (1 - second[1]) * sample.length < MIN_DETECT_LEAD) return null;
  return { lang: TWO_LETTER[best[0]] ?? best[0], dir };
}
