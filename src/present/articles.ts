/** Article pages: each analysed article as its page shows it. */
import type { AnalysedArticle, ArchiveArticle, Link, RemovedText, TopicLink } from '../model/types.ts';
import { keptText } from '../analyse/per-article/parse/index.ts';
import { bylineAuthor } from './byline.ts';
import type { Catalogue } from './catalogue.ts';
import type { GroupInput } from './input.ts';
import { newsArticle } from './json-ld.ts';
import { count, dateLabel, dateNote, lengthLabel, sentence, shorten } from './labels.ts';
import { printable } from '../text/printable.ts';
import { DESCRIPTION_CHARS, MAX_OTHER_REPORTS, WORDS_PER_MINUTE } from './settings.ts';
import { articleUrl, HOME } from './urls.ts';

/** What an article page needs besides the article: the catalogue, its topics and the analysis's extras. */
export interface ArticleContext {
  catalogue: Catalogue;
  /** Links to each article's own topics, by article id. */
  topicLinksOfArticle: Map<string, TopicLink[]>;
  /** Each article's topic keys for the search index, by article id. */
  topicKeysOfArticle: Map<string, string[]>;
  extras: Pick<GroupInput, 'differences' | 'renderedBodies' | 'contentKeys'>;
}

/** An article as its page shows it: its body, dates, outlet, event, copies, topics and JSON-LD. */
export function presentArticle(a: AnalysedArticle, context: ArticleContext): ArchiveArticle {
  const { catalogue: cat, extras } = context;
  const text = printable(keptText(a.blocks));
  // The body HTML is printable as it is rendered (in the cache too), so it is not scanned again here.
  const html = extras.renderedBodies.get(a.id) ?? '';
  const event = a.event ? cat.eventById.get(a.event) : undefined;
  const canonical = a.duplicateOf ? cat.articleById.get(a.duplicateOf) : undefined;
  const others = otherReports(a, event?.articles ?? [], cat);
  const description = descriptionOf(a, text);
  const url = articleUrl(a.id);
  const canonicalUrl = canonical ? articleUrl(canonical.id) : url;
  const copies = (cat.copiesOf.get(a.id) ?? []).map(cat.reportLink);
  const removed = removedTexts(a);
  const wordCount = text ? text.split(/\s+/).length : 0;
  const differences = a.duplicateOf ? (extras.differences?.get(a.id) ?? { added: [], dropped: [] }) : null;
  const eventLink = cat.eventLink(a.event);
  const topics = context.topicLinksOfArticle.get(a.id) ?? [];
  const author = a.author ?? bylineAuthor(a.blocks);
  // A picture the furniture pass removed with its block is not shown, so it is neither copied nor announced.
  const images = (a.images ?? []).filter((i) => html.includes(`${i.path}"`)).map((i) => ({ url: `/${i.path}`, file: i.file }));
  return {
    id: a.id,
    url,
    file: a.file,
    title: a.title,
    date: a.date,
    dateSource: a.dateSource,
    dateText: a.dateText,
    dateLabel: dateLabel(a.date),
    dateNote: dateNote(a.dateSource, a.dateText),
    dateSentence: sentence(dateNote(a.dateSource, a.dateText)),
    source: a.source,
    sourceOrigin: a.sourceOrigin,
    sourcePage: cat.sourceLink(a.source),
    sourceUrl: a.sourceUrl,
    originalLink: a.sourceUrl && /^https?:\/\/[^\s"'<>]+$/i.test(a.sourceUrl) ? a.sourceUrl : null,
    author,
    ...cat.textLanguage(a),
    language: cat.languageOf(a),
    description,
    html,
    text,
    ...(extras.contentKeys?.has(a.id) ? { contentKey: extras.contentKeys.get(a.id)! } : {}),
    wordCount,
    lengthLabel: lengthLabel(wordCount, WORDS_PER_MINUTE),
    removed,
    removedLabel: removed.length ? `${count(removed.length, 'block')} removed from the original page` : '',
    event: eventLink,
    eventReports: event ? event.articles.length : 0,
    otherReports: others.slice(0, MAX_OTHER_REPORTS).map(cat.reportLink),
    otherReportsMore: others.length > MAX_OTHER_REPORTS ? `and ${count(others.length - MAX_OTHER_REPORTS, 'more report')} on the event's page` : '',
    relatedEvents: (event?.related ?? []).map((id) => cat.eventLink(id)).filter((l): l is Link => l !== null),
    copies,
    duplicateOf: canonical ? cat.reportLink(canonical) : null,
    differences,
    differencesLabel: differences ? differencesLabel(differences) : '',
    topics,
    topicKeys: context.topicKeysOfArticle.get(a.id) ?? [],
    tags: a.tags,
    canonicalUrl,
    canonicalAbsolute: cat.absolute(canonicalUrl),
    images,
    leadImageAbsolute: images[0] ? cat.absolute(images[0].url) : null,
    jsonLd: newsArticle({ article: a, description, url, canonicalUrl, copies, topics, wordCount, author, images: images.map((i) => i.url) }, cat.absolute),
    breadcrumbs: [HOME, ...(eventLink ? [eventLink] : [])],
  };
}

/** The other original reports of the article's event: neither the article, nor its copies, nor what it copies. */
function otherReports(a: AnalysedArticle, eventArticles: string[], cat: Catalogue): AnalysedArticle[] {
  return eventArticles
    .map((id) => cat.articleById.get(id))
    .filter((o): o is AnalysedArticle => !!o && o.id !== a.id && o.duplicateOf === null && o.id !== a.duplicateOf);
}

/** The article's summary, else its first kept paragraph of more than eight words, never a picture's caption (else its text), shortened. */
function descriptionOf(a: AnalysedArticle, text: string): string {
  return printable(a.summary ?? shorten(a.blocks.find((b) => !b.removed && b.kind !== 'figure' && b.text.split(' ').length > 8)?.text ?? text, DESCRIPTION_CHARS));
}

/** The blocks removed as furniture, with why. */
function removedTexts(a: AnalysedArticle): RemovedText[] {
  return a.blocks.filter((b) => b.removed).map((b) => ({ text: printable(b.text), reason: b.removed!.reason, ruleId: b.removed!.ruleId }));
}

/** "Compared with it, this copy adds 1 paragraph.", or "The text is the same as the original’s.". */
function differencesLabel(d: { added: string[]; dropped: string[] }): string {
  const parts = [
    d.added.length ? `adds ${count(d.added.length, 'paragraph')}` : '',
    d.dropped.length ? `drops ${count(d.dropped.length, 'paragraph')}` : '',
  ].filter(Boolean);
  return parts.length ? `Compared with it, this copy ${parts.join(' and ')}.` : 'The text is the same as the original’s.';
}
