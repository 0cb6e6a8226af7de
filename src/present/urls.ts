/** The site's addresses: every path the view model links is made here. */
import type { Link, SiteSettings, TopicKind } from '../model/types.ts';

/** A month or day number with two digits, as paths and ISO dates write it. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The home page, first of most breadcrumbs. */
export const HOME: Link = { url: '/', title: 'Home' };
/** The timeline page, second of the date pages' breadcrumbs. */
export const TIMELINE: Link = { url: '/timeline/', title: 'Timeline' };

/** `/articles/<id>/`. */
export const articleUrl = (id: string): string => `/articles/${id}/`;
/** `/events/<id>/`. */
export const eventUrl = (id: string): string => `/events/${id}/`;
/** `/topics/<kind>/`: the list of every topic of a kind. */
export const topicKindUrl = (kind: TopicKind): string => `/topics/${kind}/`;
/** `/topics/<kind>/<slug>/`. */
export const topicUrl = (kind: TopicKind, slug: string): string => `/topics/${kind}/${slug}/`;
/** `/sources/<slug>/`: an outlet's page. */
export const sourceUrl = (slug: string): string => `/sources/${slug}/`;
/** `/2024/`. */
export const yearUrl = (year: number): string => `/${year}/`;
/** `/2024/12/`. */
export const monthUrl = (year: number, month: number): string => `/${year}/${pad(month)}/`;
/** `/2024/12/09/`. */
export const dayUrl = (year: number, month: number, day: number): string => `/${year}/${pad(month)}/${pad(day)}/`;
/** `2024-12-09`. */
export const isoDay = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** Absolute addresses of site paths when the site's address is set, else null. */
export function absoluteUrls(site: SiteSettings): (path: string) => string | null {
  if (!site.url) return () => null;
  const root = site.url.endsWith('/') ? site.url : `${site.url}/`;
  return (path) => new URL(path.replace(/^\//, ''), root).href;
}
