/**
 * People, places and organisations of an article.
 *
 * wink-eng-lite-web-model tags parts of speech but names no person, place or
 * organisation, so names are found as runs of capitalised words (proper
 * nouns where a sentence starts) and typed by their context: a title before
 * the name ("Mr", "actress"), an age after it (", 33,"), a place word
 * ("in …", ", Calif."), the word that ends the name ("… Center"), and a
 * gazetteer of countries, states and large cities. A surname alone
 * ("Lohan") counts as the full name the article gave earlier.
 */
import type { Entities } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import { nameMatchKey } from '../../../../text/names.ts';
import {
  CITIES,
  COMMON_ABBREVIATIONS,
  COUNTRIES,
  NOT_NAMES,
  ORGANISATION_HEADS,
  PERSON_ROLES,
  PERSON_TITLES,
  REGIONS,
  STATE_ABBREVIATIONS,
  STATES,
} from './gazetteer.ts';
import { ENTITY_MAX_TOKENS, SALIENT_MENTIONS } from '../settings.ts';

/** One token as the tagger sees it. */
export interface TaggedToken {
  value: string;
  /** Universal part-of-speech tag (`PROPN`, `NOUN`, `PUNCT`, …). */
  pos: string;
}

/** A sentence of tagged tokens. */
export type TaggedSentence = TaggedToken[];

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const undot = (s: string) => s.replace(/\.$/u, '');

const PLACE_NAMES = lower([...COUNTRIES, ...REGIONS, ...STATES, ...CITIES]);
const STATE_ABBR = new Set(STATE_ABBREVIATIONS);
const TITLES = lower(PERSON_TITLES);
const TITLE_MODIFIERS = new Set(['vice', 'prime', 'former', 'acting', 'deputy', 'assistant', 'senior', 'chief', 'interim', 'first']);
const ROLES = new Set(PERSON_ROLES);
const ORG_HEADS = lower(ORGANISATION_HEADS);
const NOT_NAME_EXACT = new Set(NOT_NAMES);
const NOT_NAME_LOWER = lower(NOT_NAMES);
const ABBREVIATIONS = new Set(COMMON_ABBREVIATIONS.map((a) => a.toUpperCase()));
/** A capitalised word that is not a name by itself ("The", "Friday", "FRIDAY", "GB", "CEO"). */
const isNotName = (value: string) =>
  NOT_NAME_EXACT.has(value) ||
  (value.length > 2 && value === value.toUpperCase() && NOT_NAME_LOWER.has(value.toLowerCase())) ||
  (value === value.toUpperCase() && ABBREVIATIONS.has(value.replace(/\./gu, '')));
/** Last words of names that are neither a person, a place nor an organisation (a law, a war, a prize). */
const OTHER_HEADS = new Set([
  'act', 'bill', 'law', 'war', 'award', 'awards', 'prize', 'festival', 'games', 'cup', 'championship',
  'championships', 'day', 'week', 'olympics', 'series', 'show', 'tour', 'trophy', 'treaty', 'accord',
  'amendment', 'code', 'register', 'plan', 'index', 'summit', 'protocol', 'doctrine', 'era', 'age',
  'revolution', 'movie', 'film', 'album', 'book', 'novel', 'song', 'prize', 'medal', 'oscars', 'emmys',
]);
const PLACE_HEADS = new Set([
  'beach', 'city', 'county', 'island', 'islands', 'valley', 'mountain', 'lake', 'river', 'street',
  'avenue', 'road', 'square', 'bay', 'coast', 'province', 'region', 'district', 'heights', 'hills',
  'springs', 'falls', 'harbor', 'harbour', 'peninsula', 'strait', 'canyon', 'desert', 'sea', 'ocean',
  'ridge', 'peak', 'township', 'village', 'highway', 'boulevard', 'airport', 'arena', 'stadium',
  'theater', 'theatre', 'hall', 'cemetery', 'plaza', 'bridge', 'station', 'tower', 'towers', 'hotel',
  'mall', 'gardens', 'pier', 'port', 'dam', 'glacier', 'volcano', 'forest', 'reserve',
]);
const PLACE_FIRST = new Set(['rue', 'place', 'plaza', 'via', 'piazza', 'mount', 'mt', 'lake', 'fort', 'port', 'cape', 'saint', 'san', 'santa', 'los', 'las', 'new', 'north', 'south', 'east', 'west']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'around']);
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', '&']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'explained', 'insisted', 'admitted', 'wrote', 'tweeted']);

