import type { Element, Root } from 'hast';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import { describe, expect, it } from 'vitest';
import { elements } from '../../src/analyse/per-article/parse/html-dom.ts';
import { storyToMdast } from '../../src/analyse/per-article/parse/html-markdown.ts';
import { parseHtml } from '../../src/analyse/per-article/parse/html-tree.ts';

/** The body of a page as the root of a story. */
function story(html: string): Root {
  const body = elements(parseHtml(html)).find((e) => e.tagName === 'body') as Element;
  return { type: 'root', children: body.children };
}

/** A handler of the kind the page reader passes: a link keeps its address only when it has one. */
const handlers: Record<string, Handle> = {
  a: (state, node) => {
    const children = state.all(node) as any[];
    return typeof node.properties?.href === 'string' ? { type: 'link', url: node.properties.href, title: null, children } : children;
  },
};

const pages: Record<string, string> = {
  'whitespace between and inside inline elements': '<p>  One <b> two </b><i>three</i>\n\n four <span> </span> five.  </p>\n<p>\tSix&nbsp; seven </p>',
  'text outside any paragraph, and line breaks': '<div>Loose text <br> after a break<br/><br/>and more</div> tail <em>x</em>',
  'lists, nested and ordered': '<ul><li> a <ul><li>b</li></ul></li><li><p>c</p><p>d</p></li></ul><ol start="3"><li>x</li><li>y</li></ol>',
  'tables, with and without a head': '<table><thead><tr><th> H1 </th><th>H2</th></tr></thead><tbody><tr><td>a <b>b</b></td><td>c</td></tr></tbody></table><table><tr><td>1</td></tr></table>',
  'code, preformatted and inline': '<pre class="language-js">  let x = 1;\n\n  x++;  </pre><p>Call <code> f() </code> now, <nobr>no   wrap</nobr>.</p><pre wrap>a  b</pre>',
  'links around blocks and headings': '<a href="https://example.com/"><h2> A  heading </h2><p>teaser</p></a><h3>Plain <a>no link</a></h3><blockquote> <p>Quote</p> </blockquote>',
  'definitions, rules and quotes': '<dl><dt>Term</dt><dd>Meaning</dd></dl><hr><p><q>Said</q> and <del>gone</del> <s>struck</s><sup>1</sup></p>',
  'pictures and controls in text': '<p>Look <img src="a.png" alt="A"> here <button> Go </button> <input> then</p><figure><img src="b.png"> <figcaption> Cap </figcaption></figure>',
  'hidden and empty elements': '<p>Before<span hidden> hidden </span> after</p><div> </div><section><p>Last</p></section>',
};

describe('storyToMdast', () => {
  for (const [name, html] of Object.entries(pages)) {
    it(`gives what hast-util-to-mdast gives: ${name}`, () => {
      const expected = toMdast(story(html), { handlers });
      expect(storyToMdast(story(html), handlers)).toEqual(expected);
    });
  }
});
