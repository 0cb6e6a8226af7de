import { describe, expect, it } from 'vitest';
import { makeArticle } from '../support/articles.ts';
import { blockShingles, fingerprint, shingleSet } from '../../src/analyse/per-article/fingerprint/index.ts';
import { intersectionSize } from '../../src/text/shingles.ts';
import { words } from '../../src/text/words.ts';

const story = [
  'The council approved the harbour plan by nine votes to four on Thursday evening.',
  'Opponents said they would challenge the decision in court before the end of the month.',
  'Short line',
];

describe('fingerprint', () => {
  it('gives the same text the same shingles and signatures, whatever the article', () => {
    const fps = fingerprint([makeArticle({ id: 'a', lines: story }), makeArticle({ id: 'b', lines: story })]);
    const a = fps.byId.get('a')!;
    const b = fps.byId.get('b')!;
    expect([...a.shingles]).toEqual([...b.shingles]);
    expect([...a.signature]).toEqual([...b.signature]);
    expect([...a.blockKeys]).toEqual([...b.blockKeys]);
  });

  it('ignores case, punctuation and quote styles', () => {
    expect(words('“Don’t” STOP, now!')).toEqual(["don't", 'stop', 'now']);
    const fps = fingerprint([
      makeArticle({ id: 'a', lines: ['It’s “over”, he said.'] }),
      makeArticle({ id: 'b', lines: ["it's over he said"] }),
    ]);
    expect([...fps.byId.get('a')!.shingles]).toEqual([...fps.byId.get('b')!.shingles]);
  });

  it('takes shingles inside blocks, one for a block shorter than the shingle size', () => {
    const fp = fingerprint([makeArticle({ id: 'a', lines: story })]).byId.get('a')!;
    expect(fp.blockCount).toBe(3);
    expect(blockShingles(fp, 0).length).toBe(words(story[0]!).length - 3);
    expect(blockShingles(fp, 2).length).toBe(1);
    expect(fp.blockWords[2]).toBe(2);
  });

  it('makes the article signature the element-wise minimum of its kept blocks', () => {
    const article = makeArticle({ id: 'a', lines: story });
    article.blocks[1]!.removed = { ruleId: 'test', reason: 'test' };
    const fp = fingerprint([article]).byId.get('a')!;
    const k = fp.signature.length;
    for (let i = 0; i < k; i++) {
      expect(fp.signature[i]).toBe(Math.min(fp.blockSignatures[i]!, fp.blockSignatures[2 * k + i]!));
    }
    const kept = shingleSet(fp, (b) => b !== 1);
    expect(intersectionSize(kept, blockShingles(fp, 1))).toBeLessThan(blockShingles(fp, 1).length);
  });

  it('is deterministic', () => {
    const one = fingerprint([makeArticle({ id: 'a', lines: story })]).byId.get('a')!;
    const two = fingerprint([makeArticle({ id: 'a', lines: story })]).byId.get('a')!;
    expect(Buffer.from(one.blockSignatures.buffer).equals(Buffer.from(two.blockSignatures.buffer))).toBe(true);
  });
});
