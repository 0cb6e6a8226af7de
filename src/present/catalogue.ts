/** The analysed archive indexed once for every page kind: lookups by id, and the links between pages. */
import type { AnalysedArticle, Event, Link, ReportLink, SiteSettings, TextLanguage } from '../model/types.ts';
import { directionOf } from '../analyse/per-article/parse/index.ts';
import { slugify } from '../text/slug.ts';
import { dateLabel, dateNote, listLabel } from './labels.ts';
import { pushTo } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { absoluteUrls, articleUrl, eventUrl, sourceUrl } from './urls.ts';

/** What the page kinds look up about the analysed archive, and how they link to its pages. */
export interface Catalogue {
  site: SiteSettings;
  articleById: Map<string, AnalysedArticle>;
  eventById: Map<string, Event>;
  /** The syndicated copies of each article, by the id of the article they copy. */
  copiesOf: Map<string, AnalysedArticle[]>;
  /** Each outlet's slug, by outlet name. */
  sourceSlugs: Map<string, string>;
  /** A site path as an absolute address, when the site's address is set, else null. */
  absolute: (path: string) => string | null;
  /** An article's language and direction: its own, else the site's. */
  textLanguage(a: AnalysedArticle): TextLanguage;
  /** An article's language and direction when they are not the site's, else null. */
  languageOf(a: AnalysedArticle): TextLanguage | null;
  /** The link to an outlet's page; null for an article that names no outlet. */
  sourceLink(name: string | null): Link | null;
  /** The link to an article as listings show it, with the outlets that published copies of it. */
  reportLink(a: AnalysedArticle): ReportLink;
  /** The link to an event's page; null when there is no such event. */
  eventLink(id: string | null): Link | null;
  /** The link to an article's page; null when there is no such article. */
  articleLink(id: string): Link | null;
}

/** Indexes the analysed archive; report links are made once per article and shared by every page. */
export function catalogue(articles: AnalysedArticle[], events: Event[], site: SiteSettings): Catalogue {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const copiesOf = new Map<string, AnalysedArticle[]>();
  for (const a of articles) if (a.duplicateOf) pushTo(copiesOf, a.duplicateOf, a);
  const sourceSlugs = slugsFor([...new Set(articles.map((a) => a.source).filter((s): s is string => !!s))]);
  const textLanguage = (a: AnalysedArticle): TextLanguage => {
    const lang = a.lang ?? site.lang;
    return { lang, dir: a.dir ?? directionOf(lang) };
  };
  const languageOf = (a: AnalysedArticle): TextLanguage | null => {
    const own = textLanguage(a);
    return own.lang.toLowerCase() === site.lang.toLowerCase() && own.dir === 'ltr' ? null : own;
  };
  const reportLinks = new Map<string, ReportLink>();
  const reportLink = (a: AnalysedArticle): ReportLink => {
    let link = reportLinks.get(a.id);
    if (!link) {
      const also = [...new Set((copiesOf.get(a.id) ?? []).map((c) => c.source ?? 'an unnamed outlet'))].sort(byCodeUnits);
      link = {
        id: a.id,
        url: articleUrl(a.id),
        title: a.title,
        language: languageOf(a),
        source: a.source,
        date: a.date,
        dateLabel: dateLabel(a.date),
        dateNote: dateNote(a.dateSource, a.dateText),
        alsoPublishedBy: also,
        alsoPublishedLabel: also.length ? `Also published by ${listLabel(also)}` : '',
      };
      reportLinks.set(a.id, link);
    }
    return link;
  };
  const eventLink = (id: string | null): Link | null => {
    const e = id ? eventById.get(id) : undefined;
    if (!e) return null;
    const lead = articleById.get(e.articles[0] ?? '');
    return { url: eventUrl(e.id), title: e.title, language: lead ? languageOf(lead) : null };
  };
  const articleLink = (id: string): Link | null => {
    const a = articleById.get(id);
    return a ? { url: articleUrl(a.id), title: a.title, language: languageOf(a) } : null;
  };
  return {
    site,
    articleById,
    eventById,
    copiesOf,
    sourceSlugs,
    absolute: absoluteUrls(site),
    textLanguage,
    languageOf,
    sourceLink: (s) => (s ? { url: sourceUrl(sourceSlugs.get(s)!), title: s } : null),
    reportLink,
    eventLink,
    articleLink,
  };
}

/** Gives each name a unique slug; names are taken in sorted order so slugs do not depend on input order. */
function slugsFor(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...names].sort(byCodeUnits)) {
    const stem = slugify(name) || 'outlet';
    let slug = stem;
    for (let n = 2; used.has(slug); n++) slug = `${stem}-${n}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}