function isCapitalised(value: string): boolean {
  return /^\p{Lu}/u.test(value) && /\p{L}/u.test(value);
}

function isAcronym(value: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(value);
}

/** Evidence gathered for one name over all its mentions. */
interface Evidence {
  /** The name as written the first time. */
  text: string;
  other: boolean;
  /** Written with a number after it ("Figure 3"): a part of something, no topic. */
  numbered: boolean;
  mentions: number;
  person: number;
  place: number;
  organisation: number;
}

/** A name found in a sentence, with what its context says about it. */
interface Mention {
  text: string;
  /** A name of something else: a law, a war, a prize. */
  other?: boolean;
  /** A word with a number after it ("Figure 3", "Episode 5"). */
  numbered?: boolean;
  person: number;
  place: number;
  organisation: number;
}

function joinTokens(tokens: readonly string[]): string {
  return tokens.join(' ').replace(/\s*-\s*/gu, '-').replace(/\s+/gu, ' ').trim();
}

/**
 * Split a sentence into candidate names with their context evidence.
 * Exported for tests.
 */
export function nameMentions(sentence: TaggedSentence): Mention[] {
  const out: Mention[] = [];
  const n = sentence.length;
  let i = 0;
  // The first word of a sentence (after opening quotes) is capitalised anyway.
  let firstWord = 0;
  while (firstWord < n && sentence[firstWord]?.pos === 'PUNCT') firstWord++;
  while (i < n) {
    const tok = sentence[i] as TaggedToken;
    const starts =
      isCapitalised(tok.value) &&
      (i !== firstWord || tok.pos === 'PROPN') &&
      !isNotName(tok.value);
    if (!starts) {
      i++;
      continue;
    }
    const j = runEnd(sentence, i);
    // A lowercase "al-"/"el-" right before the run belongs to it (al-Assad).
    let start = i;
    if (i >= 2 && sentence[i - 1]?.value === '-' && /^(al|el)$/u.test(sentence[i - 2]?.value ?? '')) start = i - 2;
    i = j;
    const m: Mention = { text: '', person: 0, place: 0, organisation: 0 };
    const tokens = nameTokens(sentence.slice(start, j).map((t) => t.value), m);
    if (tokens === null) continue;
    const text = joinTokens(tokens);
    if (text.length < 2 || /^[\p{P}\p{S}]+$/u.test(text)) continue;
    if (tokens.length === 1 && (isNotName(text) || ORG_HEADS.has(undot(text).toLowerCase()))) continue;
    m.text = text;
    weighContext(m, tokens, sentence, start, j);
    out.push(m);
  }
  return out;
}

