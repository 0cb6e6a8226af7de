/**
 * `dateline init`: a new archive a person can build at once: the config
 * file with the site's title, address and language, and two example
 * articles, one with front matter and one pasted from a web page.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from '../model/config.ts';
import { UsageError, type Values } from './args.ts';
import { DEFAULT_CONTENT, DEFAULT_OUT } from './archive.ts';
import type { Terminal } from './terminal.ts';

/** Title of a new archive when none is given. */
const STARTER_TITLE = 'My archive';

/** The config file of a new archive; strings are written as JSON, which YAML reads as quoted text. */
function starterConfig(values: Values): string {
  const q = (v: string) => JSON.stringify(v);
  return [
    '# Settings of this archive. An option on the command line wins over the setting here.',
    `title: ${q(values.title ?? STARTER_TITLE)}`,
    '# The address the site will be published at, for feeds, the sitemap and links shared elsewhere.',
    values.url ? `url: ${q(values.url)}` : '# url: "https://example.org/archive/"',
    '# The language of the site\'s own text (menus, labels); each article may give its own with `lang:`.',
    `lang: ${q(values.lang ?? 'en')}`,
    '# The folder of the articles, and the folder the site is written to, both relative to this file.',
    `content: ${DEFAULT_CONTENT}`,
    `out: ${DEFAULT_OUT}`,
    '# The path the site lives under on its host, when it is not the root; `dateline serve` uses it too.',
    '# pathPrefix: /archive/',
    '',
  ].join('\n');
}

const STARTER_ARTICLES: Record<string, string> = {
  'bridge.md': `---
title: City council approves new bridge over the river
date: 2024-03-12
source: Example Times
tags: [transport]
---
The city council voted on Tuesday to approve a new bridge over the river.

The bridge, which will cost 40 million euros, is due to open in 2027, the mayor said.
`,
  'pasted.txt': `Council backs river bridge after three-year debate
March 12, 2024
The city council approved a new bridge over the river on Tuesday after three years of debate.
Mayor Anna Berg said the bridge would open in 2027.
`,
};

/** What a git repository of the archive should not hold: the site and what the build keeps for itself. */
const STARTER_GITIGNORE = `${DEFAULT_OUT}\n.dateline/\n`;

/** Writes a new archive into `folder` (default: the working folder); refuses to touch one that has a config. */
export async function initCommand(folder: string | undefined, values: Values, term: Terminal): Promise<number> {
  const dir = folder ?? '.';
  const config = path.join(dir, CONFIG_FILE);
  if (existsSync(config)) throw new UsageError(`"${config}" already exists: this folder is an archive already. Build it with \`dateline build ${dir}\`.`);
  const content = path.join(dir, DEFAULT_CONTENT);
  await mkdir(content, { recursive: true });
  const written: string[] = [];
  const put = async (file: string, text: string) => {
    // `wx`: a file the person already has is never overwritten.
    const done = await writeFile(file, text, { flag: 'wx' }).then(() => true, () => false);
    if (done) written.push(file);
  };
  await put(config, starterConfig(values));
  for (const [name, text] of Object.entries(STARTER_ARTICLES)) await put(path.join(content, name), text);
  await put(path.join(dir, '.gitignore'), STARTER_GITIGNORE);
  term.note(`Wrote ${written.join(', ')}.`);
  const cd = dir === '.' ? '' : `cd ${dir} && `;
  term.print(`Next: ${cd}dateline serve   (or: dateline build, then open ${DEFAULT_OUT}/index.html)`);
  return 0;
}
