/** A very long article is published, with a warning that names its file. */
import { describe, expect, it } from 'vitest';
import { LONG_ARTICLE_CHARS, parseFile } from '../../src/analyse/per-article/parse/parse.ts';

const paragraph = 'The committee heard evidence from the harbour master about the storm damage. ';

function text(chars: number): string {
  return `---\ntitle: Transcript of the hearing\ndate: 2024-01-01\n---\n${(paragraph.repeat(Math.ceil(chars / paragraph.length / 10)) + '\n\n').repeat(10)}`;
}

describe('a very long article', () => {
  it('is kept, with a warning naming its file and size', () => {
    const r = parseFile({ file: 'hearing.md', path: '/x/hearing.md', format: 'markdown', text: text(LONG_ARTICLE_CHARS + 1000), hash: 'h'.repeat(64), bytes: 0 });
    expect(r.article).not.toBeNull();
    const d = r.diagnostics.find((x) => x.ruleId === 'article/very-long');
    expect(d).toMatchObject({ file: 'hearing.md', severity: 'warning' });
    expect(d!.message).toMatch(/characters of text \(about [\d,]+ words\)/);
  });

  it('is not reported below the threshold', () => {
    const r = parseFile({ file: 'a.md', path: '/x/a.md', format: 'markdown', text: text(LONG_ARTICLE_CHARS / 2), hash: 'h'.repeat(64), bytes: 0 });
    expect(r.diagnostics.filter((x) => x.ruleId === 'article/very-long')).toEqual([]);
  });
});
