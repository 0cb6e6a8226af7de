import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonNouns, enrich, extractEntities, isProse, isReference, loadNlp, readNames, storyProse, tagArticle } from '../../src/analyse/per-article/enrich/index.ts';
import { PROSE_MIN_WORDS } from '../../src/analyse/per-article/enrich/settings.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';

const nlp = loadNlp();
const article = (title: string, text: string) => plainArticle({ id: 'a', title, text });

describe('the names a story gives', () => {
  it('reads names from prose, not from menus, headings, buttons or lists of links left in the text', () => {
    const e = readNames(
      article(
        'Council approves the new harbour plan',
        [
          'Home\nPrivacy Policy\nFrequently Asked Questions\nGoogle Maps\nSofia Costa Technology Reporter',
          'The council of Bergen approved the harbour plan on Monday, mayor Ingrid Dahl said.',
          'Final Thoughts',
          'Dahl said the work would start in Bergen next spring.',
        ].join('\n'),
      ),
      nlp,
    ).entities;
    const all = [...e.people, ...e.places, ...e.organisations];
    expect(all).toEqual(expect.arrayContaining(['Ingrid Dahl', 'Bergen']));
    for (const furniture of ['Privacy Policy', 'Asked Questions', 'Google Maps', 'Sofia Costa Technology Reporter', 'Final Thoughts']) expect(all).not.toContain(furniture);
  });

  it('reads the run of prose that is the story, not a comment thread or biography set apart from it by lines of furniture', () => {
    const story = ['The council of Bergen approved the harbour plan on Monday, mayor Ingrid Dahl said.', 'Subheading', 'Dahl said the work would start in Bergen next spring, and the port would stay open.'];
    const thread = ['Share this', '12 Comments', 'Lena says:', 'May 3, 2024', 'I stayed at the Peninsula last year, the Peninsula is lovely.'];
    expect(storyProse([...story, ...thread])).toEqual([story[0], story[2]]);
    const e = readNames(article('Council approves the new harbour plan', [...story, ...thread].join('\n')), nlp).entities;
    expect(e.salient).toContain('Ingrid Dahl');
    expect([...e.places, ...e.organisations]).not.toContain('Peninsula');
  });

  it('reads a story a table cuts in two as one story', () => {
    const first = 'The council of Bergen approved the harbour plan on Monday, mayor Ingrid Dahl said, after a debate that ran late into the night.';
    const second = 'Dahl said the work would start next spring, and that the port would stay open to ferries while the new quay is built.';
    const table = ['Quay', 'Length', 'Depth', 'North', '120 m', '9 m'];
    expect(storyProse([first, ...table, second])).toEqual([first, second]);
  });

  it('reads no names or subjects from a code block', () => {
    const code = 'const server = express(); const router = server.router(); const app = new Server(Express, Router); app.listen(port); const done = true; const Config = load(Settings);';
    const a = article('Routing in a small web app', ['The router sends each request to the handler that asks for it, Ada Lovelace wrote in the guide.', code, 'Lovelace said the handler runs once a request arrives.'].join('\n'));
    a.blocks[1] = { ...a.blocks[1]!, kind: 'code' };
    const read = readNames(a, nlp);
    expect(read.entities.salient).toContain('Ada Lovelace');
    expect([...read.entities.people, ...read.entities.organisations, ...read.entities.places].join(' ')).not.toMatch(/Server|Router|Express|Config/);
    expect(read.nouns).not.toContain('const');
  });

  it('reads no names from a list of references', () => {
    const story = 'A diet of plants lowers the risk of diabetes, a study of nurses in Boston found, and the effect held for men and women alike.';
    const references = ['Satija A, et al. (2016). Plant-based dietary patterns and incidence of type 2 diabetes in US men and women.', 'Gethin R. The Foundations Of Buddhism. New York: Oxford University Press; 1998.'];
    expect(isReference(references[0]!)).toBe(true);
    expect(isReference(references[1]!)).toBe(true);
    expect(isReference(story)).toBe(false);
    expect(isReference('Apple TV, the streaming service, launched in 2019.')).toBe(false);
    expect(storyProse([story, ...references])).toEqual([story]);
  });

  it('reads a paragraph the page repeats once, where it first stands', () => {
    const promo = 'We have many flexible options for advancing your career. Start building your skills right now.';
    expect(storyProse([promo, 'The course opens in May, the school said.', promo])).toEqual([promo, 'The course opens in May, the school said.']);
  });

  it('tells a sentence and a long paragraph from a short line without a full stop', () => {
    expect(isProse('The council approved the plan.')).toBe(true);
    expect(isProse('“We will build it,” she said.”')).toBe(true);
    expect(isProse('Privacy Policy')).toBe(false);
    expect(isProse('Read more.')).toBe(false);
    expect(isProse('the council of the city approved the long awaited plan for the harbour on Monday after a debate')).toBe(true);
  });

  it('counts the words of a line as splitting it at every run of white space does, whatever the spaces', () => {
    const bySplit = (text: string) => {
      const t = text.trim();
      return (/[.!?…]["'”’)\]]*$/u.test(t) && /\p{Ll}/u.test(t) && t.split(/\s+/u).length >= 3) || t.split(/\s+/u).length >= PROSE_MIN_WORDS;
    };
    const token = fc.constantFrom('plan', 'Harbour', '300', '.', '”', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (parts) => isProse(parts.join('')) === bySplit(parts.join(''))), { numRuns: 2000 });
  });

  it('reads no organisation from a common abbreviation', () => {
    const e = extractEntities(tagArticle(article('Laptop review', 'The laptop has 16 GB of RAM and an AI chip, the CEO of Lenovo said. The FBI and NATO were not involved.'), nlp));
    expect(e.organisations).toEqual(expect.arrayContaining(['FBI', 'NATO']));
    for (const common of ['GB', 'RAM', 'AI', 'CEO']) expect(e.organisations).not.toContain(common);
  });

  it('marks as salient the names the headline gives or the text repeats, not those named once in passing', () => {
    const e = extractEntities(
      tagArticle(article('Quake shakes Qeshm island', 'A quake struck homes in Qeshm on Sunday, officials in Tehran said. Rescuers reached the island, and Ali Rezaei of the Red Crescent said Rezaei had seen no deaths. A reporter once lived in Oslo.'), nlp),
      'Quake shakes Qeshm island',
    );
    expect(e.salient).toEqual(expect.arrayContaining(['Ali Rezaei', 'Qeshm']));
    expect(e.salient).not.toContain('Oslo');
    expect(e.places).toContain('Oslo');
  });
});

describe('subjects', () => {
  it('takes subjects only from words used as common nouns', () => {
    const text = 'Add the flour. Finally, stir the old dough. The little bakery sells bread and the bread sells out. The bakery kneads its dough at dawn.';
    const nouns = commonNouns(tagArticle(article('Add the flour', text), nlp), 'Add the flour');
    expect(nouns).toEqual(expect.arrayContaining(['bakery', 'bread', 'dough', 'flour']));
    for (const w of ['add', 'finally', 'old', 'little', 'stir']) expect(nouns).not.toContain(w);
  });

  it('takes no subject from a word the prose uses once, unless the headline gives it', () => {
    const text = 'The bakery sells bread at dawn. Its flour comes from the mill, and the bakery bakes the bread by hand.';
    const nouns = commonNouns(tagArticle(article('The mill reopens', text), nlp), 'The mill reopens');
    expect(nouns).toEqual(expect.arrayContaining(['bakery', 'bread', 'mill']));
    expect(nouns).not.toContain('flour');
  });

  it('ranks no verb, adverb or adjective among the keywords', () => {
    const [a] = enrich(
      [
        article('Add the flour', 'Add the flour. Finally, add the old dough. The little bakery sells bread. Add more flour. The bakery opens early.'),
        article('Elections', 'The election was held on Sunday and the count took a day.'),
      ],
      { nlp },
    );
    expect(a?.keywords).toEqual(expect.arrayContaining(['flour', 'bakery']));
    for (const w of ['add', 'finally', 'old', 'little']) expect(a?.keywords).not.toContain(w);
  });

  it('ranks no word the story writes once while the page’s menus repeat it', () => {
    const story = [
      'The bakery on Mill Street reopened on Monday after a fire closed it in spring.',
      'Customers queued for bread before dawn, and the bakery sold out by noon.',
      'The owner said the pricing of a loaf would stay as it was before the fire.',
    ];
    const [a] = enrich(
      [
        article('Bakery reopens after fire', ['Pricing', 'Login', ...story, 'Pricing', 'Contact', 'Pricing'].join('\n')),
        article('Elections', 'The election was held on Sunday and the count took a day.'),
      ],
      { nlp },
    );
    expect(a?.keywords).toContain('bakery');
    expect(a?.keywords).not.toContain('pricing');
  });
});

describe('names that are no topic', () => {
  it('takes no topic from words the article also writes in lowercase, unless something says they are a name', () => {
    const e = extractEntities(
      tagArticle(article('Notes', 'Climate Change is a course about how the climate will change. The course was good, actor Will Smith said, and Smith took Climate Change twice.'), nlp),
    );
    expect(e.salient).not.toContain('Climate Change');
    expect(e.salient).toContain('Will Smith');
  });

  it('takes no topic from a brand’s product or a numbered part', () => {
    const e = extractEntities(
      tagArticle(article('Review', 'Google said Google Analytics would change in Google Analytics 4. The results are in Figure 3 and in Figure 4 of the report by Ada Lovelace, and Lovelace signed it.'), nlp),
    );
    expect(e.salient).not.toContain('Google Analytics');
    expect(e.salient).not.toContain('Figure');
    expect(e.salient).toContain('Ada Lovelace');
  });
});
