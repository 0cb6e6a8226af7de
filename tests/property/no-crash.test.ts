/**
 * Property-based: no input crashes the parser or any stage of the pipeline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { enrich } from '../../src/analyse/per-article/enrich/index.ts';
import { clusterEvents } from '../../src/analyse/corpus/events/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { group } from '../../src/present/index.ts';
import { decode } from '../../src/load/index.ts';
import { parse, parseFile } from '../../src/analyse/per-article/parse/index.ts';
import { slugify } from '../../src/text/slug.ts';
import { renderBody } from '../../src/output/body.ts';
import { copiesOf, findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { analysedArticles } from '../../src/analyse/index.ts';
import type { SourceFile } from '../../src/model/types.ts';
import { escape } from '../../layouts/_lib/html.ts';

const SITE = { title: 'T', description: 'D', url: null, lang: 'en' };

/** Text that looks like articles: words, punctuation, markdown and HTML fragments, front matter. */
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom('---\n', 'title: x\n', 'date: 2020-01-01\n', '# ', '> ', '- ', '1. ', '**', '_', '[a](b)', '<script>', '</script>', '```\n', '\n\n', ' "quoted words here" ', 'Also Read: X', '© 2020 Outlet', 'on Facebook', 'December 9, 2024', '\u0000', '\uFEFF', '\u202E'),
  fc.lorem({ maxCount: 30 }),
);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const source = (file: string, body: string): SourceFile => ({
  file,
  path: `/x/${file}`,
  format: file.endsWith('.txt') ? 'text' : 'markdown',
  text: body,
  hash: 'h'.repeat(64),
  bytes: body.length,
});

describe('no input crashes', () => {
  it('decode, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
      const r = decode(bytes);
      expect(['text', 'binary']).toContain(r.kind);
    }));
  });

  it('parse and render, for any markdown or text', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, md) => {
        const r = parseFile(source(md ? 'a.md' : 'a.txt', body));
        if (r.article) {
          expect(r.article.id).toMatch(/^[\p{L}\p{N}-]+$/u);
          r.article.blocks.forEach((b, i) => expect(b.index).toBe(i));
          const html = renderBody(r.article.blocks);
          expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
        } else {
          expect(r.skipped?.reason).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every stage, for any small corpus', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 8 }), (docs) => {
        const parsed = parse(docs.map(([body, md], i) => source(`d${i}.${md ? 'md' : 'txt'}`, body)));
        const fps = fingerprint(parsed.articles);
        const syn = findSyndication(parsed.articles, fps);
        const stripped = stripBoilerplate(parsed.articles, syn);
        const enriched = enrich(stripped.articles);
        const copies = copiesOf(stripped.syndication);
        const clustered = clusterEvents(enriched, copies);
        const archive = group(
          {
            articles: analysedArticles(clustered.articles, copies, clustered.eventOf),
            events: clustered.events,
            redirects: clustered.redirects,
            skipped: parsed.skipped,
            diagnostics: parsed.diagnostics,
            renderedBodies: new Map(enriched.map((a) => [a.id, renderBody(a.blocks)])),
          },
          SITE,
        );
        expect(archive.articles.length + archive.skipped.length).toBe(docs.length);
        for (const a of clustered.articles) expect(clustered.eventOf.get(a.id)).toBeDefined();
      }),
      { numRuns: 40 },
    );
  });

  it('escape leaves no markup, for any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(escape(s)).not.toMatch(/[<>"']/);
    }));
  });

  it('slugs never leave their folder, for any title', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const slug = slugify(s);
      expect(slug).not.toMatch(/[./\\]/);
      expect(slug).toMatch(/^[\p{L}\p{N}-]*$/u);
    }));
  });
});
