/**
 * A synthetic archive for timing the events pass: ECB+ articles replicated with
 * perturbations, so that each replica's events are new events (names and
 * dates changed) of the same kinds, as in a real archive that grows.
 */
import type { Article } from '../../src/model/types.ts';
import { fnv1a as hash32 } from '../../src/text/hash.ts';
import { plainArticle, type EcbRecord, opaqueId } from './events-data.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sel', 'du', 'an', 'bri', 'cor', 'fen', 'gal', 'hu', 'jor', 'nel'];

/** A made-up capitalised name for a word in one replica, the same every time. */
function pseudoName(word: string, replica: number): string {
  let h = hash32(`${replica}:${word}`);
  let s = '';
  for (let k = 0; k < 3; k++) {
    s += SYLLABLES[h % SYLLABLES.length];
    h = Math.floor(h / SYLLABLES.length);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Capitalised words not at a sentence start get a replica's pseudo-name; years move on. */
function perturb(text: string, replica: number): string {
  if (replica === 0) return text;
  return text
    .replace(/(?<=[a-z,;] )\p{Lu}\p{Ll}{2,}/gu, (w) => pseudoName(w, replica))
    .replace(/\b(19[5-9]\d|20[0-3]\d)\b/gu, (y) => String(Number(y) + replica));
}

/**
 * `count` articles: ECB+ records cycled through, replica `r` of a record
 * with its names replaced and its years moved `r` years on. Gold labels are
 * the record's event id with the replica number.
 */
export function syntheticArchive(records: readonly EcbRecord[], count: number): { articles: Article[]; gold: string[] } {
  const articles: Article[] = [];
  const gold: string[] = [];
  for (let k = 0; k < count; k++) {
    const r = records[k % records.length] as EcbRecord;
    const replica = Math.floor(k / records.length);
    articles.push(
      plainArticle({ id: `${opaqueId(r.id)}-${replica}`, title: perturb(r.title, replica), text: perturb(r.text, replica) }),
    );
    gold.push(`${r.event_id}#${replica}`);
  }
  return { articles, gold };
}
