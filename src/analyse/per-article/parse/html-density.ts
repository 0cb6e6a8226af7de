/**
 * The element of a page with the densest story text, scored as Mozilla
 * Readability scores it: each paragraph gives its container (and, less, the
 * containers above) a score for its length and commas; a container's names
 * and tag add or take away; link text discounts it. Then the best container
 * is widened to its siblings that read as more of the story.
 */
import type { Element } from 'hast';
import { isElement, isPlainDiv, nameWords, textOf, walk, type Measure } from './html-dom.ts';
import { furnitureRule } from './html-furniture.ts';

/** An element scores from this many characters of text. */
const MIN_SCORED_CHARS = 25;
/** Siblings of the best element join it when they score this share of its score (Readability's 0.2). */
const SIBLING_SCORE_SHARE = 0.2;

/** Words of class and id names that mark a story's container (Readability's positive names). */
const STORY_WORDS: ReadonlySet<string> = new Set(['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'prose', 'richtext']);
/** Score a container's names add or take away (Readability's class weight). */
const NAME_WEIGHT = 25;
/** Score by tag of a container that receives its children's scores (Readability's initial scores). */
const TAG_SCORE: Record<string, number> = { div: 5, article: 5, section: 3, main: 3, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5 };
/** Ancestors of a paragraph that receive its score. */
const SCORED_ANCESTORS = 5;

/** The scores of a page's containers and the best of them. */
export interface Density {
  best: Element;
  scores: Map<Element, number>;
  parents: Map<Element, Element>;
}

/** Candidates within this share of the best score count as its rivals (Readability's 0.75). */
const RIVAL_SCORE_SHARE = 0.75;
/** Rivals that, when this many share an ancestor, make that ancestor the story (Readability's 3). */
const MIN_RIVALS = 3;
/** Best-scored candidates looked at for rivals (Readability's 5). */
const TOP_CANDIDATES = 5;

/** The container with the best Readability score, with every container's score and parent, or null. */
export function densest(body: Element, m: Map<Element, Measure>): Density | null {
  const scores = new Map<Element, number>();
  const parents = new Map<Element, Element>();
  const paragraphs: Element[] = [];
  walk(body, (el, parent) => {
    parents.set(el, parent);
    if (el.tagName === 'p' || el.tagName === 'pre' || el.tagName === 'td' || isPlainDiv(el)) paragraphs.push(el);
    return true;
  });
  for (const p of paragraphs) {
    const { chars } = m.get(p)!;
    if (chars < MIN_SCORED_CHARS) continue;
    const text = textOf(p);
    const score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(chars / 100), 3);
    let a = parents.get(p);
    for (let level = 0; a && level < SCORED_ANCESTORS; level++) {
      if (!scores.has(a)) scores.set(a, initialScore(a));
      scores.set(a, scores.get(a)! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      a = parents.get(a);
    }
  }
  for (const [el, s] of scores) {
    const { chars, linkChars } = m.get(el)!;
    scores.set(el, s * (1 - (chars ? linkChars / chars : 0)));
  }
  const top = [...scores].sort((x, y) => y[1] - x[1]).slice(0, TOP_CANDIDATES);
  if (top.length === 0) return null;
  return { best: promote(top, scores, parents, body), scores, parents };
}

/**
 * Readability's widening of the best container: to the ancestor that holds
 * several near-equal rivals (a story split into sections), then up while a
 * parent scores better, then past parents that hold nothing else.
 */
function promote(top: [Element, number][], scores: Map<Element, number>, parents: Map<Element, Element>, body: Element): Element {
  let best = top[0]![0];
  const bestScore = top[0]![1];
  const ancestors = (el: Element): Set<Element> => {
    const out = new Set<Element>();
    for (let a = parents.get(el); a; a = parents.get(a)) out.add(a);
    return out;
  };
  const rivals = top.slice(1).filter(([, s]) => s / bestScore >= RIVAL_SCORE_SHARE).map(([el]) => ancestors(el));
  if (rivals.length >= MIN_RIVALS) {
    for (let a = parents.get(best); a && a !== body; a = parents.get(a)) {
      if (rivals.filter((r) => r.has(a!)).length >= MIN_RIVALS) {
        best = a;
        break;
      }
    }
  }
  let lastScore = scores.get(best) ?? 0;
  const threshold = lastScore / 3;
  for (let a = parents.get(best); a && a !== body; a = parents.get(a)) {
    const s = scores.get(a);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > lastScore) {
      best = a;
      break;
    }
    lastScore = s;
  }
  for (let a = parents.get(best); a && a !== body && a.children.filter((c) => c.type === 'element').length === 1; a = parents.get(a)) best = a;
  return best;
}

function initialScore(el: Element): number {
  const words = nameWords(el);
  let s = TAG_SCORE[el.tagName] ?? 0;
  if (words.some((w) => STORY_WORDS.has(w))) s += NAME_WEIGHT;
  if (furnitureRule(el)) s -= NAME_WEIGHT;
  return s;
}

/** The best container and those of its siblings that read as more of the story (Readability's sibling pass). */
export function withSiblings(density: Density, m: Map<Element, Measure>): Element[] {
  const { best, scores, parents } = density;
  const parent = parents.get(best);
  if (!parent) return [best];
  const threshold = Math.max(10, (scores.get(best) ?? 0) * SIBLING_SCORE_SHARE);
  return parent.children.filter((c): c is Element => {
    if (!isElement(c)) return false;
    if (c === best) return true;
    if ((scores.get(c) ?? -Infinity) >= threshold) return true;
    const cm = m.get(c);
    if (!cm || c.tagName !== 'p') return false;
    const density = cm.chars ? cm.linkChars / cm.chars : 0;
    return (cm.chars > 80 && density < 0.25) || (cm.chars > 0 && cm.chars <= 80 && density === 0 && /\.( |$)/.test(textOf(c)));
  });
}
