/**
 * Issue 27: an article without front matter `lang` takes the language
 * detected in its text, and that language's direction; a short or unsure
 * text takes the site's; front matter always wins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageSample, parseFile } from '../../src/analyse/per-article/parse/index.ts';
import type { SourceFile } from '../../src/model/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/languages/${name}`, import.meta.url), 'utf8');

function parseText(text: string, format: SourceFile['format'] = 'text', file = `a.${format === 'markdown' ? 'md' : 'txt'}`) {
  return parseFile({ file, path: `/content/${file}`, format, text, hash: 'h'.repeat(64), bytes: text.length }).article!;
}

const ENGLISH =
  'The city council voted on Tuesday to approve a new budget for the public schools, after a long debate about ' +
  'teachers’ pay and the cost of repairing old buildings. The mayor said the plan would be reviewed next spring.';
const HEBREW =
  'מועצת העיר אישרה ביום שלישי תקציב חדש לבתי הספר הציבוריים, לאחר דיון ארוך על שכר המורים ועל העלות של ' +
  'שיפוץ מבנים ישנים. ראש העיר אמר כי התוכנית תיבחן מחדש באביב הבא, וכי ההורים יוזמנו לפגישה פתוחה בעירייה ' +
  'כדי לשמוע על השינויים בבתי הספר של השכונה.';
const PERSIAN =
  'شورای شهر روز سه‌شنبه بودجه تازه‌ای برای مدرسه‌های دولتی تصویب کرد. شهردار گفت این برنامه در بهار آینده ' +
  'دوباره بررسی خواهد شد و هزینه تعمیر ساختمان‌های قدیمی هم در آن دیده شده است. به گفته او، پدر و مادرها ' +
  'هم می‌توانند در نشست عمومی هفته آینده نظر خود را درباره این تغییرها بگویند.';

describe('detectLanguage', () => {
  it('reads Arabic, French and English from a paragraph or more', () => {
    expect(detectLanguage(fixture('arabic-pasted.txt'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(detectLanguage(fixture('french-pasted.txt'))).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(detectLanguage(ENGLISH)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('reads Hebrew by its script, which franc-min has no model for, and Persian apart from Arabic', () => {
    expect(detectLanguage(HEBREW)).toEqual({ lang: 'he', dir: 'rtl' });
    expect(detectLanguage(PERSIAN)).toEqual({ lang: 'fa', dir: 'rtl' });
  });

  it('makes no guess on a short text, which it often gets wrong', () => {
    expect(detectLanguage('Breaking news today')).toBeNull();
    expect(detectLanguage('Le conseil municipal a voté mardi.')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('makes no guess on a run of menu words', () => {
    const menu = 'AgentsAuto Dialer BlogPressMovers Most WantedGuides, Webinars & ToolsSales AuditROI CalculatorSupermove StudiosSupport ';
    expect(detectLanguage(menu.repeat(2))).toBeNull();
  });
});

describe('languageSample', () => {
  it('reads the title and the blocks of whole sentences, not the menu lines before them', () => {
    const sample = languageSample('Titre', ['Accueil', 'Menu', ENGLISH, 'Partager']);
    expect(sample).toBe(`Titre\n${ENGLISH}`);
  });

  it('reads every block when the long ones are too few', () => {
    expect(languageSample('T', ['one two', 'three'])).toBe('T\none two\nthree');
  });
});

describe('an article’s language and direction', () => {
  it('are detected in pasted text without front matter', () => {
    expect(parseText(fixture('arabic-pasted.txt'))).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(parseText(fixture('french-pasted.txt'))).toMatchObject({ lang: 'fr', dir: 'ltr' });
  });

  it('are detected in markdown whose front matter has no lang', () => {
    expect(parseText(`---\ntitle: Une passerelle\n---\n${fixture('french-pasted.txt')}`, 'markdown')).toMatchObject({ lang: 'fr', dir: 'ltr' });
  });

  it('are left to the site when the text is too short to tell', () => {
    expect(parseText('A headline\n\nOne short line of text.')).toMatchObject({ lang: null, dir: null });
  });

  it('are the front matter’s when it states lang, whatever the text is in', () => {
    expect(parseText(`---\nlang: en\n---\n${fixture('arabic-pasted.txt')}`, 'markdown')).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(parseText(`---\nlang: ar-SY\n---\nA short line.`, 'markdown')).toMatchObject({ lang: 'ar-SY', dir: 'rtl' });
  });

  it('take a stated dir over the detected one', () => {
    expect(parseText(`---\ndir: ltr\n---\n${fixture('arabic-pasted.txt')}`, 'markdown')).toMatchObject({ lang: 'ar', dir: 'ltr' });
  });
});
