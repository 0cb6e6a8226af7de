import { createRandom, type Random } from './prng.ts';
import { CITIES, FIRST_NAMES, LAST_NAMES, heldOutKit, makeOutlet, tunedKit, type Ctx, type Kit, type Outlet } from './templates.ts';

/** A real story text the generator dresses in furniture. */
export interface SourceStory {
  id: string;
  title: string;
  /** Story paragraphs, in order; every one is story text. */
  paragraphs: string[];
  /**
   * ISO date the story was published, which its outlets' date stamps print.
   * `null`: the date is not known, and the outlets print no date stamp (a
   * made-up one would contradict the story). Left out: a random date.
   */
  date?: string | null;
}

/** One block of a generated article with its gold label. */
export interface LabelledBlock {
  text: string;
  label: 'story' | 'furniture';
  /** For a story block with furniture stuck on it (an agency code): the story part alone. */
  gold?: string;
  /** The furniture family, for furniture blocks (`nav`, `insert`, `trailing-list`, …). */
  family?: string;
}

/** One generated article. */
export interface CorpusRecord {
  id: string;
  /** Path of the generated file. */
  file: string;
  outlet: string;
  title: string;
  /** ISO date. */
  date: string;
  /** Id of the source story. */
  story: string;
  /** Gold syndication group (the source story id) when the story appears more than once, else null. */
  group: string | null;
  /** How this article was made from the story. */
  variant: 'original' | 'full' | 'cut' | 'added' | 'cut+added' | 'edited';
  /** Body blocks, title excluded, in order. */
  blocks: LabelledBlock[];
  /** Blocks before the title line in the raw file (navigation). */
  beforeTitle: number;
  kit: Kit['name'];
}

/** Options of {@link generateCorpus}. */
export interface GenerateOptions {
  /** Seed of the generator (an integer); the same seed gives the same corpus. */
  seed: number;
  /** Number of articles to generate. */
  articles: number;
  /**
   * Real story texts to dress (default: `[]`). When more stories are needed
   * than given, new ones are made from the given ones' words (a bigram
   * model), so a large benchmark corpus has no accidental copies.
   */
  stories?: readonly SourceStory[];
  /** Number of outlets (default: `max(4, round(articles / 30))`). */
  outlets?: number;
  /** Share of stories that are syndicated, i.e. appear more than once (default: `0.15`). */
  syndicatedShare?: number;
  /** Furniture kit: `tuned` or `held-out` (default: `tuned`). */
  kit?: Kit['name'];
  /** Real furniture lines (e.g. WCXB `without[]` snippets) outlets repeat in their page template (default: `[]`). */
  furniture?: readonly string[];
  /**
   * Share of the other stories' headlines in inserts and lists (a ratio) that
   * are invented rather than taken from `stories` (default: `0.2`).
   */
  inventedOthers?: number;
  /** Prefix of article ids and file names (default: `a`). */
  idPrefix?: string;
  /** File format of the generated files (default: `text`). */
  format?: 'text' | 'markdown';
}

/** A file to write: path relative to the content folder, and its content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Output of {@link generateCorpus}. */
export interface GeneratedCorpus {
  records: CorpusRecord[];
  /** Gold syndication groups: story id → article ids (two or more). */
  groups: Map<string, string[]>;
  files: GeneratedFile[];
  outlets: Outlet[];
}

interface OutletStyle {
  outlet: Outlet;
  weight: number;
  lead: { family: string; text: (c: Ctx) => string }[];
  tailFixed: { family: string; text: (c: Ctx) => string }[];
  pByline: number;
  pStamp: number;
  pReading: number;
  pCaption: number;
  pCaptionTwice: number;
  pInsert: number;
  pAd: number;
  pBox: number;
  pList: number;
  pListLeads: number;
  pShare: number;
  pCredits: number;
  pTags: number;
  pComments: number;
  pOwnTitle: number;
  byline: (c: Ctx) => string;
  stamp: (c: Ctx) => string;
  caption: (c: Ctx, cap: string) => string;
  insert: (c: Ctx, t: string) => string;
  ad: (c: Ctx) => string;
  boxHeading: (c: Ctx) => string;
  listHeading: (c: Ctx) => string;
  share: (c: Ctx) => string[];
  comments: (c: Ctx) => string;
}

