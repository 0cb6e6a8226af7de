/** Broken front matter is reported at the line the person sees, in plain words, with the hint kept. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/analyse/per-article/parse/front-matter.ts';
import { plainYamlError, YAML_ERROR_RULES } from '../../src/model/yaml-errors.ts';

const story = 'The council met on Monday.\n';

describe('broken front matter', () => {
  it('names the line of a colon in a value, on line 2, as line 2 and the colon as its column', () => {
    const r = readFrontMatter('a.md', `---\ntitle: Q: who?\ndate: 2024-01-01\n---\n${story}`);
    expect(r.fatal).toMatchObject({ line: 2, column: 9, ruleId: 'front-matter/syntax' });
    expect(r.fatal!.message).toBe(
      'The front matter is not valid YAML: a value on this line holds a colon followed by a space, which YAML reads as the start of another field.',
    );
    expect(r.fatal!.hint).toMatch(/quote values that contain a colon/);
  });

  it('names line 4 for a colon in a value on line 4', () => {
    const r = readFrontMatter('a.md', `---\ndate: 2024-01-01\nsource: Herald\ntitle: Q: who?\n---\n${story}`);
    expect(r.fatal!.line).toBe(4);
  });

  it('names the second of two fields with one name', () => {
    const r = readFrontMatter('a.md', `---\ntitle: A\ntitle: B\n---\n${story}`);
    expect(r.fatal).toMatchObject({ line: 3, message: expect.stringMatching(/given a second time/) });
  });

  for (const rule of YAML_ERROR_RULES) {
    it(`says "${rule.id}" in plain words for its example`, () => {
      const r = readFrontMatter('a.md', `---\n${rule.example}\n---\n${story}`);
      expect(r.fatal, rule.example).toBeDefined();
      expect(r.fatal!.message).toBe(`The front matter is not valid YAML: ${rule.plain}.`);
    });
  }

  it('keeps the parser’s own words when no rule knows them', () => {
    expect(plainYamlError('something new\n at line 3')).toBe('the parser says "something new"');
  });
});

describe('a colon in a value', () => {
  it('is named as such whichever way the parser words it', () => {
    expect(plainYamlError('bad indentation of a mapping entry', 'title: Q: who?')).toMatch(/holds a colon/);
    expect(plainYamlError('bad indentation of a mapping entry', '  date: 2024')).toMatch(/indented/);
    expect(plainYamlError('bad indentation of a mapping entry', 'title: "Q: who?"')).toMatch(/indented/);
  });
});
