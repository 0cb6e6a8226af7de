import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/analyse/per-article/parse/index.ts';
import { readSavedPage } from '../../src/analyse/per-article/parse/html.ts';
import type { Block } from '../../src/model/types.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/html');

/** Every node of every block, and the addresses it links to. */
function nodesOf(blocks: Block[]): { types: Set<string>; urls: string[]; json: string } {
  const types = new Set<string>();
  const urls: string[] = [];
  const stack: any[] = blocks.map((b) => b.node).filter(Boolean);
  while (stack.length) {
    const n = stack.pop();
    types.add(n.type);
    if (typeof n.url === 'string') urls.push(n.url);
    if (Array.isArray(n.children)) stack.push(...n.children);
  }
  return { types, urls, json: JSON.stringify(blocks) };
}

describe('saved pages: nothing active survives', () => {
  const text = readFileSync(path.join(FIXTURES, 'active.html'), 'utf8');
  const { article } = parseFile({ file: 'active.html', path: '/x/active.html', format: 'html', text, hash: 'h'.repeat(64), bytes: text.length });
  const blocks = article!.blocks;
  const { types, urls, json } = nodesOf(blocks);

  it('keeps the story paragraphs', () => {
    expect(blocks.filter((b) => !b.removed).map((b) => b.text)).toEqual([
      'The city council approved a six-month trial of night buses on three routes, starting in March, after a survey found that shift workers had no way home after midnight.',
      'Councillors voted 31 to 4 for the trial. Click for the vote, the vote record or data.',
      'The trial will cost about £400,000, paid from the transport budget, and the council will publish passenger numbers every month.',
    ]);
  });

  it('keeps no script, style, frame, object, form control or template, nor their text', () => {
    for (const gone of ['Injected by a script', 'tracker.example', 'fonts.example', 'alert', 'vector', 'Hidden template text', 'The meeting in full', 'flash.swf', 'Subscribe', 'Text hidden from readers']) {
      expect(json).not.toContain(gone);
    }
  });

  it('keeps no event handler and no image: no tracking pixel, no remote picture', () => {
    expect(json).not.toMatch(/onclick|onload|onmouseover|steal|track\(\)/i);
    expect(types.has('image')).toBe(false);
    expect(types.has('html')).toBe(false);
    expect(json).not.toContain('pixel.gif');
    expect(json).not.toContain('bus.jpg');
  });

  it('links only to http(s) addresses: script and data links become their text', () => {
    expect(urls).toEqual(['https://council.example/votes/2291']);
  });

  it('leaves a picture’s caption aside with the picture, with its reason', () => {
    expect(blocks.find((b) => b.text === 'The buses will run every 30 minutes.')?.removed?.ruleId).toBe('html/caption');
  });

  it('survives hostile markup: unclosed tags, deep nesting, a stray </html>', () => {
    const deep = '<div>'.repeat(5000) + '<p>Deep story text that is long enough to count as a paragraph of prose.</p>' + '</div>'.repeat(10);
    const page = readSavedPage('t.html', `<p>unclosed <b>bold <i>italic</p></html><script>x</script>${deep}<img src=x onerror=alert(1)>`);
    expect(JSON.stringify(page.blocks)).not.toMatch(/onerror|alert/);
    expect(page.blocks.map((b) => b.text).join(' ')).toContain('Deep story text');
    expect(page.diagnostics.map((d) => d.ruleId)).toEqual(['html/too-deep']);
  });
});
