/**
 * A page that React streams arrives in parts: the first bytes hold
 * placeholders, later bytes hidden `<div id="S:n">` parts and the script
 * calls that move each part into place. A page saved before its scripts ran
 * holds its story so; this module makes those moves.
 */
import type { Element, ElementContent } from 'hast';
import { attr, walk } from './html-dom.ts';

/** A script call moving a streamed part: `$RC("B:0","S:0")` fills a boundary, `$RS("S:5","P:5")` a placeholder. */
const MOVE_CALL = /\$R([CS])\("([BPS]:\w+)","([BPS]:\w+)"\)/g;

/**
 * Puts the parts of a page that React streamed where its scripts would have
 * put them, in the order its scripts would have: a hidden `<div id="S:n">`
 * replaces the `<template id="B:n">` boundary with its "Loading…" fallback
 * (up to the `<!--/$-->` comment), or the `<template id="P:n">` placeholder.
 * A part whose place is gone (it was in a fallback) is left where it is.
 */
export function revealStreamed(body: Element): void {
  const moves: [string, string][] = [];
  const parts: string[] = [];
  walk(body, (el) => {
    const id = attr(el, 'id');
    if (el.tagName === 'div' && id && /^S:\w+$/.test(id)) parts.push(id);
    if (el.tagName === 'script') {
      const code = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      for (const m of code.matchAll(MOVE_CALL)) moves.push(m[1] === 'C' ? [m[3]!, m[2]!] : [m[2]!, m[3]!]);
    }
    return true;
  });
  if (parts.length === 0) return;
  // Without the scripts' calls, each part goes to the boundary or placeholder of its number, in page order.
  if (moves.length === 0) for (const id of parts) moves.push([id, `B:${id.slice(2)}`], [id, `P:${id.slice(2)}`]);
  for (const [partId, targetId] of moves) {
    const part = find(body, 'div', partId);
    const target = find(body, 'template', targetId);
    if (!part || !target) continue;
    const siblings = target.parent.children;
    const at = target.index;
    const close = targetId.startsWith('B:') ? siblings.findIndex((c, i) => i > at && c.type === 'comment' && c.value === '/$') : -1;
    const content: ElementContent[] = part.el.children;
    part.parent.children.splice(part.index, 1);
    // The part may have sat before the target in the same parent: find the target's place again.
    const now = siblings.indexOf(target.el);
    siblings.splice(now, close > at ? close - at : 1, ...content);
  }
}

/** An element by tag name and id, with its parent and its place there, or null. */
function find(body: Element, tag: string, id: string): { el: Element; parent: Element; index: number } | null {
  let found: { el: Element; parent: Element; index: number } | null = null;
  walk(body, (el, parent, index) => {
    if (found) return false;
    if (el.tagName === tag && attr(el, 'id') === id) found = { el, parent, index };
    return !found;
  });
  return found;
}
