import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../src/analyse/per-article/parse/html.ts';

const story = '<p>The market reopened on Saturday under its restored roof, two years after the works began, and the stallholders were back.</p>'.repeat(2);
const authorOf = (body: string, after = '') => readSavedPage('t.html', `<html><body><main><h1>Market reopens</h1>${body}${story}${after}</main></body></html>`).data.author;

describe('saved pages: the byline a page shows', () => {
  it('reads the name from the lines of a byline element, past a label and before a role', () => {
    expect(authorOf('<div class="author-info"><div>Written by</div><div>Rachel Moss</div><div>Staff Writer</div></div>')).toBe('Rachel Moss');
    expect(authorOf('<div class="byline"><p class="caption">Author</p><p>Isaiah Grant</p></div>')).toBe('Isaiah Grant');
    expect(authorOf('<div class="byline"><span>By</span></div><div class="author"><a href="/a/sara">Sara Brown</a></div>')).toBe('Sara Brown');
  });

  it('passes over initials on an avatar and a heading in capitals', () => {
    expect(authorOf('<div class="author-meta"><div class="avatar">NB</div><div>Nina Bell</div></div>')).toBe('Nina Bell');
    expect(authorOf('<p>GETTING STARTED ROOM BY ROOM ZERO WASTE OUTSIDE THE HOME</p>')).toBeUndefined();
  });

  it('keeps a "By" line under the headline to its own line, and reads two names joined by "and"', () => {
    expect(authorOf('<div><p>By <a href="/a/jerry">Jerry Chu</a></p><p>Hot-Swappable Keyboards</p></div>')).toBe('Jerry Chu');
    expect(authorOf('<p>By Jane Doe and John Roe</p>')).toBe('Jane Doe and John Roe');
    expect(authorOf('<h3>Author</h3><p>Lisa D. Ellis</p>')).toBe('Lisa D. Ellis');
  });

  it('prefers the element a byline marks as the name, before its role, and stops a "By" line at the date after the name', () => {
    expect(authorOf('<div class="author"><a href="/p/harry"><span class="author-name">Harry Rabin</span><span class="job">Tech Reporter</span></a></div>')).toBe('Harry Rabin');
    expect(authorOf('<div class="has-byline"><span class="byline-name">By</span><a href="/p/april">April Fulton</a></div>')).toBe('April Fulton');
    expect(authorOf('<p><span>By <a href="/p/sofia">Sofia Gonzalez</a></span> <span>December 2, 2025</span></p>')).toBe('Sofia Gonzalez');
  });
});

describe('saved pages: the author JSON-LD names through its graph', () => {
  it('reads the person an article points to by @id, wherever the graph describes it', () => {
    const graph = {
      '@graph': [
        { '@type': 'Article', headline: 'Market reopens', author: [{ '@id': '#person' }] },
        { '@type': 'Person', '@id': '#person', name: 'Nirmita Patel' },
      ],
    };
    const page = readSavedPage('t.html', `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script><meta name="author" content="npatel"></head><body><main><h1>Market reopens</h1>${story}</main></body></html>`);
    expect([page.data.author, page.origins.author]).toEqual(['Nirmita Patel', 'json-ld']);
  });
});

describe('saved pages: the author meta tags state', () => {
  const withHead = (head: string, body = '') => readSavedPage('t.html', `<html><head>${head}</head><body><main><h1>Market reopens</h1>${body}${story}</main></body></html>`).data.author;

  it('reads the "Written by" label of a link preview', () => {
    expect(withHead('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Chase Bern">')).toBe('Chase Bern');
  });

  it('takes the byline over a stated author that is the site itself, and the site when no byline names anyone', () => {
    const head = '<meta property="og:site_name" content="One Tree Planted"><meta name="author" content="One Tree Planted">';
    expect(withHead(head, '<p>By Meaghan Weeds</p>')).toBe('Meaghan Weeds');
    expect(withHead(head)).toBe('One Tree Planted');
  });

  it('passes over a template placeholder left in the author tag', () => {
    expect(withHead('<meta name="author" content="page.head.extra.author">', '<span class="blog-meta-author">Tim Enwall</span>')).toBe('Tim Enwall');
    expect(withHead('<meta name="author" content="{{ author }}">')).toBeUndefined();
  });
});

describe('saved pages: a "Written by" line away from the headline', () => {
  it('reads a "Written by" or "Posted by" line at the foot of the story, not one quoted inside a sentence or in readers\' comments', () => {
    // Far enough from the headline that only a line starting with the words is read as a byline.
    const farther = story.repeat(4);
    expect(authorOf('', `${farther}<footer><p>Posted by <a href="/about">Colin Watts</a> on <time>2025-12-18</time></p></footer>`)).toBe('Colin Watts');
    expect(authorOf('', `${farther}<div class="meta"><h3>Author</h3><p>Lisa D. Ellis</p></div>`)).toBe('Lisa D. Ellis');
    expect(authorOf('', `${farther}<p>By <strong>Md Aynal Haque</strong></p>`)).toBe('Md Aynal Haque');
    expect(authorOf('', `${farther}<p>We cloned <a href="/a">astring</a> and <a href="/u">uunf</a> by <span>Daniel Bünzli</span>.</p>`)).toBeUndefined();
    expect(authorOf('', `${farther}<p>Why do my posts say “Posted by Cloud Campaign” to my followers?</p>`)).toBeUndefined();
    expect(authorOf('', `${farther}<div class="comments"><p>Posted by Ann Reader</p><p>Lovely market.</p></div>`)).toBeUndefined();
  });
});

