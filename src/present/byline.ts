/**
 * Bylines: the author of an article that names none in its front matter,
 * read from the byline the boilerplate stage removed from its text ("By
 * Jane Doe | Staff Writer", "Lena Dubois, Political Editor").
 */
import type { Block } from '../model/types.ts';

/** Rules whose removed lines hold the author's name, with how to read it. */
const BYLINE_RULES: Record<string, 'by' | 'name-role'> = {
  'byline/by-author': 'by',
  'byline/name-role': 'name-role',
};

/** What opens a "By …" line. */
const BY = /^(?:by|written by|words by|story by|report(?:ed)? by|posted by|author:?)\s+/i;

/** Newsroom roles that follow a name after a comma ("Jane Doe, Staff Writer"). */
const ROLE = /\b(?:editor|writer|reporter|correspondent|staff|journalist|contributor|columnist|producer|desk|bureau|agency|news|reporters|writers|correspondents)\b/i;

/** Most words a name list may have: more is a sentence, not a byline. */
const MAX_NAME_WORDS = 10;

/** The names of a byline, without what opens it or the roles and places after them; null when none is left. */
function namesOf(line: string, kind: 'by' | 'name-role'): string | null {
  let text = kind === 'by' ? line.replace(BY, '') : line;
  // A role, a place or a date follows a bar, a dash or "in".
  text = text.split(/\s*[|•·–—]\s*|\s+-\s+|\s+in\s+/u)[0]!;
  const parts = text.split(/\s*,\s*/);
  while (parts.length > 1 && ROLE.test(parts[parts.length - 1]!)) parts.pop();
  if (kind === 'name-role') parts.splice(1);
  const names = parts.join(', ').trim();
  if (!names || !/^\p{Lu}/u.test(names) || names.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return names;
}

/** The author named by the first byline removed from an article's text, or null. */
export function bylineAuthor(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    const kind = b.removed ? BYLINE_RULES[b.removed.ruleId] : undefined;
    if (!kind) continue;
    const names = namesOf(b.text, kind);
    if (names) return names;
  }
  return null;
}

/** The people of a name list ("A, B and C" → three names), for JSON-LD's `author`. */
export function authorsOf(names: string): string[] {
  return names
    .split(/\s*,\s*|\s+(?:and|&)\s+/u)
    .map((n) => n.trim())
    .filter(Boolean);
}
