import { describe, expect, it } from 'vitest';
import { enrich, extractEntities, loadNlp, tagArticle } from '../../src/analyse/per-article/enrich/index.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';

const nlp = loadNlp();
const entitiesOf = (title: string, text: string) =>
  extractEntities(tagArticle(plainArticle({ id: 'a', title, text }), nlp));

describe('entities', () => {
  it('finds people, places and organisations by their context', () => {
    const e = entitiesOf(
      'Lindsay Lohan checks into rehab',
      'Actress Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage, Calif., on Thursday, her lawyer Shawn Holley said.\nThe Los Angeles Superior Court had ordered a 90-day stay in Germany.',
    );
    expect(e.people).toEqual(expect.arrayContaining(['Lindsay Lohan', 'Shawn Holley']));
    expect(e.organisations).toEqual(expect.arrayContaining(['Betty Ford Center', 'Los Angeles Superior Court']));
    expect(e.places).toEqual(expect.arrayContaining(['Rancho Mirage', 'Germany']));
    expect(e.people).not.toContain('Betty Ford Center');
  });

  it('counts a lone surname as the full name the article gave', () => {
    const e = entitiesOf('Reid in rehab', 'Tara Reid, 33, has checked into a clinic. Reid said she was fine.');
    expect(e.people).toEqual(['Tara Reid']);
  });

  it('drops titles before a name and roles without one', () => {
    const e = entitiesOf('Interview', 'Syrian President Bashar al-Assad met Mr. Putin in Moscow. The First Lady was there.');
    expect(e.people).toContain('Bashar al-Assad');
    expect(e.people).not.toContain('Syrian President');
    expect(e.people.some((p) => /Lady/u.test(p))).toBe(false);
    expect(e.places).toContain('Moscow');
  });

  it('does not read names from a title in title case', () => {
    const [a] = enrich([plainArticle({ id: 'a', title: 'Bashar Assad Said to Refuse Iran Asylum Offer', text: 'Tehran offered Bashar al-Assad asylum in Iran, minister Mahmoud Alavi said.' })], { nlp });
    expect(a?.entities.people).not.toContain('Refuse Iran Asylum Offer');
    expect(a?.entities.people).toContain('Mahmoud Alavi');
  });

  it('lists each kind sorted and without repeats', () => {
    const e = entitiesOf('x', 'Paris and Berlin met. Paris said no. Zoe Adams and Adam Zorn spoke; Zoe Adams left.');
    for (const list of [e.people, e.places, e.organisations]) {
      expect(list).toEqual([...new Set(list)].sort());
    }
  });
});
