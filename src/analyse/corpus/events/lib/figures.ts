/**
 * The figures a report gives: numbers with what they count ("10 people",
 * "85 million euros", "magnitude 5.6", "a 33-year-old"). Reports of one
 * event repeat its figures (the death toll, the sum stolen, the strength of
 * the quake); two events of one kind give different ones.
 */
import { tidyNumbers } from '../../../per-article/enrich/index.ts';
import { STOPWORDS } from '../../../../text/stopwords.ts';

/** Figures of a report: what is counted (a unit word) → the values given for it. */
export type Figures = Map<string, Set<number>>;

/** Number words read as figures ("five people"); "one" is left out, it is mostly not a count. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
};

/** Words that scale the number before them. */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };

/** Scales written as one letter, read only after a currency sign ("£1.7m"): elsewhere "2m" may be metres. */
const SHORT_SCALES: Readonly<Record<string, number>> = { m: 1e6, b: 1e9 };

/** Currency signs, read as the currency's name, so that "€2m" and "2 million euros" count one thing. */
const CURRENCIES: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen' };

/** Month names and their abbreviations: a number next to one is a day of a date. */
const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(' '),
);

/**
 * Words that name what is counted though they are stopwords of the term
 * vectors. Days, weeks, months and years are left out: the time a story has
 * been going on grows from one report to the next ("a fifth day of
 * riots"), and reports give the years of different people and things.
 */
const COUNTED = new Set(['people', 'percent']);

/**
 * Words that say the number after them is a strength ("magnitude-5.2
 * quake", "measuring 5.6 on the Richter scale"); "measuring" only when no
 * word after the number says what it counts.
 */
const MEASURES = new Set(['magnitude', 'measuring']);

const TOKEN = /[$€£¥]|\d+(?:[.,]\d+)*|\p{L}+(?:['’-]\p{L}+)*|[:/]/gu;

/**
 * The figures of some texts (a title and the first blocks). Years, dates
 * and clock times are left out; a number with nothing after it that says
 * what it counts is left out. Values are kept to three significant digits.
 */
export function figures(texts: readonly string[]): Figures {
  const out: Figures = new Map();
  for (const raw of texts) {
    // Tokenised text spaces out decimals and thousands ("6. 1", "1, 300").
    const text = tidyNumbers(raw)
      .replace(/(\d)\. (\d)(?!\d)/gu, '$1.$2')
      .replace(/(\d), (\d{3})(?!\d)/gu, '$1,$2');
    const tokens = [...text.matchAll(TOKEN)].map((m) => m[0]);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const prev = (tokens[i - 1] ?? '').toLowerCase().replace(/\.$/u, '');
      let value: number | null = null;
      if (/^\d/u.test(token)) {
        if (tokens[i + 1] === ':' || tokens[i + 1] === '/' || prev === ':' || prev === '/') continue; // time or date
        if (/^(?:1[89]|20)\d\d$/u.test(token)) continue; // a year
        value = Number(token.replace(/,/gu, ''));
      } else {
        value = NUMBER_WORDS[token.toLowerCase()] ?? null;
      }
      if (value === null || !Number.isFinite(value) || MONTHS.has(prev)) continue;
      let j = i + 1;
      const next = (tokens[j] ?? '').toLowerCase();
      // After a currency sign, "m" and "b" are millions and billions ("€2m").
      const scale = SCALES[next] ?? (CURRENCIES[prev] ? SHORT_SCALES[next] : undefined);
      if (scale) {
        value *= scale;
        j++;
      }
      let unit = (tokens[j] ?? '').toLowerCase();
      if (MONTHS.has(unit)) continue;
      if (!/^\p{L}{3}/u.test(unit) || (STOPWORDS.has(unit) && !COUNTED.has(unit))) unit = '';
      unit = unit.replace(/s$/u, '');
      if (CURRENCIES[prev]) unit = CURRENCIES[prev] as string;
      else if (prev === 'magnitude' || (!unit && MEASURES.has(prev))) unit = 'magnitude';
      if (!unit) continue;
      let values = out.get(unit);
      if (!values) out.set(unit, (values = new Set()));
      values.add(Number(value.toPrecision(3)));
    }
  }
  return out;
}

/** Whether two sets of values of one kind of figure have a value in common. */
export function shareValue(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}
