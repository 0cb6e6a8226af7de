import { createHash } from 'node:crypto';
import path from 'node:path';
import { diagnose } from '../../../model/messages.ts';
import type { FrontMatter } from '../../../model/schema.ts';
import type { Article, Block, Diagnostic, PageImage, Skipped, SourceFile, TitleSource } from '../../../model/types.ts';
import { markdownBlocks, markdownHazard, textBlocks } from './blocks.ts';
import { readFrontMatter } from './front-matter.ts';
import { leadBlock, readPageHead } from './headline.ts';
import { readSavedPage } from './html.ts';
import { mediaPath } from '../../../model/source.ts';
import { detectLanguage, languageSample } from './language.ts';
import {
  directionOf,
  findOutlet,
  frontMatterDate,
  headlineFromLead,
} from './infer.ts';
import { slugify } from '../../../text/slug.ts';

export interface FileParseResult {
  article: Article | null;
  skipped: Skipped | null;
  diagnostics: Diagnostic[];
  /** The line its address is made from (`slug:` or `title:` of the front matter, the headline line), where there is one. */
  idLine?: number;
}

export interface ParseResult {
  /** Articles sorted by file path, with unique ids. */
  articles: Article[];
  skipped: Skipped[];
  diagnostics: Diagnostic[];
}

/** Length of the file-path hash that makes a colliding slug unique. */
const SLUG_SUFFIX_CHARS = 6;

/** Parses every file, then makes article ids unique (a later file of two with one slug gets a suffix). */
export function parse(files: SourceFile[]): ParseResult {
  const results = files.map(parseFile);
  return assignArticleIds(results);
}

/**
 * Gives colliding slugs a suffix from their file path; files are taken in
 * path order. With the ids of the published site (`previous`, file → id), a
 * file keeps the id it was published under while its slug still gives it
 * (the same slug, or the same slug with a suffix): a new article whose title
 * makes an old one's slug takes the suffix, and the old one keeps its URL.
 *
 * @param results Parse results of every file.
 * @param previous File → article id of the previous build (default: none).
 */
export function assignArticleIds(results: FileParseResult[], previous?: ReadonlyMap<string, string>): ParseResult {
  const articles: Article[] = [];
  const skipped: Skipped[] = [];
  const diagnostics: Diagnostic[] = [];
  const taken = new Map<string, string>();
  const ordered = [...results].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const byFile = new Map(results.filter((r) => r.article).map((r) => [r.article!.file, r]));
  // Ids kept from the published site, claimed before any new file takes a slug.
  const kept = new Map<string, string>();
  for (const r of ordered) {
    const a = r.article;
    const id = a && previous?.get(a.file);
    if (!a || !id || taken.has(id) || !(id === a.id || id.startsWith(`${a.id}-`))) continue;
    kept.set(a.file, id);
    taken.set(id, a.file);
  }
  for (const r of ordered) {
    diagnostics.push(...r.diagnostics);
    if (r.skipped) skipped.push(r.skipped);
    if (!r.article) continue;
    const a = r.article;
    const own = kept.get(a.file);
    if (own !== undefined) {
      const holder = taken.get(a.id);
      if (own !== a.id && holder !== undefined) diagnostics.push(diagnose('duplicateSlug', a.file, [a.id, holder], twinPlace(r, holder, byFile)));
      articles.push(own === a.id ? a : { ...a, id: own });
      continue;
    }
    const first = taken.get(a.id);
    if (first !== undefined) {
      const suffix = createHash('sha1').update(a.file).digest('hex').slice(0, SLUG_SUFFIX_CHARS);
      let id = `${a.id}-${suffix}`;
      for (let n = 2; taken.has(id); n++) id = `${a.id}-${suffix}-${n}`;
      diagnostics.push(diagnose('duplicateSlug', a.file, [a.id, first], twinPlace(r, first, byFile)));
      articles.push({ ...a, id });
      taken.set(id, a.file);
    } else {
      articles.push(a);
      taken.set(a.id, a.file);
    }
  }
  return { articles, skipped, diagnostics };
}

function key(r: FileParseResult): string {
  return r.article?.file ?? r.skipped?.file ?? '';
}

