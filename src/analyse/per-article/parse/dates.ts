/**
 * Dates in the language of the text. chrono-node reads a date in words in
 * each language it has a parser for (Arabic with `readArabicDate` beside
 * its own); English reads the rest, as it does for text of no known
 * language.
 */
import * as chrono from 'chrono-node';
import { arabicDayMonthYearParser, westernDigits } from './arabic-dates.ts';

/** chrono-node's Arabic parser, with the month spellings and regional names it lacks read first. */
function arabicReader(): chrono.Chrono {
  const reader = new chrono.Chrono(chrono.ar.createCasualConfiguration());
  reader.parsers.unshift(arabicDayMonthYearParser);
  return reader;
}

/** The readers of the languages chrono-node 2.10 has, by BCP 47 primary subtag; English is chrono's default. */
const READERS: Readonly<Record<string, chrono.Chrono>> = {
  ar: arabicReader(),
  de: chrono.de.casual,
  es: chrono.es.casual,
  fi: chrono.fi.casual,
  fr: chrono.fr.casual,
  id: chrono.id.casual,
  it: chrono.it.casual,
  ja: chrono.ja.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  ru: chrono.ru.casual,
  sv: chrono.sv.casual,
  uk: chrono.uk.casual,
  vi: chrono.vi.casual,
  zh: chrono.zh.casual,
};

/** The languages whose dates in words are read in their own words. */
export const DATE_LANGUAGES: readonly string[] = Object.keys(READERS);

/**
 * The dates a text states in its language's words, in the order they stand,
 * with Arabic-Indic digits read as ASCII ones (each result's `text` writes
 * them so). Dates in numbers alone ("09/04/2007") are left to the English
 * reader, which reads them month first as every outlet's dates are until
 * its other stamps say otherwise. Empty for English and for no language.
 *
 * @param text Any text.
 * @param lang The text's BCP 47 tag, or null.
 * @param reference The instant relative dates are read against (default: now; only dates that write their year are used).
 */
export function datesInLanguage(text: string, lang: string | null, reference?: Date): chrono.ParsedResult[] {
  const reader = lang ? READERS[lang.split('-')[0]!.toLowerCase()] : undefined;
  if (!reader) return [];
  return reader.parse(westernDigits(text), reference).filter((r) => /\p{L}/u.test(r.text));
}

/**
 * Every date a text states: in its language's words (`datesInLanguage`),
 * then by `english` (chrono-node's English parser the caller chose), in
 * the order they stand; English's alone for English and for no language.
 *
 * @param text Any text.
 * @param lang The text's BCP 47 tag, or null.
 * @param english Reads the text in English.
 * @param reference The instant relative dates are read against (default: now).
 */
export function datesIn(
  text: string,
  lang: string | null,
  english: (text: string, reference?: Date) => chrono.ParsedResult[],
  reference?: Date,
): chrono.ParsedResult[] {
  const own = datesInLanguage(text, lang, reference);
  if (own.length === 0) return english(text, reference);
  return [...own, ...english(westernDigits(text), reference)].sort((a, b) => a.index - b.index);
}
