/**
 * What of a saved page is never story: active content (dropped without a
 * trace), and page furniture (navigation, share bars, related links,
 * comments…) named by its tag, its ARIA role or the words of its class and
 * id. Rules are data, each with the reason a person reads and an example.
 */
import type { Element } from 'hast';
import { attr, nameWords } from './html-dom.ts';

/**
 * Elements dropped with everything in them: scripts and styles, embedded
 * frames and objects, form controls (a form itself is furniture by rule, for
 * some pages hold their whole text in one), media. Images go too, but those
 * saved beside the page (see html-images): the others point at the outlet's
 * server, and an archive never hot-links them.
 */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'title',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal',
  'button', 'input', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'progress', 'meter', 'dialog',
  'img', 'picture', 'source', 'track', 'video', 'audio', 'svg', 'canvas', 'map', 'area', 'math',
]);

/** Class names that hide an element from sight (screen-reader text, utility classes). */
const HIDING_CLASSES: ReadonlySet<string> = new Set([
  'hidden', 'hide', 'd-none', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screenreader-only',
  'offscreen', 'invisible', 'element-invisible', 'a11y-hidden', 'u-hidden',
]);

/** Whether an element is not shown on the page: `hidden`, `aria-hidden`, an inline `display: none`, a hiding class. */
export function isHidden(el: Element): boolean {
  const p = el.properties;
  if (!p) return false;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (p.ariaHidden !== undefined && p.ariaHidden !== null && String(p.ariaHidden).toLowerCase() === 'true') return true;
  const style = attr(el, 'style');
  if (style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  // The parser gives `class` as its list of names: each is looked at as it is, without joining and splitting them again.
  if (Array.isArray(p.className)) {
    for (const c of p.className) if (HIDING_CLASSES.has(String(c).toLowerCase())) return true;
    return false;
  }
  const classes = attr(el, 'className')?.split(/\s+/) ?? [];
  for (const c of classes) if (HIDING_CLASSES.has(c.toLowerCase())) return true;
  return false;
}

/** A rule naming a kind of page furniture. */
export interface FurnitureRule {
  /** Permanent id (`html/share`), as removed blocks carry it. */
  id: string;
  /** Why the text is not story, as a person reads it. */
  reason: string;
  /** Element names the rule takes (default: none). */
  tags?: readonly string[];
  /** ARIA roles the rule takes (default: none). */
  roles?: readonly string[];
  /** Words of class or id names the rule takes: `share` takes `post-share`, `shareBar` (default: none). */
  words?: readonly string[];
  /**
   * Characters of paragraphs above which an element the rule names is the
   * story's container after all (default: `TAG_MAX_PROSE` when the tag names
   * it, `NAME_MAX_PROSE` when its role or names do).
   */
  maxProse?: number;
  /** An element the rule removes. */
  example: string;
}

/**
 * Characters of paragraphs a `<header>`, `<footer>`, `<nav>` or `<aside>`
 * may hold and still be furniture: a page that puts its story in one of
 * them holds more.
 */
export const TAG_MAX_PROSE = 2500;
/**
 * Characters of paragraphs an element named furniture by its class or id may
 * hold: names such as `has-sidebar` or `post-and-ads-container` describe the
 * story's own container, which holds more prose than a sidebar ever does.
 */
export const NAME_MAX_PROSE = 600;

/** Page furniture, by what it is. The first rule that takes an element names it. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'html/navigation',
    reason: 'the page’s navigation',
    tags: ['nav', 'menu'],
    roles: ['navigation', 'menubar', 'menu'],
    words: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skiplink'],
    example: '<div class="site-menu"><a href="/">Home</a> <a href="/world">World</a></div>',
  },
  {
    id: 'html/header',
    reason: 'the page’s header',
    tags: ['header'],
    roles: ['banner'],
    words: ['masthead', 'topbar', 'header'],
    example: '<header><a href="/">The Example Times</a></header>',
  },
  {
    id: 'html/footer',
    reason: 'the page’s footer',
    tags: ['footer'],
    roles: ['contentinfo'],
    words: ['footer', 'copyright', 'colophon'],
    example: '<footer>© 2024 The Example Times. All rights reserved.</footer>',
  },
  {
    id: 'html/sidebar',
    reason: 'a sidebar beside the story',
    tags: ['aside'],
    roles: ['complementary'],
    words: ['sidebar', 'aside'],
    example: '<aside>Most read this week</aside>',
  },
  {
    id: 'html/form',
    reason: 'a form (search, sign-up, contact)',
    tags: ['form'],
    roles: ['search'],
    // A page built as one form (ASP.NET wraps every page in one) holds its story's paragraphs; a search or sign-up form holds a line or two.
    maxProse: 300,
    example: '<form action="/search">Search the site</form>',
  },
  {
    id: 'html/share',
    reason: 'buttons to share the story',
    words: ['share', 'sharing', 'social', 'sharebar', 'addthis', 'sharethis', 'socials', 'sociallinks'],
    example: '<div class="share-bar">Share on Facebook Share on X</div>',
  },
  {
    id: 'html/related',
    reason: 'links to other stories',
    words: ['related', 'recommended', 'recommendation', 'recommendations', 'trending', 'popular', 'mostread', 'mostpopular', 'outbrain', 'taboola', 'readnext', 'upnext'],
    example: '<section class="related-stories"><a href="/b">Another story</a></section>',
  },
  {
    id: 'html/comments',
    reason: 'readers’ comments',
    words: ['comment', 'comments', 'disqus', 'respond', 'replies'],
    // Readers' comments are paragraphs of prose, as many as readers wrote.
    maxProse: Infinity,
    example: '<div id="comments">3 comments</div>',
  },
  {
    id: 'html/cookie',
    reason: 'a cookie notice',
    words: ['cookie', 'cookies', 'consent', 'gdpr'],
    // A cookie notice is never story, however long its legal text.
    maxProse: Infinity,
    example: '<div class="cookie-banner">We use cookies.</div>',
  },
  {
    id: 'html/newsletter',
    reason: 'a newsletter or subscription offer',
    words: ['newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall', 'optin'],
    example: '<div class="newsletter-signup">Get the morning briefing in your inbox</div>',
  },
  {
    id: 'html/advert',
    reason: 'an advertisement',
    words: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'adunit', 'dfp', 'sponsor', 'sponsored', 'promo', 'gpt', 'doubleclick', 'cta'],
    example: '<div class="ad-slot">Advertisement</div>',
  },
  {
    id: 'html/caption',
    reason: 'a picture’s caption (its picture was not saved with the page)',
    tags: ['figcaption'],
    words: ['caption', 'captions'],
    example: '<figcaption>The harbour at dawn. Photo: J. Doe</figcaption>',
  },
  {
    id: 'html/author-bio',
    reason: 'a note about the author',
    words: ['bio', 'biography', 'authorbio', 'authorbox', 'aboutauthor'],
    example: '<div class="author-bio">Jane Doe covers transport for the Courier.</div>',
  },
  {
    id: 'html/byline',
    reason: 'the byline (its author and date are the article’s own)',
    words: ['byline', 'bylines', 'author', 'postmeta', 'entrymeta', 'dateline', 'published', 'posted', 'readtime'],
    example: '<p class="byline">By Jane Doe, 9 December 2024</p>',
  },
  {
    id: 'html/disclosure',
    reason: 'the outlet’s disclosure or disclaimer',
    words: ['disclosure', 'disclosures', 'disclaimer', 'disclaimers'],
    // A disclosure is never story, however long its legal text.
    maxProse: Infinity,
    example: '<div class="affiliate-disclosure">We may earn a commission from links on this page.</div>',
  },
  {
    id: 'html/popup',
    reason: 'a pop-up over the page',
    words: ['modal', 'popup', 'lightbox'],
    // A pop-up is never story, however much it holds.
    maxProse: Infinity,
    example: '<div class="modal">Before you go: read our best stories</div>',
  },
  {
    id: 'html/tags',
    reason: 'the story’s tags',
    words: ['tags', 'taglist', 'categories', 'taxonomy'],
    example: '<ul class="post-tags"><li><a href="/t/a">Politics</a></li></ul>',
  },
];

const RULE_OF_TAG = firstRuleOf((r) => r.tags);
const RULE_OF_ROLE = firstRuleOf((r) => r.roles);
const RULE_OF_WORD = firstRuleOf((r) => r.words);

/** Elements a furniture rule never takes by its names or role: the page itself and its declared article. */
const NEVER_FURNITURE: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/**
 * The furniture rule that names an element, and the most prose it may hold,
 * or null. With `byName` false only tags name furniture, not roles or names.
 */
export function furnitureRule(el: Element, byName = true): { rule: FurnitureRule; maxProse: number } | null {
  const tag = el.tagName;
  const byTag = RULE_OF_TAG.get(tag);
  if (byTag !== undefined) return { rule: FURNITURE_RULES[byTag]!, maxProse: FURNITURE_RULES[byTag]!.maxProse ?? TAG_MAX_PROSE };
  if (!byName || NEVER_FURNITURE.has(tag) || /articlebody/i.test(attr(el, 'itemProp') ?? '')) return null;
  const role = attr(el, 'role')?.toLowerCase();
  let first = role ? RULE_OF_ROLE.get(role) : undefined;
  if (first === undefined) for (const w of nameWords(el)) first = Math.min(first ?? Infinity, RULE_OF_WORD.get(w) ?? Infinity);
  const rule = first === undefined || first === Infinity ? undefined : FURNITURE_RULES[first];
  return rule ? { rule, maxProse: rule.maxProse ?? NAME_MAX_PROSE } : null;
}

/** The index of the first rule that takes each of the names a list of a rule gives, so an element is named without trying every rule. */
function firstRuleOf(names: (rule: FurnitureRule) => readonly string[] | undefined): Map<string, number> {
  const first = new Map<string, number>();
  FURNITURE_RULES.forEach((rule, i) => {
    for (const name of names(rule) ?? []) if (!first.has(name)) first.set(name, i);
  });
  return first;
}