/**
 * Characters of text above which an article is reported as very long:
 * about 30,000 words, a short book, more than the longest features run.
 */
export const LONG_ARTICLE_CHARS = 200_000;

/** Parses one file. Content problems become diagnostics; nothing is thrown for bad content. */
export function parseFile(source: SourceFile): FileParseResult {
  const file = source.file;
  const fm = source.format === 'markdown' ? readFrontMatter(file, source.text) : null;
  if (fm?.fatal) {
    return { article: null, skipped: { file, reason: `${fm.fatal.message} (line ${fm.fatal.line ?? 1})` }, diagnostics: fm.diagnostics };
  }
  const page = source.format === 'html' ? readSavedPage(file, source.text, source.images) : null;
  const diagnostics: Diagnostic[] = fm ? [...fm.diagnostics] : page ? [...page.diagnostics] : [];
  const data = fm?.data ?? page?.data ?? {};
  const body = fm ? fm.body : source.text;
  const bodyLine = fm ? fm.bodyLine : 1;
  const hazard = source.format === 'markdown' ? markdownHazard(body) : null;
  if (hazard) diagnostics.push(diagnose('markdownHazard', file, [hazard], { line: bodyLine }));
  const parsedBlocks = page ? page.blocks : source.format === 'markdown' && !hazard ? markdownBlocks(body, bodyLine) : textBlocks(body, bodyLine);
  const { title, titleSource, author, rest, titleLine } = readTitle(data, parsedBlocks, source.format, file, diagnostics);
  const blocks = rest.map((b, i) => ({ ...b, index: i }));
  if (blocks.length === 0) {
    if (!title) return { article: null, skipped: { file, reason: 'The file has no text.' }, diagnostics };
    diagnostics.push(diagnose('noBody', file, [], { line: bodyLine }));
  }
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (chars > LONG_ARTICLE_CHARS) diagnostics.push(diagnose('longArticle', file, [chars], { line: bodyLine }));
  const { date, dateSource } = readDate(data.date, fm?.fieldLines.date, file, diagnostics);
  // A date the text states is read by enrich, which knows the page furniture the boilerplate pass found around it.

  const { lang, dir } = readLanguage(data, title, blocks);
  let outlet = data.source ?? null;
  let sourceOrigin: Article['sourceOrigin'] = outlet ? 'front-matter' : 'none';
  if (!outlet) {
    outlet = findOutlet(blocks, lang);
    if (outlet) sourceOrigin = 'text';
  }
  const article: Article = {
    id: articleId(data.slug, title, source, diagnostics),
    file,
    hash: source.hash,
    format: source.format,
    title,
    titleSource,
    date,
    dateSource,
    dateText: null,
    source: outlet,
    sourceOrigin,
    sourceUrl: data.url ?? null,
    author,
    tags: [...new Set(data.tags ?? [])],
    lang,
    dir,
    summary: data.summary ?? null,
    blocks,
  };
  if (page) article.metadataOrigins = page.origins;
  const images = shownImages(blocks, source.images ?? []);
  if (images.length) article.images = images;
  const idLine = (data.slug ? fm?.fieldLines.slug : undefined) ?? (titleSource === 'front-matter' ? fm?.fieldLines.title : titleLine);
  return { article, skipped: null, diagnostics, ...(idLine ? { idLine } : {}) };
}

/** Where a duplicate address is: this file's line of it, and the file (and line) that has it already. */
function twinPlace(r: FileParseResult, twin: string, byFile: ReadonlyMap<string, FileParseResult>): Parameters<typeof diagnose>[3] {
  const twinLine = byFile.get(twin)?.idLine;
  return { related: twin, ...(r.idLine ? { line: r.idLine } : {}), ...(twinLine ? { relatedLine: twinLine } : {}) };
}

/**
 * The title: the front matter's, else the first line when it reads as a
 * headline (taken out of the body), else one made from the lead, else the
 * file name when the title would have no letter or digit.
 */
