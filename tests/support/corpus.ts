/**
 * A generated archive for the site tests: `tools/synth`'s outlets and furniture
 * around stories made from the seed articles' words, written as Markdown with
 * front matter (title, date, outlet, tags), plus a few right-to-left articles.
 * Deterministic: the same count and seed give the same files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus, type SourceStory } from '../../tools/synth/index.ts';
import { ROOT } from './demo.ts';

/** Subjects the generated articles are tagged with, so topic pages and topic feeds have something to hold. */
const TAGS = ['Diplomacy', 'Asylum', 'Civil war', 'Elections', 'Sanctions', 'Refugees', 'Energy', 'Courts'];

/** Arabic articles (right to left), written by hand: the generator writes English only. */
const RTL_ARTICLES = [
  {
    file: 'rtl/ar-1.md',
    title: 'أسماء الأسد ترفض عروض اللجوء',
    date: '2016-10-19',
    source: 'الوكالة العربية',
    body: [
      'قالت أسماء الأسد في مقابلة مع قناة روسيا 24 إنها رفضت عروضاً لمغادرة سوريا مع أطفالها.',
      'وأضافت أن هذه العروض تضمنت ضمانات بالسلامة والحماية لأطفالها، وحتى الأمن المالي.',
      'وهذه أول مقابلة تجريها مع وسيلة إعلام دولية منذ بداية النزاع في عام 2011.',
    ],
  },
  {
    file: 'rtl/ar-2.md',
    title: 'وصول بشار الأسد إلى موسكو ومنحه اللجوء',
    date: '2024-12-09',
    source: 'الوكالة العربية',
    body: [
      'أعلنت وسائل إعلام روسية أن الرئيس السوري السابق بشار الأسد وصل إلى موسكو مع عائلته.',
      'وقالت المصادر إن روسيا منحته اللجوء لأسباب إنسانية بعد سقوط دمشق.',
    ],
  },
];

/** The seed articles' paragraphs, as stories for the generator to learn its words from. */
function seedStories(): SourceStory[] {
  const dir = path.join(ROOT, 'content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.split(' ').length > 12);
      return { id: f, title: lines[0]!.split(' ').slice(0, 10).join(' '), paragraphs: lines.slice(1) };
    });
}

export interface WrittenCorpus {
  dir: string;
  /** Files written, including the right-to-left ones. */
  files: number;
}

/** Writes an archive of `articles` generated articles (plus the right-to-left ones) into `dir`. */
export function writeCorpus(dir: string, articles: number, seed = 7): WrittenCorpus {
  const corpus = generateCorpus({ seed, articles, stories: seedStories(), format: 'markdown', outlets: 12 });
  let n = 0;
  for (const f of corpus.files) {
    // Tags from the article's number, so every tag has articles in every year.
    const tags = [TAGS[n % TAGS.length]!, ...(n % 3 === 0 ? [TAGS[(n + 3) % TAGS.length]!] : [])];
    const content = f.content.replace(/^---\n/, `---\ntags: ${JSON.stringify(tags)}\n`);
    const file = path.join(dir, f.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    n++;
  }
  for (const a of RTL_ARTICLES) {
    const file = path.join(dir, a.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `---\ntitle: ${JSON.stringify(a.title)}\ndate: ${a.date}\nsource: ${JSON.stringify(a.source)}\nlang: ar\ntags: ["Asylum"]\n---\n\n${a.body.join('\n\n')}\n`,
    );
    n++;
  }
  return { dir, files: n };
}
