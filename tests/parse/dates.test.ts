/**
 * Issue 27: dates read in the language of the text — chrono-node's parsers
 * for the languages it has, and a reader of Arabic day-month-year dates in
 * every region's month names and either set of Arabic digits.
 */
import { describe, expect, it } from 'vitest';
import { ARABIC_MONTHS, arabicLetterKey, readArabicDate, westernDigits } from '../../src/analyse/per-article/parse/arabic-dates.ts';
import { dateIn, DATE_LANGUAGES } from '../../src/analyse/per-article/parse/index.ts';
import { readDateline } from '../../src/analyse/per-article/enrich/lib/dateline.ts';

const iso = (d: { year: number; month: number; day: number } | null) =>
  d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('readArabicDate', () => {
  it('reads the Egyptian and Gulf month names', () => {
    expect(iso(readArabicDate('3 أبريل 2024'))).toBe('2024-04-03');
    expect(iso(readArabicDate('القاهرة في 12 يناير 2023'))).toBe('2023-01-12');
    expect(iso(readArabicDate('25 ديسمبر 2019'))).toBe('2019-12-25');
  });

  it('reads the Levantine and Iraqi month names, of one word or two', () => {
    expect(iso(readArabicDate('15 آذار 2011'))).toBe('2011-03-15');
    expect(iso(readArabicDate('5 تشرين الأول 2022'))).toBe('2022-10-05');
    expect(iso(readArabicDate('1 كانون الثاني 2020'))).toBe('2020-01-01');
    expect(iso(readArabicDate('9 آب 2018'))).toBe('2018-08-09');
  });

  it('reads the Maghreb month names', () => {
    expect(iso(readArabicDate('17 غشت 2021'))).toBe('2021-08-17');
    expect(iso(readArabicDate('2 جانفي 2020'))).toBe('2020-01-02');
    expect(iso(readArabicDate('8 جوان 2019'))).toBe('2019-06-08');
    expect(iso(readArabicDate('30 نونبر 2017'))).toBe('2017-11-30');
  });

  it('reads every spelling of hamza, alif maqsura and ta marbuta', () => {
    for (const spelling of ['أبريل', 'إبريل', 'ابريل']) expect(iso(readArabicDate(`3 ${spelling} 2024`)), spelling).toBe('2024-04-03');
    expect(iso(readArabicDate('12 يونيه 2023'))).toBe('2023-06-12');
    expect(iso(readArabicDate('4 أيار 2016'))).toBe('2016-05-04');
  });

  it('reads a month named twice, in brackets or after a slash', () => {
    expect(readArabicDate('الأحد 3 نيسان (أبريل) 2024 -')).toMatchObject({ year: 2024, month: 4, day: 3, text: '3 نيسان (أبريل) 2024' });
    expect(iso(readArabicDate('3 نيسان/أبريل 2024'))).toBe('2024-04-03');
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits', () => {
    expect(readArabicDate('دمشق، ٣ نيسان ٢٠٢٤ (سانا)')).toMatchObject({ year: 2024, month: 4, day: 3, index: 6, text: '٣ نيسان ٢٠٢٤' });
    expect(iso(readArabicDate('۱۵ مارس ۲۰۱۱'))).toBe('2011-03-15');
  });

  it('reads the comma, "سنة" or "عام" before the year and "م" after it', () => {
    expect(iso(readArabicDate('3 أبريل، 2024'))).toBe('2024-04-03');
    expect(iso(readArabicDate('في 3 أبريل عام 2024'))).toBe('2024-04-03');
    expect(readArabicDate('في 3 أبريل 2024م.')?.text).toBe('3 أبريل 2024م');
  });

  it('reads no day that is not in its month, no date without a year, no digits run into others', () => {
    expect(readArabicDate('31 أبريل 2024')).toBeNull();
    expect(readArabicDate('29 شباط 2023')).toBeNull();
    expect(iso(readArabicDate('29 شباط 2024'))).toBe('2024-02-29');
    expect(readArabicDate('3 أبريل')).toBeNull();
    expect(readArabicDate('123 أبريل 2024')).toBeNull();
    expect(readArabicDate('3 أبريل 20245')).toBeNull();
  });

  it('has twelve months, every name folded to the spelling it is matched by', () => {
    expect(ARABIC_MONTHS).toHaveLength(12);
    for (const names of ARABIC_MONTHS) for (const name of names) expect(arabicLetterKey(name)).toBe(name);
  });
});

describe('westernDigits', () => {
  it('writes both sets of Arabic digits as ASCII ones, one for one', () => {
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 42')).toBe('0123456789 0123456789 42');
  });
});

describe('dateIn and readDateline in the article’s language', () => {
  it('read dates in words of the languages chrono-node has', () => {
    expect(dateIn('Lyon, le 12 mars 2024 – La métropole', 'fr')?.date).toBe('2024-03-12');
    expect(dateIn('Berlin, 3. Oktober 2023 (dpa) –', 'de')?.date).toBe('2023-10-03');
    expect(dateIn('Madrid, 5 de mayo de 2022.', 'es')?.date).toBe('2022-05-05');
    expect(dateIn('Москва, 9 мая 2021 года', 'ru')?.date).toBe('2021-05-09');
    expect(dateIn('حلب، 3 أبريل 2024 - افتتحت', 'ar')?.date).toBe('2024-04-03');
    expect(readDateline('حلب، ٣ نيسان (أبريل) ٢٠٢٤ - افتتحت', 'ar')).toEqual({ date: '2024-04-03', text: '3 نيسان (أبريل) 2024', ambiguous: false });
    expect(readDateline('Lyon, le 12 mars 2024 – La métropole', 'fr')).toMatchObject({ date: '2024-03-12', text: '12 mars 2024' });
  });

  it('read them in English when the text has no language or one chrono-node lacks', () => {
    expect(dateIn('Lyon, le 12 mars 2024')).toBeNull();
    expect(readDateline('حلب، 3 أبريل 2024')).toBeNull();
    expect(dateIn('Warszawa, 3 April 2024', 'pl')?.date).toBe('2024-04-03');
    expect(DATE_LANGUAGES).toEqual(expect.arrayContaining(['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'ru', 'sv', 'uk', 'zh']));
  });

  it('still read English dates in a text of another language', () => {
    expect(dateIn('Publié le March 3, 2024', 'fr')?.date).toBe('2024-03-03');
  });

  it('leave numeric dates to the English reading, month first, whatever the language', () => {
    expect(readDateline('09/04/2007 – Le maire', 'fr')).toEqual(readDateline('09/04/2007 – Le maire'));
    expect(readDateline('09/04/2007 – Le maire', 'fr')).toMatchObject({ date: '2007-09-04', ambiguous: true });
  });

  it('count only dates whose year is written', () => {
    expect(dateIn('le 12 mars', 'fr')).toBeNull();
    expect(dateIn('اليوم', 'ar')).toBeNull();
  });
});
