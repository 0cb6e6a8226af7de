/**
 * Property-based: after any sequence of added, edited and deleted articles,
 * a rebuild that reads the analysis store gives the same site as a full
 * build from an empty store over the same published site, byte for byte:
 * archive.json and every page. The full build starts from a copy of the
 * published site taken before the rebuild (so that both keep the same ids
 * and redirects), without the store and the cache.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDateline } from '../support/demo.ts';

/** Outlets, titles and sentences the articles are drawn from: few enough that copies and shared events happen. */
const OUTLETS = ['Harbour Gazette', 'Valley Courier', 'Northern Post'];
const PLACES = ['Tallowmere', 'Eskbridge', 'Morrow Vale', 'Pennick'];
const SUBJECTS = ['flood', 'bridge vote', 'school closure', 'harbour fire'];
const SENTENCES = [
  'Officials said on Monday that about 300 households had been asked to leave their homes.',
  'The borough council opened two rest centres in school halls overnight.',
  '"We have never seen anything like it," said Margaret Okonjo, who runs the bakery on Bridge Street.',
  'Engineers expect the work to be finished by Tuesday, when pumps from the coast arrive.',
  'The mayor, Daniel Ferreira, promised an inquiry into how the warnings were handled.',
  'Residents gathered outside the town hall to ask for more time to read the proposal.',
  'Police closed the coast road for six hours while crews cleared the debris.',
  'The regional authority said it would publish its figures later in the week.',
];

/** One article as the generator draws it. */
interface Draft {
  place: number;
  subject: number;
  outlet: number;
  day: number;
  sentences: number[];
}

const draft = fc.record({
  place: fc.nat(PLACES.length - 1),
  subject: fc.nat(SUBJECTS.length - 1),
  outlet: fc.nat(OUTLETS.length - 1),
  day: fc.integer({ min: 1, max: 6 }),
  sentences: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 2, maxLength: 5 }),
});

type Change =
  | { kind: 'add'; draft: Draft }
  | { kind: 'edit'; which: number; draft: Draft }
  | { kind: 'copy'; which: number; outlet: number }
  | { kind: 'delete'; which: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  draft.map((d) => ({ kind: 'add' as const, draft: d })),
  fc.record({ which: fc.nat(), draft }).map((c) => ({ kind: 'edit' as const, ...c })),
  fc.record({ which: fc.nat(), outlet: fc.nat(OUTLETS.length - 1) }).map((c) => ({ kind: 'copy' as const, ...c })),
  fc.nat().map((which) => ({ kind: 'delete' as const, which })),
);

function markdown(d: Draft): string {
  const title = `${SUBJECTS[d.subject]!.replace(/^./, (c) => c.toUpperCase())} in ${PLACES[d.place]}`;
  const body = d.sentences.map((s) => SENTENCES[s]!.replace('the town', PLACES[d.place]!)).join('\n\n');
  return `---\ntitle: "${title}"\ndate: 2024-03-0${d.day}\nsource: "${OUTLETS[d.outlet]}"\n---\n\n${body}\n`;
}

/** Applies a change to the content folder; `next` numbers new files. */
function apply(content: string, c: Change, next: () => number): void {
  const files = readdirSync(content).sort();
  const pick = (which: number) => files[which % files.length]!;
  if (c.kind === 'add' || files.length === 0) {
    writeFileSync(path.join(content, `a${next()}.md`), markdown('draft' in c ? c.draft : { place: 0, subject: 0, outlet: 0, day: 1, sentences: [0, 1] }));
  } else if (c.kind === 'edit') {
    writeFileSync(path.join(content, pick(c.which)), markdown(c.draft));
  } else if (c.kind === 'copy') {
    // A syndicated copy: the same story under another outlet.
    const text = readFileSync(path.join(content, pick(c.which)), 'utf8').replace(/source: ".*"/, `source: "${OUTLETS[c.outlet]}"`);
    writeFileSync(path.join(content, `a${next()}.md`), text);
  } else if (files.length > 1) {
    rmSync(path.join(content, pick(c.which)));
  }
}

/** Every file of the published site and the hash of its bytes. */
function snapshot(out: string): Map<string, string> {
  const root = realpathSync(out);
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else files.set(path.relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return files;
}

/** A copy of a published site (the link and the trees) without its store and cache, in a new folder. */
function copyPublished(base: string, into: string): void {
  mkdirSync(into, { recursive: true });
  cpSync(path.join(base, 'site'), path.join(into, 'site'), { verbatimSymlinks: true });
  const skip = new Set([path.join(base, '.dateline', 'store'), path.join(base, '.dateline', 'cache')]);
  cpSync(path.join(base, '.dateline'), path.join(into, '.dateline'), { recursive: true, verbatimSymlinks: true, filter: (src) => !skip.has(src) });
}

/** Builds `content` into `<base>/site` as the command does; `store: false` builds with no cache and no store. */
async function build(content: string, base: string, store: boolean): Promise<string> {
  const cache = store ? path.join(base, '.dateline', 'cache') : '';
  const r = await runDateline(['build', content, '--out', path.join(base, 'site'), '--no-search'], { env: { DATELINE_CACHE: cache, DATELINE_WORKERS: '0' } });
  expect(r.code, r.output).toBe(0);
  return r.output;
}

describe('an incremental build', () => {
  it('equals a full build from an empty store, after any adds, edits, copies and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(draft, { minLength: 2, maxLength: 4 }), fc.array(change, { minLength: 1, maxLength: 3 }), async (start, changes) => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-incremental-'));
        const content = path.join(root, 'content');
        const live = path.join(root, 'live');
        mkdirSync(content);
        let n = 0;
        const next = () => n++;
        for (const d of start) writeFileSync(path.join(content, `a${next()}.md`), markdown(d));
        await build(content, live, true);
        for (const [i, c] of changes.entries()) {
          apply(content, c, next);
          const full = path.join(root, `full-${i}`);
          copyPublished(live, full);
          const incremental = await build(content, live, true);
          await build(content, full, false);
          // The rebuild trusted the store the build before it committed.
          expect(incremental).not.toMatch(/analysis store .* was not used/);
          expect(readFileSync(path.join(live, 'site', 'archive.json'), 'utf8')).toBe(readFileSync(path.join(full, 'site', 'archive.json'), 'utf8'));
          expect(snapshot(path.join(live, 'site'))).toEqual(snapshot(path.join(full, 'site')));
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 3 },
    );
    // Up to seven builds a run, each a process of its own.
  }, 900_000);
});
