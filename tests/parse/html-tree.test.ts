import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { elements, textOf } from '../../src/analyse/per-article/parse/html-dom.ts';
import { parseHtml } from '../../src/analyse/per-article/parse/html-tree.ts';

const byTag = (tree: Root, tag: string): Element[] => elements(tree).filter((e) => e.tagName === tag);

describe('parseHtml', () => {
  it('gives one html with its head and body, whatever the markup leaves out', () => {
    const tree = parseHtml('<title>T</title><p>One');
    const html = tree.children.find((c) => c.type === 'element') as Element;
    expect(html.tagName).toBe('html');
    expect((html.children as Element[]).map((c) => c.tagName)).toEqual(['body']);
    expect(textOf(byTag(tree, 'body')[0]!)).toBe('T One');
  });

  it('reads a second html, head or body, as browsers do, as no new document', () => {
    const tree = parseHtml('<html><head><html><head><body><script>x()</script></head><body><main><p>Story</p></main></body></html>');
    expect(byTag(tree, 'html')).toHaveLength(1);
    expect(byTag(tree, 'body')).toHaveLength(1);
    expect(textOf(byTag(tree, 'body')[0]!)).toBe('Story');
  });

  it('closes what HTML closes by implication', () => {
    const tree = parseHtml('<body><p>One<p>Two<ul><li>a<li>b</ul>');
    expect(byTag(tree, 'p').map((p) => textOf(p))).toEqual(['One', 'Two']);
    expect(byTag(tree, 'li').map((li) => textOf(li))).toEqual(['a', 'b']);
  });

  it('keeps JSON-LD and the moves of a streamed page, and drops other code and style rules', () => {
    const tree = parseHtml(
      '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>track()</script><style>p{color:red}</style></head>' +
        '<body><script>$RC("B:0","S:0")</script></body>',
    );
    const code = byTag(tree, 'script').map((s) => textOf(s));
    expect(code).toEqual(['{"@type":"NewsArticle"}', '', '$RC("B:0","S:0")']);
    expect(textOf(byTag(tree, 'style')[0]!)).toBe('');
  });

  it('reads character references and gives attributes in hast spelling', () => {
    const tree = parseHtml('<body><time datetime="2024-04-03" class="a  b" hidden>3 &amp; 4 &#8217;</time></body>');
    const time = byTag(tree, 'time')[0]!;
    expect(time.properties).toEqual({ dateTime: '2024-04-03', className: ['a', 'b'], hidden: true });
    expect(textOf(time)).toBe('3 & 4 ’');
  });

  it('keeps the line of every element and text, for the lines of blocks', () => {
    const tree = parseHtml('<body>\n\n<p>Three</p>\n<p>\nFive</p>');
    const [three, five] = byTag(tree, 'p');
    expect(three!.position!.start.line).toBe(3);
    expect(five!.position!.start.line).toBe(4);
    expect(five!.children[0]!.position!.start.line).toBe(4);
  });

  it('keeps the note a browser writes into a page it saves', () => {
    const tree = parseHtml('<!-- saved from url=(0022)https://example.org/ -->\n<html><body>x</body></html>');
    expect(tree.children[0]).toMatchObject({ type: 'comment', value: ' saved from url=(0022)https://example.org/ ' });
  });

  it('reads markup nested deeper than any stack without overflowing', () => {
    const depth = 20_000;
    const tree = parseHtml(`<body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body>`);
    expect(byTag(tree, 'div')).toHaveLength(depth);
  });
});
