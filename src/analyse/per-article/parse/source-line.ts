/**
 * Source lines: the line a pasted story ends with to say where it came
 * from ("المصدر: وكالة أنباء الشمال", "Source : AFP"), read in the
 * article's language. The words are data, one short list per language.
 */

/**
 * The word a source line starts with, by language (BCP 47 primary subtag).
 * English is left out on purpose: on English pages a "Source:" line is
 * mostly the credit of a chart or a figure, not the outlet.
 */
export const SOURCE_WORDS: Readonly<Record<string, readonly string[]>> = {
  ar: ['المصدر', 'مصدر', 'المصادر'],
  de: ['Quelle', 'Quellen'],
  es: ['Fuente', 'Fuentes'],
  fa: ['منبع'],
  fr: ['Source', 'Sources'],
  he: ['מקור'],
  id: ['Sumber'],
  it: ['Fonte', 'Fonti'],
  nl: ['Bron', 'Bronnen'],
  pl: ['Źródło'],
  pt: ['Fonte', 'Fontes'],
  ru: ['Источник'],
  sv: ['Källa', 'Källor'],
  tr: ['Kaynak'],
  uk: ['Джерело'],
  ur: ['ماخذ'],
  zh: ['来源', '來源', '消息来源'],
};

/** "All rights reserved" in the languages of `SOURCE_WORDS` and English, which a copyright line may end with. */
export const ALL_RIGHTS_RESERVED: readonly string[] = [
  'all rights reserved',
  'جميع الحقوق محفوظة',
  'alle Rechte vorbehalten',
  'todos los derechos reservados',
  'tous droits réservés',
  'tutti i diritti riservati',
  'alle rechten voorbehouden',
  'todos os direitos reservados',
  'все права защищены',
];

/** Escapes a word for use inside a regular expression. */
const literal = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The pattern of a source line in a language, the name in group 1; null for
 * a language without source words (and for none). A name that is a web
 * address is no outlet name.
 *
 * @param lang The article's BCP 47 tag, or null.
 */
export function sourceLinePattern(lang: string | null): RegExp | null {
  const words = lang ? SOURCE_WORDS[lang.split('-')[0]!.toLowerCase()] : undefined;
  if (!words) return null;
  return new RegExp(`^(?:${words.map(literal).join('|')})\\s*[:：]\\s*(?!https?:|www\\.)([^\\s:：].{1,59}?)[.。]?$`, 'iu');
}
