/**
 * Every message Dateline shows a person about their content, in one catalogue:
 * what happened, why, and what to do. Rule ids are permanent: tools and
 * people may filter on them.
 */
import type { Diagnostic, Severity } from './types.ts';

interface MessageSpec<A extends unknown[]> {
  ruleId: string;
  severity: Severity;
  message: (...args: A) => string;
  hint: string;
}

function spec<A extends unknown[]>(s: MessageSpec<A>): MessageSpec<A> {
  return s;
}

export const messages = {
  unreadable: spec({
    ruleId: 'load/unreadable',
    severity: 'error',
    message: (why: string) => `The file could not be read: ${why}.`,
    hint: 'Check the file permissions, or remove the file from the content folder.',
  }),
  vanished: spec({
    ruleId: 'load/vanished',
    severity: 'warning',
    message: () => 'The file disappeared while the build was reading the content folder.',
    hint: 'Build again once the files have stopped changing.',
  }),
  empty: spec({
    ruleId: 'load/empty',
    severity: 'warning',
    message: () => 'The file is empty (or holds only white space), so there is no article to publish.',
    hint: 'Add the article text, or remove the file.',
  }),
  binary: spec({
    ruleId: 'load/binary',
    severity: 'warning',
    message: () => 'The file holds binary data, not text.',
    hint: 'Only .md, .markdown, .txt and saved web pages (.html, .htm, .xhtml) are read; move other files out of the content folder.',
  }),
  unsupportedType: spec({
    ruleId: 'load/unsupported-type',
    severity: 'warning',
    message: (ext: string) =>
      `Files ending in "${ext || '(no extension)'}" are not articles Dateline can read.`,
    hint: 'Save articles as .md, .markdown (front matter optional), .txt (raw copy-paste) or .html (a saved web page).',
  }),
  pageAssets: spec({
    ruleId: 'load/page-assets',
    severity: 'info',
    message: (page: string) =>
      `This folder holds the files saved with the page ${page}: its pictures are shown with the story where the page shows them; its styles and scripts are not used, and none of it is read as an article.`,
    hint: 'Nothing to do. Images saved with a page are not shown in the archive yet.',
  }),
  tooLarge: spec({
    ruleId: 'load/too-large',
    severity: 'warning',
    message: (bytes: number, max: number) =>
      `The file is ${bytes} bytes, over the limit of ${max} bytes for one article.`,
    hint: 'Split the file into articles, or raise `maxFileBytes` if it really is one article.',
  }),
  decodedLegacy: spec({
    ruleId: 'load/encoding',
    severity: 'info',
    message: (encoding: string) => `The file is not UTF-8; it was read as ${encoding}.`,
    hint: 'Save the file as UTF-8 so that every tool reads it the same way.',
  }),
  symlinkLoop: spec({
    ruleId: 'load/symlink-loop',
    severity: 'warning',
    message: () => 'This folder link leads back to a folder already read; it was not followed again.',
    hint: 'Remove the link, or point it outside the content folder.',
  }),
  frontMatterSyntax: spec({
    ruleId: 'front-matter/syntax',
    severity: 'error',
    message: (why: string) => `The front matter is not valid YAML: ${why}.`,
    hint: 'Fix the YAML between the two `---` lines at the top of the file; quote values that contain a colon.',
  }),
  frontMatterNotMapping: spec({
    ruleId: 'front-matter/not-a-mapping',
    severity: 'error',
    message: (kind: string) => `The front matter is ${kind}, not a set of \`field: value\` lines.`,
    hint: 'Write front matter as `title: …`, `date: …` lines between the `---` lines.',
  }),
  frontMatterField: spec({
    ruleId: 'front-matter/invalid-field',
    severity: 'warning',
    message: (field: string, why: string) => `Front-matter field "${field}" was ignored: ${why}.`,
    hint: 'See "Content format" in the README for the fields and their types.',
  }),
  frontMatterUnknown: spec({
    ruleId: 'front-matter/unknown-field',
    severity: 'info',
    message: (field: string) => `Front-matter field "${field}" is not one Dateline uses; it was ignored.`,
    hint: 'Known fields: title, date, source, url, author, tags, lang, dir, summary, slug.',
  }),
  markdownHazard: spec({
    ruleId: 'markdown/too-complex',
    severity: 'warning',
    message: (why: string) => `The Markdown has ${why}; the file was read as plain text instead.`,
    hint: 'Simplify the Markdown, or check whether the file really is an article.',
  }),
  htmlTooDeep: spec({
    ruleId: 'html/too-deep',
    severity: 'warning',
    message: () => 'The page\'s markup is nested too deep to read as a page; its text was read as plain paragraphs instead.',
    hint: 'Check whether the file really is a saved article; save it again from the browser if it is.',
  }),
  noBody: spec({
    ruleId: 'article/no-body',
    severity: 'warning',
    message: () => 'The article has a title but no body text.',
    hint: 'Add the article text below the front matter, or remove the file.',
  }),
  noTitle: spec({
    ruleId: 'article/no-title',
    severity: 'info',
    message: (from: string) => `The article has no title; one was made from ${from}.`,
    hint: 'Add `title:` to the front matter to choose it yourself.',
  }),
  duplicateSlug: spec({
    ruleId: 'article/duplicate-slug',
    severity: 'warning',
    message: (slug: string, other: string) =>
      `Another article (${other}) already has the address "${slug}"; this one was given a longer one.`,
    hint: 'Give one of the two articles its own `slug:` or title.',
  }),
  unsafeSlug: spec({
    ruleId: 'article/unsafe-slug',
    severity: 'warning',
    message: (slug: string) => `The slug "${slug}" is not a plain name; it was rewritten.`,
    hint: 'Use lower-case letters, digits and hyphens in `slug:`.',
  }),
  dateOutOfRange: spec({
    ruleId: 'article/date-out-of-range',
    severity: 'warning',
    message: (date: string) => `The date ${date} is outside the years 1000 to 9999 and was ignored.`,
    hint: 'Check the `date:` field.',
  }),
  heavyRemoval: spec({
    ruleId: 'boilerplate/heavy-removal',
    severity: 'warning',
    message: (percent: number) => `${percent}% of the article's text was removed as page furniture.`,
    hint: 'Check the "Removed" section of the article page; if story text was removed, report it.',
  }),
  longArticle: spec({
    ruleId: 'article/very-long',
    severity: 'warning',
    message: (chars: number) =>
      `The article has ${chars.toLocaleString('en')} characters of text (about ${Math.round(chars / 6).toLocaleString('en')} words), far more than a news article: it may be a transcript or several articles in one file.`,
    hint: 'Split it into one file per article if it holds several; it is published whole, and feeds carry only its summary.',
  }),
  configSyntax: spec({
    ruleId: 'config/syntax',
    severity: 'error',
    message: (why: string) => `The config file is not valid YAML: ${why}.`,
    hint: 'Write one `field: value` line for each setting; quote values that contain a colon.',
  }),
  configNotMapping: spec({
    ruleId: 'config/not-a-mapping',
    severity: 'error',
    message: () => 'The config file is not a set of `field: value` lines.',
    hint: 'Write settings as `title: …`, `url: …` lines; `dateline init` writes an example.',
  }),
  configField: spec({
    ruleId: 'config/invalid-field',
    severity: 'error',
    message: (field: string, why: string) => `Setting "${field}" cannot be used: ${why}.`,
    hint: 'See "Configuration" in the README for the settings and their values.',
  }),
  configUnknown: spec({
    ruleId: 'config/unknown-field',
    severity: 'warning',
    message: (field: string, near: string | null) => `"${field}" is not a setting Dateline knows${near ? `; did you mean "${near}"?` : ''}; it was ignored.`,
    hint: 'Known settings: title, url, lang, content, out, pathPrefix.',
  }),
} as const;