/** Where a run of capitalised words starting at `i` ends (exclusive): capitalised words, joined by connectors or hyphens. */
function runEnd(sentence: TaggedSentence, i: number): number {
  const n = sentence.length;
  let j = i + 1;
  while (j < n) {
    const t = sentence[j] as TaggedToken;
    if (isCapitalised(t.value) && t.pos !== 'PUNCT') {
      j++;
      continue;
    }
    const next = sentence[j + 1];
    if ((CONNECTORS.has(t.value) || t.value === '-') && next && isCapitalised(next.value)) {
      j += 2;
      continue;
    }
    if ((t.value === 'al' || t.value === 'el') && next?.value === '-' && sentence[j + 2] && isCapitalised((sentence[j + 2] as TaggedToken).value)) {
      j += 3;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The words of a run that are the name: leading words that are no name,
 * role words and titles dropped (a role or title counts for a person in
 * `m`), and trailing words that are no name. Null when no name is left, or
 * too long a one.
 */
function nameTokens(run: readonly string[], m: Mention): string[] | null {
  let tokens = [...run];
  // Leading words that are not part of a name ("The", "But").
  while (
    tokens.length > 0 &&
    ((isNotName(tokens[0] as string) && !TITLES.has(undot(tokens[0] as string).toLowerCase())) ||
      CONNECTORS.has(tokens[0] as string) ||
      tokens[0] === '-')
  ) {
    tokens = tokens.slice(1);
  }
  // A role word written with a capital at the start of a sentence ("Actress Lindsay Lohan").
  if (tokens.length > 1 && ROLES.has((tokens[0] as string).toLowerCase())) {
    tokens = tokens.slice(1);
    m.person += 1;
  }
  // Titles: "Syrian President Bashar al-Assad" → person "Bashar al-Assad".
  let lastTitle = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const w = undot(tokens[k] as string).toLowerCase();
    if (TITLES.has(w) || (TITLE_MODIFIERS.has(w) && TITLES.has(undot(tokens[k + 1] as string).toLowerCase()))) lastTitle = k;
  }
  if (lastTitle >= 0) {
    tokens = tokens.slice(lastTitle + 1);
    m.person += 2;
    while (tokens.length > 0 && (CONNECTORS.has(tokens[0] as string) || tokens[0] === '-')) tokens = tokens.slice(1);
  }
  // A role without a name ("Syrian President", "First Lady").
  if (tokens.length > 0 && TITLES.has(undot(tokens[tokens.length - 1] as string).toLowerCase())) return null;
  while (tokens.length > 0 && (isNotName(tokens[tokens.length - 1] as string) || CONNECTORS.has(tokens[tokens.length - 1] as string))) {
    tokens = tokens.slice(0, -1);
  }
  if (tokens.length === 0 || tokens.length > ENTITY_MAX_TOKENS) return null;
  return tokens;
}

/**
 * Add to `m` the evidence of the name's own words (`tokens`, written
 * `m.text`) and of the words around it (`sentence[start, end)` is the run).
 */
function weighContext(m: Mention, tokens: readonly string[], sentence: TaggedSentence, start: number, end: number): void {
  const text = m.text;
  const before = sentence[start - 1];
  const after = sentence[end];
  const after2 = sentence[end + 1];
  const after3 = sentence[end + 2];
  const key = text.toLowerCase();
  const words = tokens.map((t) => undot(t).toLowerCase());
  const last = words[words.length - 1] as string;
  const first = words[0] as string;
  if (OTHER_HEADS.has(last)) m.other = true;
  // "Figure 3", "Episode 5", "Phase 2": a word numbered is a part of something, not a name.
  if (tokens.length === 1 && after && /^\d/u.test(after.value) && !PLACE_NAMES.has(key)) m.numbered = true;
  if (PLACE_NAMES.has(key) || STATE_ABBR.has(text)) m.place += 3;
  if (ORG_HEADS.has(last) || (words.length > 2 && ORG_HEADS.has(first) && words[1] === 'of')) m.organisation += 3;
  if (tokens.length === 1 && isAcronym(text) && !PLACE_NAMES.has(key)) m.organisation += 1;
  if (PLACE_HEADS.has(last) || (tokens.length > 1 && PLACE_FIRST.has(first) && !ORG_HEADS.has(last))) m.place += 1;
  if (before && ROLES.has(before.value.toLowerCase())) m.person += 1;
  if (before && PLACE_PREPOSITIONS.has(before.value.toLowerCase())) m.place += 1;
  // ", 33," after a name is an age.
  if (after?.value === ',' && after2 && /^\d{1,3}$/u.test(after2.value) && (after3?.value === ',' || after3 === undefined)) m.person += 2;
  // "Rancho Mirage, Calif." / "Woodburn, Oregon": a place followed by its state or country.
  if (after?.value === ',' && after2 && (STATE_ABBR.has(after2.value) || PLACE_NAMES.has(after2.value.toLowerCase()))) m.place += 2;
  if (after && SPEECH_VERBS.has(after.value.toLowerCase()) && tokens.length <= 3) m.person += 1;
}

/** The words the sentences write in lowercase: words of the language, not of a name. */
function commonWordsOf(sentences: readonly TaggedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s) if (/^\p{Ll}+$/u.test(t.value)) out.add(t.value);
  return out;
}

/**
 * Whether a capitalised run is words of the language the article also
 * writes in lowercase ("Climate Change", "Machine Learning", "Design"), set
 * in capitals by a heading or a product's style, and nothing names it a
 * person, place or organisation for sure. One word that is not (the
 * "Smith" of "Will Smith") keeps a run a name.
 */
function isCommonPhrase(key: string, e: Evidence, common: ReadonlySet<string>): boolean {
  if (e.person >= 2 || e.place >= 3 || e.organisation >= 3) return false;
  const words = key.split(' ').filter((w) => !CONNECTORS.has(w));
  return words.length > 0 && words.every((w) => common.has(w));
}

/** Whether a name is a brand's product ("Google Analytics", "Lenovo IdeaPad"): its first word is a name the article gives alone. */
function isProduct(key: string, e: Evidence, byKey: ReadonlyMap<string, Evidence>): boolean {
  if (!key.includes(' ') || e.person >= 2 || e.place >= 3 || e.organisation >= 3) return false;
  return byKey.has(key.split(' ')[0]!);
}

/**
 * Type the names found in an article's sentences.
 *
 * A name is a person, place or organisation when its evidence for that type
 * is highest; names with no evidence are left out unless they are a person's
 * surname or one of several capitalised words with no sign of a place or an
 * organisation (two to four words, which in news text are mostly people).
 * A name is salient when `title` gives it or it is mentioned twice or more,
 * and it is not words of the language set in capitals (`isCommonPhrase`), a
 * numbered part ("Figure 3") or a brand's product.
 */
export function extractEntities(sentences: readonly TaggedSentence[], title = ''): Entities {
  const common = commonWordsOf(sentences);
  const byKey = new Map<string, Evidence>();
  const order: string[] = [];
  for (const sentence of sentences) {
    for (const m of nameMentions(sentence)) {
      const key = nameMatchKey(m.text);
      if (key === '') continue;
      let e = byKey.get(key);
      if (!e) {
        e = { text: m.text, other: false, numbered: false, mentions: 0, person: 0, place: 0, organisation: 0 };
        byKey.set(key, e);
        order.push(key);
      }
      e.mentions++;
      if (m.other) e.other = true;
      if (m.numbered) e.numbered = true;
      e.person += m.person;
      e.place += m.place;
      e.organisation += m.organisation;
    }
  }
  // Multi-word person names, by their last word, so a lone surname joins them.
  const isMultiPerson = (k: string, e: Evidence) =>
    k.includes(' ') && e.person >= e.place && e.person >= e.organisation && e.place === 0 && e.organisation === 0;
  const surnames = new Map<string, string>();
  for (const key of order) {
    const e = byKey.get(key) as Evidence;
    if (!isMultiPerson(key, e)) continue;
    const parts = key.split(' ');
    const surname = parts[parts.length - 1] as string;
    if (!surnames.has(surname)) surnames.set(surname, key);
  }
  const people = new Set<string>();
  const places = new Set<string>();
  const organisations = new Set<string>();
  const mentions = new Map<string, number>();
  const passing = new Set<string>();
  for (const key of order) {
    const e = byKey.get(key) as Evidence;
    if (e.other) continue;
    const single = !key.includes(' ');
    const max = Math.max(e.person, e.place, e.organisation);
    mentions.set(e.text, (mentions.get(e.text) ?? 0) + e.mentions);
    // Kept for matching reports, but no topic of the story: words of the language, a numbered part.
    if (isCommonPhrase(key, e, common) || e.numbered || isProduct(key, e, byKey)) passing.add(e.text);
    if (single && surnames.has(key) && e.place === 0 && e.organisation < 3) {
      const full = (byKey.get(surnames.get(key) as string) as Evidence).text;
      people.add(full);
      mentions.set(full, (mentions.get(full) ?? 0) + e.mentions);
      continue;
    }
    if (max === 0) {
      if (!single && !/\d/u.test(key) && !key.includes(' of ')) people.add(e.text);
      continue;
    }
    if (e.place === max && e.place > e.person) places.add(e.text);
    else if (e.organisation === max && e.organisation >= e.person) organisations.add(e.text);
    else if (e.person === max && (!single || e.person >= 2)) people.add(e.text);
  }
  const sorted = (s: Iterable<string>) => [...s].sort(byCodeUnits);
  const inTitle = ` ${nameMatchKey(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const salient = [...people, ...places, ...organisations].filter(
    (n) => !passing.has(n) && ((mentions.get(n) ?? 0) >= SALIENT_MENTIONS || inTitle.includes(` ${nameMatchKey(n).replace(/[^\p{L}\p{N}]+/gu, ' ')} `)),
  );
  return { people: sorted(people), places: sorted(places), organisations: sorted(organisations), salient: sorted(new Set(salient)) };
}
