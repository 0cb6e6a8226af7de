/** Pages left at old addresses, sending readers to where the event or article is now. */
import type { Redirect } from '../model/types.ts';
import type { Catalogue } from './catalogue.ts';
import type { GroupInput } from './input.ts';
import { articleUrl, eventUrl } from './urls.ts';

/**
 * A redirect for each old event id and each old article id that no event or
 * article holds now, to where its reports went; none to a page that is gone.
 */
export function redirectsFor(input: Pick<GroupInput, 'redirects' | 'articleRedirects'>, cat: Catalogue): Redirect[] {
  const events = input.redirects
    .filter((r) => !cat.eventById.has(r.from))
    .map((r) => ({ url: eventUrl(r.from), to: cat.eventLink(r.to) }));
  const articles = (input.articleRedirects ?? [])
    .filter((r) => !cat.articleById.has(r.from))
    .map((r) => ({ url: articleUrl(r.from), to: cat.articleLink(r.to) }));
  return [...events, ...articles].filter((r): r is Redirect => r.to !== null);
}
