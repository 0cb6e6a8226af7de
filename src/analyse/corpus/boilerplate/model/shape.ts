/**
 * What one line looks like, without its surroundings: the first half of the
 * furniture model's features. Every value is a number in [0, 1] (or a small
 * count scaled there), so that learned weights compare.
 */
import { STOPWORDS } from '../../../../text/stopwords.ts';
import { words } from '../../../../text/words.ts';
import { CLOCK_TIME, endsLikeSentence, hasQuote, isBareDate, isHeadline, MONTH_WORD, NUMERIC_DATE, sentenceCount } from '../lib/shape.ts';

/**
 * Words whose presence in a line is a feature of its own; the model learns
 * how much each says (a weight per cue), so none of them decides alone. They
 * are the vocabulary of page furniture in general (consent, accounts,
 * sharing, navigation, promotion, lists of other pages), not of any site.
 */
export const CUES: readonly string[] = [
  'cookie', 'cookies', 'privacy', 'consent', 'accept', 'policy', 'terms',
  'subscribe', 'subscription', 'newsletter', 'sign', 'login', 'log', 'account', 'register', 'password',
  'share', 'facebook', 'twitter', 'linkedin', 'instagram', 'youtube', 'pinterest', 'whatsapp', 'email', 'follow',
  'menu', 'home', 'search', 'skip', 'navigation', 'back', 'top', 'next', 'previous', 'page', 'view', 'all',
  'read', 'more', 'related', 'popular', 'latest', 'trending', 'recommended', 'also', 'see',
  'advertisement', 'ad', 'sponsored', 'partner', 'offer', 'free', 'buy', 'shop', 'price', 'deal', 'get', 'download', 'app',
  'click', 'here', 'learn', 'contact', 'us', 'about', 'comments', 'comment', 'reply', 'copyright', 'reserved', 'rights',
  'tags', 'category', 'topics', 'photo', 'image', 'video', 'watch', 'listen', 'minute', 'min', 'by', 'posted', 'updated',
  'published', 'author', 'editor', 'reporter', 'join', 'now', 'today', 'our', 'your', 'you', 'we',
];

const CUE_SET = new Set(CUES);

/** Names of the shape features, in the order `lineShape` fills them; the cues come last as `cue:<word>`. */
export const SHAPE_FEATURES: readonly string[] = [
  'words:0-1', 'words:2-3', 'words:4-7', 'words:8-15', 'words:16-30', 'words:31+',
  'log-words', 'log-chars', 'ends:sentence', 'ends:colon', 'ends:none', 'sentences:2+',
  'stop-share', 'cap-share', 'all-caps', 'digit-share', 'symbol-share',
  'has:url', 'has:at', 'has:email', 'has:copyright', 'separators', 'starts:bullet', 'starts:number',
  'bare-date', 'has:date', 'has:time', 'headline-shaped', 'has:quote', 'kind:heading', 'kind:list-item',
  'title-case-short', 'one-word', 'starts:lower', 'ends:ellipsis', 'has:price',
  ...CUES.map((c) => `cue:${c}`),
];

const YEAR = /\b(?:19|20)\d\d\b/;

/** Scales a count to [0, 1]: `log(1 + n) / log(1 + max)`, capped at 1. */
export function logScale(n: number, max: number): number {
  return Math.min(1, Math.log1p(Math.max(0, n)) / Math.log1p(max));
}

/**
 * The shape features of one line (`SHAPE_FEATURES` order).
 *
 * @param text The block's text.
 * @param kind The block's kind (`paragraph`, `heading`, `list-item`, …).
 */
export function lineShape(text: string, kind: string): number[] {
  const ws = words(text);
  const n = ws.length;
  const chars = text.replace(/\s+/g, '');
  const letters = (chars.match(/\p{L}/gu) ?? []).length;
  const digits = (chars.match(/\p{N}/gu) ?? []).length;
  const symbols = chars.length - letters - digits;
  const raw = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = raw.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  const stops = ws.filter((w) => STOPWORDS.has(w)).length;
  const capShare = raw.length ? capitalised / raw.length : 0;
  const out = [
    n <= 1 ? 1 : 0,
    n >= 2 && n <= 3 ? 1 : 0,
    n >= 4 && n <= 7 ? 1 : 0,
    n >= 8 && n <= 15 ? 1 : 0,
    n >= 16 && n <= 30 ? 1 : 0,
    n > 30 ? 1 : 0,
    logScale(n, 200),
    logScale(chars.length, 1500),
    endsLikeSentence(text) ? 1 : 0,
    /:\s*$/.test(text) ? 1 : 0,
    /[\p{L}\p{N}]\s*$/u.test(text) ? 1 : 0,
    n > 0 && sentenceCount(text) >= 2 ? 1 : 0,
    n ? stops / n : 0,
    capShare,
    letters >= 3 && !/\p{Ll}/u.test(text) ? 1 : 0,
    chars.length ? digits / chars.length : 0,
    chars.length ? symbols / chars.length : 0,
    /\bhttps?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|net|co|io|gov|edu)\b/i.test(text) ? 1 : 0,
    /(?:^|\s)@\w/.test(text) ? 1 : 0,
    /[\w.+-]+@[\w-]+\.[\w.-]+/.test(text) ? 1 : 0,
    /©|\(c\)\s*\d|\bcopyright\b|all rights reserved/i.test(text) ? 1 : 0,
    logScale((text.match(/\s[|•·›»/]\s|\s[|•·]|[|•·]\s/g) ?? []).length, 6),
    /^[•·*▪●◦‣–—-]\s/.test(text) ? 1 : 0,
    /^\d{1,2}[.)]\s/.test(text) ? 1 : 0,
    isBareDate(text) ? 1 : 0,
    (MONTH_WORD.test(text) && /\b\d{1,2}\b/.test(text)) || NUMERIC_DATE.test(text) || (MONTH_WORD.test(text) && YEAR.test(text)) ? 1 : 0,
    CLOCK_TIME.test(text) ? 1 : 0,
    isHeadline(text, n) ? 1 : 0,
    hasQuote(text) ? 1 : 0,
    kind === 'heading' ? 1 : 0,
    kind === 'list-item' ? 1 : 0,
    n >= 1 && n <= 6 && capShare >= 0.7 ? 1 : 0,
    n === 1 ? 1 : 0,
    /^[^\p{L}]*\p{Ll}/u.test(text) ? 1 : 0,
    /(?:\.\.\.|…)\s*$/.test(text) ? 1 : 0,
    /[$€£¥]\s?\d|\d\s?(?:usd|eur|€)/i.test(text) ? 1 : 0,
  ];
  const present = new Set(ws.filter((w) => CUE_SET.has(w)));
  for (const c of CUES) out.push(present.has(c) ? 1 : 0);
  return out;
}
