import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { indexShards, shardGroups } from '../../src/output/search.ts';
import { WorkerPool } from '../../src/run/workers/pool.ts';
import type { ArchiveArticle } from '../../src/model/types.ts';

const article = (id: string, date: string | null) => ({ id, date }) as ArchiveArticle;
const keysOf = (groups: Map<string, ArchiveArticle[]>) => [...groups.keys()].sort();

describe('search shards', () => {
  it('is one shard when the archive is small', () => {
    const groups = shardGroups([article('a', '2020-01-01'), article('b', null)], false, 1);
    expect([...groups.keys()]).toEqual(['all']);
    expect(groups.get('all')!.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('splits by year, a full year by quarter and a full quarter by month', () => {
    const list = [
      article('y19', '2019-06-01'),
      ...['01', '02', '03'].map((m) => article(`q1-${m}`, `2020-${m}-10`)),
      article('q3', '2020-08-01'),
      ...['10', '10', '11', '12'].map((m, i) => article(`q4-${i}`, `2020-${m}-0${i + 1}`)),
    ];
    const groups = shardGroups(list, true, 2);
    expect(keysOf(groups)).toEqual(['2019', '2020-01', '2020-02', '2020-03', '2020-07-09', '2020-10', '2020-11', '2020-12']);
    expect(groups.get('2020-10')!.map((a) => a.id)).toEqual(['q4-0', 'q4-1']);
    // Every article is in exactly one shard.
    expect([...groups.values()].flat().map((a) => a.id).sort()).toEqual(list.map((a) => a.id).sort());
  });

  it('keeps a quarter whole when it is small enough', () => {
    const list = ['01', '02', '05'].map((m) => article(m, `2021-${m}-01`));
    expect(keysOf(shardGroups(list, true, 2))).toEqual(['2021-01-03', '2021-04-06']);
  });

  it('splits many undated articles into buckets by id, the same way every time', () => {
    const list = Array.from({ length: 10 }, (_, i) => article(`u${i}`, null));
    const a = shardGroups(list, true, 3);
    expect(keysOf(a)).toEqual(['undated-0', 'undated-1', 'undated-2', 'undated-3']);
    expect(shardGroups([...list].reverse(), true, 3).get('undated-0')!.map((x) => x.id).sort()).toEqual(a.get('undated-0')!.map((x) => x.id).sort());
  });
});

describe('search shards indexed side by side', () => {
  const words = 'harbour council storm bridge river court minister vote flood village election quake'.split(' ');
  const archiveArticle = (i: number): ArchiveArticle =>
    ({
      id: `a${i}`,
      url: `/articles/a${i}/`,
      title: `Report ${i} on the ${words[i % words.length]}`,
      text: Array.from({ length: 60 }, (_, k) => `${words[(i * 7 + k) % words.length]}${k % 5}`).join(' '),
      lang: 'en',
      source: `Outlet ${i % 3}`,
      date: `20${10 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`,
      topicKeys: [words[i % words.length]!],
    }) as unknown as ArchiveArticle;

  it('writes the same bundles on worker threads as on the main thread', async () => {
    const articles = Array.from({ length: 90 }, (_, i) => archiveArticle(i));
    const groups = shardGroups(articles, true);
    const shards = [...groups].map(([key, list], i) => ({ key, dir: i === 0 ? 'pagefind' : `pagefind/shards/${key}`, articles: list, input: key }));
    expect(shards.length).toBe(3);
    const alone = await indexShards(shards, shards);
    const pool = new WorkerPool(2);
    let together;
    try {
      together = await indexShards(shards, shards, (records) => pool.search(records));
    } finally {
      await pool.close();
    }
    // Pagefind hands its files over in no fixed order; their names and bytes are what count.
    const bytes = (files: typeof alone) => files.map((f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex')}`).sort();
    expect(bytes(together)).toEqual(bytes(alone));
    expect(alone.some((f) => f.path.startsWith('pagefind/shards/2011/'))).toBe(true);
  }, 60_000);
});
