/**
 * The real-page measures' reading of "the page states its date (or title)":
 * the written forms they find, and the near misses they must not take for it.
 */
import { describe, expect, it } from 'vitest';
import { statedDatePattern, statesTitle } from '../../tools/eval/stated.ts';

describe('a page stating its ground-truth date', () => {
  const june20 = statedDatePattern('2024-06-20');

  it.each([
    'Published June 20, 2024 at 9:00',
    'Jun. 20th 2024',
    'THURSDAY, 20 JUNE 2024',
    '20 of June, 2024',
    'posted 20-Jun-2024',
    '<meta property="article:published_time" content="2024-06-20T08:00:00Z">',
    'Updated 2024/06/20',
    '06/20/2024',
    '20.06.2024',
    '20/6/2024',
  ])('finds %j', (text) => {
    expect(june20.test(text)).toBe(true);
  });

  it.each([
    'June 20',
    'June 2, 2024',
    'June 201, 2024',
    'July 20, 2024',
    'June 20, 2023',
    '2024-06-201',
    '12024-06-20',
    '120.06.2024',
  ])('does not take %j for it', (text) => {
    expect(june20.test(text)).toBe(false);
  });

  it('writes September as "Sept" too', () => {
    expect(statedDatePattern('2021-09-03').test('Sept. 3, 2021')).toBe(true);
  });
});

describe('a page stating its ground-truth title', () => {
  it('is a line of the page, whatever its spacing', () => {
    expect(statesTitle('Menu\n  Storm  hits the   coast \nBy A. Writer', 'Storm hits the coast')).toBe(true);
  });

  it('is not the same words inside a longer line, in another case, or nothing', () => {
    expect(statesTitle('Home > News > Storm hits the coast', 'Storm hits the coast')).toBe(false);
    expect(statesTitle('STORM HITS THE COAST', 'Storm hits the coast')).toBe(false);
    expect(statesTitle('\n\n', '  ')).toBe(false);
  });
});