function readTitle(
  given: { title?: string | undefined; author?: string | null | undefined },
  blocks: Block[],
  format: SourceFile['format'],
  file: string,
  diagnostics: Diagnostic[],
): { title: string; titleSource: TitleSource; author: string | null; rest: Block[]; titleLine?: number } {
  let title = given.title?.trim() ?? '';
  let titleSource: TitleSource = 'front-matter';
  let author = given.author ?? null;
  let rest = blocks;
  let titleLine: number | undefined;
  if (!title) {
    const head = readPageHead(blocks, format);
    rest = head.blocks;
    author ??= head.author;
    if (head.headline) {
      title = head.headline.text;
      titleSource = 'first-line';
      titleLine = blocks[head.headline.block]?.line;
    } else if (rest.length > 0) {
      const lead = leadBlock(rest);
      title = headlineFromLead(lead.text);
      titleSource = 'lead';
      diagnostics.push(diagnose('noTitle', file, ['its lead sentence'], { line: lead.line }));
    }
  }
  if (!/[\p{L}\p{N}]/u.test(title)) {
    // A title of punctuation alone gives no words to show or to link by.
    title = path.posix.basename(file).replace(/\.[^.]+$/, '');
    titleSource = 'file-name';
  }
  return { title, titleSource, author, rest, ...(titleLine ? { titleLine } : {}) };
}

/**
 * The language and direction: the front matter's `lang` always wins; else
 * the language detected in the title and body when detection is sure; else
 * none, and the article takes the site's. A stated `dir` wins over both.
 */
function readLanguage(
  given: { lang?: string | undefined; dir?: string | undefined },
  title: string,
  blocks: readonly Block[],
): Pick<Article, 'lang' | 'dir'> {
  const stated = given.dir === 'rtl' || given.dir === 'ltr' ? given.dir : null;
  if (given.lang) return { lang: given.lang, dir: stated ?? directionOf(given.lang) };
  const detected = detectLanguage(languageSample(title, blocks.map((b) => b.text)));
  return { lang: detected?.lang ?? null, dir: stated ?? detected?.dir ?? null };
}

/** The front matter's date, when it is one of years 1000 to 9999; else a diagnostic and no date. */
function readDate(
  given: FrontMatter['date'],
  line: number | undefined,
  file: string,
  diagnostics: Diagnostic[],
): { date: string | null; dateSource: Article['dateSource'] } {
  if (given === undefined) return { date: null, dateSource: 'none' };
  const dateLine = line ? { line } : {};
  const date = frontMatterDate(given);
  if (!date) {
    diagnostics.push(
      diagnose('frontMatterField', file, ['date', `"${String(given).slice(0, 40)}" is not a date`], { field: 'date', ...dateLine }),
    );
    return { date: null, dateSource: 'none' };
  }
  const year = Number(date.slice(0, 4));
  if (year < 1000 || year > 9999) {
    diagnostics.push(diagnose('dateOutOfRange', file, [date], { field: 'date', ...dateLine }));
    return { date: null, dateSource: 'none' };
  }
  return { date, dateSource: 'front-matter' };
}

/** The article's id: the slug of the front matter's `slug` or of the title, else of the file name, else one from the content hash. */
function articleId(slug: string | undefined, title: string, source: SourceFile, diagnostics: Diagnostic[]): string {
  let id = slugify(slug ?? title);
  if (slug && id !== slug) diagnostics.push(diagnose('unsafeSlug', source.file, [slug], { field: 'slug' }));
  if (!id) id = slugify(path.posix.basename(source.file).replace(/\.[^.]+$/, ''));
  if (!id) id = `article-${source.hash.slice(0, 8)}`;
  return id;
}

/** The pictures saved with a page that its story's blocks show, each once, in the order shown. */
function shownImages(blocks: readonly Block[], saved: readonly PageImage[]): NonNullable<Article['images']> {
  const byPath = new Map(saved.map((i) => [mediaPath(i), i]));
  const shown = new Map<string, string>();
  const visit = (n: any): void => {
    if (n.type === 'image' && byPath.has(n.url) && !shown.has(n.url)) shown.set(n.url, byPath.get(n.url)!.file);
    if (Array.isArray(n.children)) n.children.forEach(visit);
  };
  for (const b of blocks) if (!b.removed && b.node) visit(b.node);
  return [...shown].map(([path, file]) => ({ path, file }));
}