function makeStyle(outlet: Outlet, kit: Kit, rnd: Random, furniture: readonly string[], weight: number): OutletStyle {
  const lead: OutletStyle['lead'] = [];
  for (const nav of rnd.sample(kit.nav, rnd.int(0, 3))) lead.push({ family: 'nav', text: nav });
  const snippets = furniture.length ? rnd.sample(furniture, rnd.int(0, 5)) : [];
  const split = rnd.int(0, snippets.length);
  for (const s of snippets.slice(0, split)) lead.push({ family: 'site', text: () => s });
  const tailFixed: OutletStyle['tailFixed'] = [];
  if (rnd.chance(0.6)) {
    const promo = rnd.pick(kit.promo);
    tailFixed.push({ family: 'promo', text: promo });
  }
  for (const s of snippets.slice(split)) tailFixed.push({ family: 'site', text: () => s });
  if (rnd.chance(0.6)) tailFixed.push({ family: 'copyright', text: rnd.pick(kit.copyright) });
  if (rnd.chance(0.3)) tailFixed.push({ family: 'contact', text: rnd.pick(kit.contact) });
  if (outlet.agency) tailFixed.push({ family: 'sign-off', text: rnd.pick(kit.signOff) });
  return {
    outlet,
    weight,
    lead,
    tailFixed,
    pByline: rnd.pick([0, 0.5, 0.9]),
    pStamp: rnd.pick([0, 0.5, 0.9]),
    pReading: rnd.pick([0, 0, 0.7]),
    pCaption: rnd.pick([0, 0.3, 0.6]),
    pCaptionTwice: rnd.pick([0, 0.5, 1]),
    pInsert: rnd.pick([0, 0.3, 0.6]),
    pAd: rnd.pick([0, 0.4]),
    pBox: rnd.pick([0, 0, 0.2]),
    pList: rnd.pick([0, 0.3, 0.8]),
    pListLeads: rnd.pick([0, 0.5, 1]),
    pShare: rnd.pick([0, 0.5, 1]),
    pCredits: rnd.pick([0, 0, 0.4]),
    pTags: rnd.pick([0, 0.5]),
    pComments: rnd.pick([0, 0.7]),
    pOwnTitle: rnd.pick([0, 0, 0.3]),
    byline: rnd.pick(kit.byline),
    stamp: rnd.pick(kit.stamp),
    caption: rnd.pick(kit.caption),
    insert: rnd.pick(kit.insert),
    ad: rnd.pick(kit.ad),
    boxHeading: rnd.pick(kit.boxHeading),
    listHeading: rnd.pick(kit.listHeading),
    share: rnd.pick(kit.share),
    comments: rnd.pick(kit.comments),
  };
}

