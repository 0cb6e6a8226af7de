/**
 * The two reference builds of the benchmark, over the same articles:
 *
 * - plain Eleventy: one Markdown file per article with front matter, one
 *   layout, a page per tag (outlet and subject tags) — Eleventy's collections
 *   and tags doing the bookkeeping, no analysis;
 * - Hugo (Debian's package): the same files, a single-page layout, a list
 *   layout and the tags taxonomy.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchArticle } from './corpus.ts';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The article as a Markdown file with the front matter both references read. */
function markdown(a: BenchArticle, extra: string[] = []): string {
  const body = a.content.startsWith('---\n') ? a.content.slice(a.content.indexOf('\n---\n', 4) + 5) : a.content.split('\n\n').slice(1).join('\n\n');
  const tags = [slug(a.outlet), ...a.tags];
  return `---\ntitle: ${JSON.stringify(a.title)}\ndate: ${a.date}\ntags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]\n${extra.join('\n')}${extra.length ? '\n' : ''}---\n\n${body}`;
}

async function writeAll(files: Map<string, string>): Promise<void> {
  const dirs = new Set([...files.keys()].map((f) => path.dirname(f)));
  for (const d of dirs) await mkdir(d, { recursive: true });
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let f = queue.pop(); f; f = queue.pop()) await writeFile(f[0], f[1]);
    }),
  );
}

/** A plain Eleventy site of the articles in `dir`; build with `eleventy --input=<dir> --output=<out>`. */
export async function writeEleventySite(dir: string, articles: readonly BenchArticle[]): Promise<void> {
  const files = new Map<string, string>();
  files.set(
    path.join(dir, '_includes', 'article.liquid'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1><p><time>{{ page.date | date: "%Y-%m-%d" }}</time></p>{{ content }}
<ul>{% for tag in tags %}<li><a href="/tags/{{ tag | slugify }}/">{{ tag }}</a></li>{% endfor %}</ul></main></body></html>
`,
  );
  files.set(
    path.join(dir, 'tags.liquid'),
    `---
pagination:
  data: collections
  size: 1
  alias: tag
  filter: [all]
permalink: /tags/{{ tag | slugify }}/
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ tag }}</title></head>
<body><h1>{{ tag }}</h1><ul>{% for post in collections[tag] reversed %}<li><a href="{{ post.url }}">{{ post.data.title }}</a> {{ post.date | date: "%Y-%m-%d" }}</li>{% endfor %}</ul></body></html>
`,
  );
  files.set(path.join(dir, 'articles', 'articles.json'), JSON.stringify({ layout: 'article.liquid' }));
  articles.forEach((a, i) => files.set(path.join(dir, 'articles', `a${i}.md`), markdown(a)));
  await writeAll(files);
}

/** A Hugo site of the articles in `dir`; build with `hugo --source <dir> --destination <out>`. */
export async function writeHugoSite(dir: string, articles: readonly BenchArticle[]): Promise<void> {
  const files = new Map<string, string>();
  files.set(path.join(dir, 'config.toml'), `baseURL = "/"\ntitle = "Reference"\ndisableKinds = ["RSS", "sitemap", "robotsTXT"]\n[taxonomies]\ntag = "tags"\n`);
  files.set(
    path.join(dir, 'layouts', '_default', 'single.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>{{ .Content }}
<ul>{{ range .Params.tags }}<li><a href="/tags/{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul></main></body></html>
`,
  );
  files.set(
    path.join(dir, 'layouts', '_default', 'list.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul></body></html>
`,
  );
  articles.forEach((a, i) => files.set(path.join(dir, 'content', 'articles', `a${i}.md`), markdown(a)));
  await writeAll(files);
}
