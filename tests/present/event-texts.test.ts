import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.ts';
import { load } from '../../src/load/index.ts';
import { DEFAULT_SITE } from '../../src/model/settings.ts';
import { group, type GroupInput } from '../../src/present/index.ts';
import { eventTexts, eventTextsByOwner, eventTextsStep } from '../../src/present/event-texts-step.ts';
import { createExecutor } from '../../src/run/executor.ts';
import { SEEDS_DIR } from '../support/demo.ts';

async function demoInput(): Promise<GroupInput> {
  const analysis = await analyse(await load(SEEDS_DIR), createExecutor());
  return { ...analysis, renderedBodies: new Map() };
}

describe('what event pages say of their reports’ texts, as a step', () => {
  it('lays out the same archive as when the view model finds it itself', async () => {
    const input = await demoInput();
    const texts = eventTexts(input.events, input.articles, input.contentKeys!);
    expect(texts.length).toBeGreaterThan(0);
    const [found] = await createExecutor().map([eventTextsStep], texts);
    const stepped = group({ ...input, ...eventTextsByOwner(texts, found) }, DEFAULT_SITE);
    expect(stepped.events.some((e) => e.stories.some((s) => s.unique.length > 0))).toBe(true);
    expect(JSON.stringify(stepped)).toBe(JSON.stringify(group(input, DEFAULT_SITE)));
  });

  it('keys an event by its reports’ clean texts, so an edit elsewhere leaves its key alone', async () => {
    const input = await demoInput();
    const before = eventTexts(input.events, input.articles, input.contentKeys!);
    const [edited, other] = before;
    const keys = new Map(input.contentKeys);
    keys.set(edited!.originals[0]!.id, 'an edited text');
    const after = new Map(eventTexts(input.events, input.articles, keys).map((e) => [e.id, e.key]));
    expect(after.get(edited!.id)).not.toBe(edited!.key);
    expect(other).toBeDefined();
    expect(after.get(other!.id)).toBe(other!.key);
    expect(() => eventTexts(input.events, input.articles, new Map())).toThrow(/No content key/);
  });
});