/** A bigram model over the given stories, to make new stories when real ones run out. */
function makeInventor(stories: readonly SourceStory[], rnd: Random): (id: string) => SourceStory {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const s of stories) {
    for (const p of s.paragraphs) {
      const words = p.split(/\s+/).filter(Boolean);
      if (words.length < 6) continue;
      starts.push(words[0]!);
      for (let i = 0; i + 1 < words.length; i++) {
        const list = next.get(words[i]!);
        if (list) list.push(words[i + 1]!);
        else next.set(words[i]!, [words[i + 1]!]);
      }
    }
  }
  const fallback = 'the council said the plan would be published next week after a long debate'.split(' ');
  const sentence = (min: number, max: number): string => {
    let w = starts.length ? rnd.pick(starts) : 'The';
    const out = [w];
    const len = rnd.int(min, max);
    while (out.length < len) {
      const list = next.get(w);
      w = list && list.length ? rnd.pick(list) : rnd.pick(fallback);
      out.push(w);
      if (out.length >= min && /[.!?]["”’]?$/.test(w)) break;
    }
    let s = out.join(' ').replace(/[,;:–—-]+$/, '');
    if (!/[.!?]["”’]?$/.test(s)) s += '.';
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  return (id) => {
    const t = sentence(6, 11).replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ').replace(/\s+/g, ' ').trim();
    const title = t.charAt(0).toUpperCase() + t.slice(1);
    const paragraphs: string[] = [];
    const n = rnd.int(3, 10);
    for (let i = 0; i < n; i++) {
      const k = rnd.int(1, 3);
      const ss: string[] = [];
      for (let j = 0; j < k; j++) ss.push(sentence(10, 30));
      paragraphs.push(ss.join(' '));
    }
    return { id, title, paragraphs };
  };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const TOPIC_WORDS = ['politics', 'economy', 'health', 'elections', 'courts', 'climate', 'energy', 'transport', 'education', 'crime', 'culture', 'sport', 'technology', 'housing'];

/** Sentence ends: a stop, then space and a capital; not after an initial or a common abbreviation. */
const SENTENCE_BREAK =
  /(?<=[.!?]["”’]?)(?<!\b\p{Lu}\.)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m)\.)\s+(?=["“‘]?\p{Lu})/u;

/** Split a paragraph into sentences. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_BREAK).map((s) => s.trim()).filter(Boolean);
}

/** The first sentence of a paragraph when it reads as one (8 words or more, closed by a stop), else null. */
function firstSentence(paragraph: string): string | null {
  const first = splitSentences(paragraph)[0];
  if (!first || first.split(/\s+/).length < 8 || !/[.!?]["”’]?$/.test(first)) return null;
  return first;
}

/** Escape what would make a text line anything but a paragraph in markdown. */
function markdownLine(text: string): string {
  return text.replace(/^([#>*+=_~`|-]|\d+[.)])/, '\\$1').replace(/^(\s*)\[/, '$1\\[');
}

/**
 * Generate a labelled synthetic archive: real (or invented) story texts,
 * published by synthetic outlets that wrap each in varied page furniture,
 * some stories syndicated to other outlets (whole, cut short, with a line
 * added, with a word edited) or run again by the same outlet.
 *
 * Every block carries a gold label (story or furniture); stories that appear
 * more than once form gold syndication groups. Deterministic for a seed.
 *
 * @param options See {@link GenerateOptions}.
 */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const rnd = createRandom(options.seed);
  const kit = options.kit === 'held-out' ? heldOutKit : tunedKit;
  const total = options.articles;
  const prefix = options.idPrefix ?? 'a';
  const format = options.format ?? 'text';
  const syndicatedShare = options.syndicatedShare ?? 0.15;
  const outletCount = options.outlets ?? Math.max(4, Math.round(total / 30));
  const furniture = options.furniture ?? [];

  const outletRnd = rnd.fork('outlets');
  const styles: OutletStyle[] = [];
  for (let i = 0; i < outletCount; i++) {
    const outlet = makeOutlet(i, outletRnd, kit.name === 'held-out' ? 'New ' : '');
    // Zipf-like sizes: a few big outlets, a long tail of small ones.
    styles.push(makeStyle(outlet, kit, outletRnd, furniture, 1 / (i + 1) ** 0.8));
  }
  const weightSum = styles.reduce((s, x) => s + x.weight, 0);
  const pickOutlet = (r: Random, not?: OutletStyle): OutletStyle => {
    for (;;) {
      let x = r.next() * weightSum;
      let chosen = styles[styles.length - 1]!;
      for (const s of styles) {
        x -= s.weight;
        if (x <= 0) {
          chosen = s;
          break;
        }
      }
      if (chosen !== not || styles.length === 1) return chosen;
    }
  };

  const storyRnd = rnd.fork('stories');
  const pool = storyRnd.sample(options.stories ?? [], (options.stories ?? []).length);
  const inventorRnd = storyRnd.fork('inventor');
  let inventor: ((id: string) => SourceStory) | null = null;
  const invent = (id: string): SourceStory => (inventor ??= makeInventor(options.stories ?? [], inventorRnd))(id);
  let used = 0;
  const nextStory = (): SourceStory => (used < pool.length ? pool[used++]! : invent(`synthetic-${prefix}-${used++}`));
  // Titles and leads of other stories for inserts and lists: the pool, and invented ones.
  const otherRnd = rnd.fork('others');
  const invented = options.inventedOthers ?? 0.2;
  const otherStory = (): SourceStory =>
    pool.length && !otherRnd.chance(invented) ? otherRnd.pick(pool) : invent(`other-${otherRnd.int(0, 1e9)}`);

  // Plan: which story, which outlet, which variant.
  interface Plan { story: SourceStory; style: OutletStyle; date: string; variant: CorpusRecord['variant']; }
  const plans: Plan[] = [];
  const planRnd = rnd.fork('plan');
  while (plans.length < total) {
    const story = nextStory();
    const style = pickOutlet(planRnd);
    const drawn = addDays('2012-01-01', planRnd.int(0, 4000));
    const date = story.date ?? drawn;
    plans.push({ story, style, date, variant: 'original' });
    if (planRnd.chance(syndicatedShare)) {
      const copies = planRnd.int(1, 3);
      for (let c = 0; c < copies && plans.length < total; c++) {
        const same = planRnd.chance(0.15);
        const copyStyle = same ? style : pickOutlet(planRnd, style);
        const later = addDays(date, planRnd.int(0, 2));
        plans.push({
          story,
          style: copyStyle,
          // A copy of a story of known date carries that date; else it runs up to two days later.
          date: story.date ? date : later,
          variant: planRnd.pick(['full', 'cut', 'cut', 'added', 'cut+added', 'edited'] as const),
        });
      }
    }
  }
  const counts = new Map<string, number>();
  for (const p of plans) counts.set(p.story.id, (counts.get(p.story.id) ?? 0) + 1);

  const records: CorpusRecord[] = [];
  const files: GeneratedFile[] = [];
  const groups = new Map<string, string[]>();
  const width = String(plans.length).length;
  plans.forEach((plan, n) => {
    const r = rnd.fork(`article-${n}`);
    const id = `${prefix}${String(n).padStart(width, '0')}`;
    const s = plan.style;
    const ctx: Ctx = {
      outlet: s.outlet,
      rnd: r,
      date: plan.date,
      author: () => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
      city: () => r.pick(CITIES),
      topics: () => r.sample(TOPIC_WORDS, r.int(2, 4)),
    };
    // The story as this outlet prints it.
    let paragraphs = [...plan.story.paragraphs];
    const v = plan.variant;
    if ((v === 'cut' || v === 'cut+added') && paragraphs.length > 2) {
      paragraphs = paragraphs.slice(0, Math.max(2, Math.round(paragraphs.length * (0.4 + 0.5 * r.next()))));
    }
    if (v === 'added' || v === 'cut+added') {
      paragraphs.splice(r.int(1, paragraphs.length), 0, r.pick(kit.addedLine)(ctx));
    }
    if (v === 'edited') {
      const k = r.int(0, paragraphs.length - 1);
      paragraphs[k] = paragraphs[k]!.replace(/\bsaid\b/, 'stated').replace(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, '$1');
    }

    const blocks: LabelledBlock[] = [];
    const furn = (text: string, family: string): void => {
      blocks.push({ text, label: 'furniture', family });
    };
    for (const l of s.lead) furn(l.text(ctx), l.family);
    const beforeTitle = blocks.length;
    if (r.chance(s.pOwnTitle)) furn(plan.story.title, 'own-title');
    if (r.chance(s.pByline)) furn(s.byline(ctx), 'byline');
    if (r.chance(s.pStamp) && plan.story.date !== null) furn(s.stamp(ctx), 'stamp');
    if (r.chance(s.pReading)) furn(r.pick(kit.readingTime)(ctx), 'reading-time');
    if (r.chance(s.pCaption)) {
      const cap = `${plan.story.title.split(/\s+/).slice(0, r.int(3, 7)).join(' ')} ${r.pick(['on Monday', 'in ' + ctx.city(), 'last week', 'in 2015'])}.`;
      const line = s.caption(ctx, cap);
      furn(line, 'caption');
      if (r.chance(s.pCaptionTwice)) furn(line, 'caption');
    }
    const insertAt = new Set<number>();
    if (paragraphs.length > 2 && r.chance(s.pInsert)) for (let k = 0; k < r.int(1, 2); k++) insertAt.add(r.int(1, paragraphs.length - 1));
    const adAt = paragraphs.length > 2 && r.chance(s.pAd) ? r.int(1, paragraphs.length - 1) : -1;
    const boxAt = paragraphs.length > 3 && r.chance(s.pBox) ? r.int(1, paragraphs.length - 2) : -1;
    const agencyCode = s.outlet.agency && r.chance(0.8) ? r.pick(kit.code)(ctx) : null;
    paragraphs.forEach((p, k) => {
      if (insertAt.has(k)) furn(s.insert(ctx, otherStory().title), 'insert');
      if (k === adAt) furn(s.ad(ctx), 'ad');
      if (k === boxAt) {
        furn(s.boxHeading(ctx), 'box');
        for (let j = r.int(2, 4); j > 0; j--) furn(otherStory().title, 'box');
      }
      const last = k === paragraphs.length - 1;
      if (last && agencyCode && /[.!?”"’]$/.test(p)) {
        const sep = agencyCode.startsWith('-') ? ' ' : r.pick(['', ' ']);
        blocks.push({ text: `${p}${sep}${agencyCode}`, label: 'story', gold: p });
      } else blocks.push({ text: p, label: 'story' });
    });
    if (r.chance(s.pCredits)) furn(r.pick(kit.credits)(ctx), 'credits');
    if (r.chance(s.pTags)) furn(r.pick(kit.tags)(ctx), 'tags');
    const tail = s.tailFixed.map((t) => ({ family: t.family, text: t.text(ctx) }));
    const signOff = tail.filter((t) => t.family === 'sign-off');
    const rest = tail.filter((t) => t.family !== 'sign-off');
    for (const t of signOff) furn(t.text, t.family);
    if (r.chance(s.pShare)) for (const line of s.share(ctx)) furn(line, 'share');
    if (r.chance(s.pList)) {
      furn(s.listHeading(ctx), 'trailing-list');
      for (let j = r.int(3, 20); j > 0; j--) {
        const o = otherStory();
        furn(o.title, 'trailing-list');
        if (r.chance(s.pListLeads) && o.paragraphs[0]) {
          const lead = firstSentence(o.paragraphs[0]);
          if (lead) furn(lead, 'trailing-list');
        }
      }
    }
    for (const t of rest) furn(t.text, t.family);
    if (r.chance(s.pComments)) furn(s.comments(ctx), 'comments');

    const group = (counts.get(plan.story.id) ?? 0) > 1 ? plan.story.id : null;
    const file = `${s.outlet.domain.replace(/\.example$/, '')}/${id}.${format === 'markdown' ? 'md' : 'txt'}`;
    const record: CorpusRecord = {
      id,
      file,
      outlet: s.outlet.name,
      title: plan.story.title,
      date: plan.date,
      story: plan.story.id,
      group,
      variant: plan.variant,
      blocks,
      beforeTitle,
      kit: kit.name,
    };
    records.push(record);
    if (group) {
      const list = groups.get(group);
      if (list) list.push(id);
      else groups.set(group, [id]);
    }
    const body = blocks.map((b) => b.text);
    const content =
      format === 'markdown'
        ? `---\ntitle: ${JSON.stringify(record.title)}\ndate: ${record.date}\nsource: ${JSON.stringify(record.outlet)}\n---\n\n${body.map(markdownLine).join('\n\n')}\n`
        : `${[...body.slice(0, beforeTitle), record.title, ...body.slice(beforeTitle)].join('\n\n')}\n`;
    files.push({ path: file, content });
  });
  return { records, groups, files, outlets: styles.map((s) => s.outlet) };
}
