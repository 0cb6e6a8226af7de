/** schema.org JSON-LD for article pages, so search engines read an article's headline, date and outlet. */
import type { AnalysedArticle, ReportLink, TopicLink } from '../model/types.ts';
import { authorsOf } from './byline.ts';

/** What an article page's JSON-LD describes, besides the article itself. */
export interface NewsArticleInput {
  article: AnalysedArticle;
  description: string;
  /** The article page's path. */
  url: string;
  /** The path of the page this one is a copy of, or `url`. */
  canonicalUrl: string;
  /** Syndicated copies of the article. */
  copies: ReportLink[];
  topics: TopicLink[];
  wordCount: number;
  /** The byline (front matter, else the removed byline line), or null. */
  author: string | null;
  /** Site paths of the pictures the body shows, the lead first. */
  images: string[];
}

/** A `NewsArticle`; its addresses only when the site's address is known (`absolute` gives null otherwise). */
export function newsArticle(input: NewsArticleInput, absolute: (path: string) => string | null): Record<string, unknown> {
  const { article: a, copies, topics } = input;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: input.description,
    inLanguage: a.lang,
    wordCount: input.wordCount,
  };
  // Without the site's address there is no absolute URL to give; JSON-LD does not resolve relative ones.
  const self = absolute(input.url);
  if (self) {
    ld.url = self;
    ld.mainEntityOfPage = absolute(input.canonicalUrl);
  }
  const images = input.images.map(absolute).filter((u): u is string => u !== null);
  if (images.length) ld.image = images;
  if (a.date) ld.datePublished = a.date;
  if (input.author) {
    const people = authorsOf(input.author).map((name) => ({ '@type': 'Person', name }));
    ld.author = people.length === 1 ? people[0] : people;
  }
  if (a.source) ld.publisher = { '@type': 'Organization', name: a.source };
  if (a.sourceUrl && /^https?:\/\//i.test(a.sourceUrl)) ld.isBasedOn = a.sourceUrl;
  if (topics.length) ld.keywords = topics.map((t) => t.title);
  if (copies.length) {
    ld.workExample = copies.map((c) => ({
      '@type': 'NewsArticle',
      headline: c.title,
      ...(absolute(c.url) ? { url: absolute(c.url) } : {}),
      ...(c.source ? { publisher: { '@type': 'Organization', name: c.source } } : {}),
    }));
  }
  return ld;
}