export type MessageName = keyof typeof messages;

/** Makes a diagnostic from the catalogue. */
export function diagnose<N extends MessageName>(
  name: N,
  file: string,
  args: Parameters<(typeof messages)[N]['message']>,
  place: { line?: number; column?: number; field?: string; related?: string; relatedLine?: number } = {},
): Diagnostic {
  const s = messages[name] as MessageSpec<unknown[]>;
  const d: Diagnostic = { file, ruleId: s.ruleId, severity: s.severity, message: s.message(...args), hint: s.hint };
  if (place.line !== undefined) d.line = place.line;
  if (place.column !== undefined) d.column = place.column;
  if (place.field !== undefined) d.field = place.field;
  if (place.related !== undefined) d.related = place.related;
  if (place.relatedLine !== undefined) d.relatedLine = place.relatedLine;
  return d;
}

/** `file:line:column` as editors and terminals link it. */
export function formatPlace(d: Diagnostic): string {
  return d.file + (d.line ? `:${d.line}` + (d.column ? `:${d.column}` : '') : '');
}

/** One diagnostic as a terminal line (and hint line). */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${formatPlace(d)}  ${d.severity}  ${d.message}  [${d.ruleId}]`;
  const rel = d.related ? `\n    see also: ${d.related}${d.relatedLine ? `:${d.relatedLine}` : ''}` : '';
  return head + rel + (d.hint ? `\n    hint: ${d.hint}` : '');
}
