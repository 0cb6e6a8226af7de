import { describe, expect, it } from 'vitest';
import { generateCorpus, type SourceStory } from '../../tools/synth/index.ts';

const stories: SourceStory[] = Array.from({ length: 40 }, (_, i) => ({
  id: `s${i}`,
  title: `Council number ${i} backs plan for new harbour`,
  paragraphs: [
    `The council of town ${i} approved the harbour plan on Thursday after a debate of several hours.`,
    `Opponents in town ${i} said they would challenge the decision in court before the end of the month.`,
    `The plan for town ${i} includes a new breakwater, a ferry terminal and two hundred homes.`,
  ],
}));

describe('generateCorpus', () => {
  it('is deterministic for a seed', () => {
    const a = generateCorpus({ seed: 3, articles: 60, stories });
    const b = generateCorpus({ seed: 3, articles: 60, stories });
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    expect(a.files).toEqual(b.files);
    expect(JSON.stringify(generateCorpus({ seed: 4, articles: 60, stories }).records)).not.toBe(JSON.stringify(a.records));
  });

  it('labels every block and keeps each story paragraph as story text', () => {
    const corpus = generateCorpus({ seed: 1, articles: 40, stories, syndicatedShare: 0 });
    for (const r of corpus.records) {
      const story = stories.find((s) => s.id === r.story)!;
      const gold = r.blocks.filter((b) => b.label === 'story').map((b) => b.gold ?? b.text);
      expect(gold).toEqual(story.paragraphs);
      for (const b of r.blocks) if (b.label === 'furniture') expect(b.family).toBeTruthy();
    }
    expect(corpus.records.some((r) => r.blocks.some((b) => b.label === 'furniture'))).toBe(true);
  });

  it('syndicates some stories and lists them as gold groups', () => {
    const corpus = generateCorpus({ seed: 2, articles: 120, stories, syndicatedShare: 0.5 });
    expect(corpus.groups.size).toBeGreaterThan(0);
    for (const [story, ids] of corpus.groups) {
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) expect(corpus.records.find((r) => r.id === id)!.story).toBe(story);
    }
  });

  it('invents stories when the real ones run out, without copies', () => {
    const corpus = generateCorpus({ seed: 5, articles: 200, stories: stories.slice(0, 5), syndicatedShare: 0 });
    expect(corpus.records).toHaveLength(200);
    expect(new Set(corpus.records.map((r) => r.story)).size).toBe(200);
  });

  it('writes one file per article, the title after the navigation lines', () => {
    const corpus = generateCorpus({ seed: 6, articles: 30, stories });
    expect(corpus.files).toHaveLength(30);
    const r = corpus.records[0]!;
    const lines = corpus.files[0]!.content.split('\n').filter(Boolean);
    expect(lines[r.beforeTitle]).toBe(r.title);
    const md = generateCorpus({ seed: 6, articles: 3, stories, format: 'markdown' });
    expect(md.files[0]!.content.startsWith('---\ntitle: ')).toBe(true);
    expect(md.files[0]!.path.endsWith('.md')).toBe(true);
  });
});
