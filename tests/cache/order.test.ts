import { describe, expect, it } from 'vitest';
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { makeArticle } from '../support/articles.ts';

// Made-up names, so that no other test of this process has shown them to the shared language model.
const possessiveBeforeComma = makeArticle({
  id: 'comma',
  title: 'Premiere postponed',
  lines: ["The premiere was Zorbalt's, not the studio's, to cancel, a spokesman said."],
});
const possessive = makeArticle({
  id: 'rep',
  title: 'Actress enters clinic',
  lines: ["Mira Zorbalt's representative confirmed on Friday that the actress had entered a clinic in Malibu."],
});

describe('an article is analysed the same whatever was analysed before it', () => {
  it('tokenizes a text as a fresh language model does, after texts that taught the model a new word', () => {
    const nlp = loadNlp();
    const tokens = (text: string) => nlp.readDoc(text).tokens().out() as string[];
    const text = "Mira Quenstrel's representative confirmed it.";
    const before = tokens(text);
    tokens("It was Quenstrel's, not hers.");
    expect(tokens(text)).toEqual(before);
    expect(before).toContain("'s");
  });

  it('finds the same people in the same articles, in either order and in one batch or two', () => {
    const alone = enrich([possessive])[0]!.entities;
    const afterOther = enrich([possessiveBeforeComma, possessive])[1]!.entities;
    const otherAfter = enrich([possessive, possessiveBeforeComma])[0]!.entities;
    expect(afterOther).toEqual(alone);
    expect(otherAfter).toEqual(alone);
    expect(alone.people).toContain('Mira Zorbalt');
  });
});
