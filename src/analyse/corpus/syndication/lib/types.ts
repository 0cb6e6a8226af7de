/**
 * Output types of the syndication pass (the boilerplate pass and the
 * orchestrator read them).
 */
import type { Fingerprints } from '../../../per-article/fingerprint/index.ts';

/** A set of copies of one story. */
export interface SyndicationGroup {
  /** Id of the canonical article: the most complete, then the cleanest, then the earliest, then by id. */
  canonical: string;
  /** All member ids, canonical included, sorted. */
  members: string[];
}

/** How one copy differs from its canonical article. */
export interface CopyDiff {
  id: string;
  canonical: string;
  /** Shingle containment of the shorter of the two in the longer, 0–1. */
  containment: number;
  /** Paragraph texts of the copy that the canonical lacks. */
  added: string[];
  /** Paragraph texts of the canonical that the copy lacks. */
  dropped: string[];
}

/** Output of `findSyndication()`. */
export interface SyndicationResult {
  /** Groups of two or more articles, ordered by canonical id. */
  groups: SyndicationGroup[];
  /** Article id → canonical id, for every article in a group (canonicals map to themselves). */
  groupOf: Map<string, string>;
  /** Per copy (every member of a group but its canonical), its canonical and what differs from it. */
  copies: Map<string, CopyDiff>;
  /** Number of candidate pairs that were measured (a cost figure). */
  candidatePairs: number;
  /** The fingerprints the groups were found with (the same object), for the confirming pass. */
  fingerprints: Fingerprints;
}
