/**
 * The furniture decisions kept between builds: an article is decided again
 * when a corpus fact its decisions read changes, and a rebuild that takes
 * the others' decisions from the store marks the same furniture as a full
 * pass over the archive.
 */
import { describe, expect, it } from 'vitest';
import { applyFurniture, furnitureItems, markFurniture } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { furnitureStep } from '../../src/analyse/steps/furniture.ts';
import type { Article } from '../../src/model/types.ts';
import { createExecutor, type ResultStore } from '../../src/run/executor.ts';
import { makeArticle } from '../support/articles.ts';

/** A store in memory, counting what it is asked for. */
class MemoryStore implements ResultStore {
  readonly entries = new Map<string, Uint8Array>();
  hits = 0;
  misses = 0;
  get<T>(kind: string, key: string): T | undefined {
    const bytes = this.entries.get(`${kind}:${key}`);
    if (bytes === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  }
  setBytes(kind: string, key: string, json: Uint8Array): void {
    this.entries.set(`${kind}:${key}`, json);
  }
  release(): void {}
}

const STORIES = [
  'Rescue teams reached three villages cut off by floods on Tuesday, officials in the northern province said.',
  'The central bank raised its main interest rate by half a point, its largest increase in two decades.',
  'A new exhibition of medieval maps opened at the city museum with loans from eleven countries.',
  'The football club confirmed that its manager had left by mutual consent after a run of seven defeats.',
  'Engineers expect the repairs to the coast road to be finished by Tuesday, when the pumps arrive.',
];
const CLOSING = 'Officials said they would publish their figures later in the week, after the meeting.';
const NAV = 'Home Politics Business Sport Weather';
const HEADLINE = 'Harbour bridge to close for six weeks';

/** A story of `outlet`, with `extra` lines after its first sentence. */
function report(id: string, outlet: string, n: number, extra: string[] = [], title = `Report number ${id} of the week`): Article {
  return makeArticle({ id, source: outlet, title, lines: [STORIES[n % STORIES.length]!, ...extra, CLOSING] });
}

/** Which of `articles` (by id) a rebuild over `store` decides again, and the articles it gives. */
async function rebuild(articles: Article[], store: MemoryStore): Promise<{ decided: string[]; articles: Article[] }> {
  const copies = findSyndication(articles, fingerprint(articles));
  const facts = furnitureItems(articles, copies);
  const known = facts.items.map((item) => store.entries.has(`${furnitureStep.name}:${furnitureStep.key(item)}`));
  const [decisions] = await createExecutor({ cache: store }).map([furnitureStep], facts.items);
  const decided = articles.filter((_, i) => !known[i]).map((a) => a.id);
  return { decided, articles: applyFurniture(articles, decisions) };
}

/** The furniture a full pass marks. */
function full(articles: Article[]): Article[] {
  const copies = findSyndication(articles, fingerprint(articles));
  return markFurniture(articles, copies).articles;
}

describe('furniture decisions kept between builds', () => {
  it('decides an article again when a third story of its outlet repeats one of its lines, and only those the change reaches', async () => {
    const before = [
      report('g1', 'The Gazette', 0, [NAV]),
      report('g2', 'The Gazette', 1, [NAV]),
      report('g3', 'The Gazette', 2),
      report('c1', 'The Courier', 3),
      report('c2', 'The Courier', 4),
    ];
    const store = new MemoryStore();
    const first = await rebuild(before, store);
    expect(first.decided).toEqual(['g1', 'g2', 'g3', 'c1', 'c2']);
    expect(first.articles[0]!.blocks[1]!.removed).toBeUndefined();

    const after = [...before, report('g4', 'The Gazette', 3, [NAV])];
    const second = await rebuild(after, store);
    expect(second.decided).toContain('g1');
    expect(second.decided).toContain('g2');
    expect(second.decided).not.toContain('c1');
    expect(second.decided).not.toContain('c2');
    expect(second.articles[0]!.blocks[1]!.removed?.ruleId).toBe('repeated/outlet');
    expect(JSON.stringify(second.articles)).toBe(JSON.stringify(full(after)));
  });

  it('decides an article again when a new article is titled like one of its lines', async () => {
    const before = [report('a', 'The Gazette', 0, [HEADLINE, STORIES[4]!]), report('b', 'The Courier', 1)];
    const store = new MemoryStore();
    const first = await rebuild(before, store);
    expect(first.articles[0]!.blocks.find((b) => b.text === HEADLINE)!.removed).toBeUndefined();

    // Of another outlet, and sharing no line with the others: only its title is new to them.
    const after = [...before, makeArticle({ id: 'h', source: 'The Herald', title: HEADLINE, lines: [STORIES[2]!] })];
    const second = await rebuild(after, store);
    expect(second.decided).toEqual(['a', 'h']);
    expect(second.articles[0]!.blocks.find((b) => b.text === HEADLINE)!.removed?.ruleId).toBe('list/other-headline');
    expect(JSON.stringify(second.articles)).toBe(JSON.stringify(full(after)));
  });

  it('decides an article again when the lead of an article whose title it carries changes', async () => {
    // A list quotes the first words of the other's lead: no line of one is a line of the other.
    const lead = 'The bridge will close on Monday while engineers';
    const headed = (first: string) => makeArticle({ id: 'h', source: 'The Herald', title: HEADLINE, lines: [first, STORIES[2]!] });
    const before = [report('a', 'The Gazette', 0, [HEADLINE, lead, STORIES[4]!]), headed(`${lead} replace its deck, the council said.`)];
    const store = new MemoryStore();
    const first = await rebuild(before, store);
    expect(first.articles[0]!.blocks.find((b) => b.text === lead)!.removed?.ruleId).toBe('list/other-headline');

    const after = [before[0]!, headed(STORIES[3]!)];
    const second = await rebuild(after, store);
    expect(second.decided).toEqual(['a', 'h']);
    expect(second.articles[0]!.blocks.find((b) => b.text === lead)!.removed).toBeUndefined();
    expect(JSON.stringify(second.articles)).toBe(JSON.stringify(full(after)));
  });

  it('decides an article again when its own text changes, and no other whose facts stay', async () => {
    const before = [report('a', 'The Gazette', 0), report('b', 'The Gazette', 1), report('c', 'The Courier', 2)];
    const store = new MemoryStore();
    await rebuild(before, store);
    const edited = [report('a', 'The Gazette', 0, ['Follow The Gazette on Facebook']), before[1]!, before[2]!];
    const second = await rebuild(edited, store);
    expect(second.decided).toEqual(['a']);
    expect(second.articles[0]!.blocks[1]!.removed).toBeDefined();
    expect(JSON.stringify(second.articles)).toBe(JSON.stringify(full(edited)));
  });
});
