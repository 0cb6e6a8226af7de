/**
 * Boilerplate rules, kept as data. Each rule names its furniture, says where
 * in an article it may match, and carries an example and a counter-example of
 * story text it must leave alone; tests are built from them. Line rules (a
 * pattern over one block's text) are here; block rules (over a run of blocks)
 * are one module each in `rules/`. Rules match one block's whole text unless
 * they say otherwise.
 *
 * Furniture that an outlet repeats is found from the corpus, not here (rule id
 * `repeated/outlet`); these rules catch what does not repeat.
 */
import type { Rule } from './lib/types.ts';
import { commentThread } from './rules/comment-thread.ts';
import { headlineBox } from './rules/headline-box.ts';
import { loneListHeading } from './rules/lone-list-heading.ts';
import { otherHeadlineList } from './rules/other-headline-list.ts';
import { otherHeadline } from './rules/other-headline.ts';
import { ownTitle } from './rules/own-title.ts';
import { repeatedLine } from './rules/repeated-line.ts';
import { tailHeadlineList } from './rules/tail-headline-list.ts';

const SOCIAL =
  'Facebook|Twitter|X|LinkedIn|Instagram|YouTube|WhatsApp|Telegram|Threads|TikTok|Pinterest|Reddit|Flipboard|Mastodon|Bluesky|Google News|RSS';

/** A capitalised word of a person's name ("Dubois", "O’Neill", "J."). */
const NAME = "[\\p{Lu}][\\p{L}'’.-]*";

/** Newsroom roles a by-line ends with. */
const ROLES = [
  'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'writer', 'writers', 'staff',
  'columnist', 'journalist', 'contributor', 'producer', 'analyst', 'bureau chief', 'commentator', 'critic',
  'photographer', 'staff writer', 'staff reporter',
];

/** Words that qualify a newsroom role ("Senior", "Political", "Washington"). */
const ROLE_QUALIFIERS = [
  'senior', 'chief', 'deputy', 'associate', 'assistant', 'staff', 'special', 'contributing', 'managing', 'executive',
  'political', 'foreign', 'business', 'economics', 'economy', 'sport', 'sports', 'health', 'science', 'technology',
  'tech', 'crime', 'legal', 'courts', 'diplomatic', 'defence', 'defense', 'security', 'environment', 'climate',
  'education', 'arts', 'culture', 'entertainment', 'city', 'metro', 'local', 'national', 'international', 'world',
  'news', 'digital', 'regional', 'global', 'investigations', 'investigative', 'data', 'transport', 'energy', 'media',
  'royal', 'social', 'affairs', 'home', 'europe', 'asia', 'africa', 'washington', 'white house', 'parliamentary',
  '[\\p{Lu}][\\p{L}]+',
];

/**
 * An alternation of words that matches each with its first letter in either
 * case ("Editor", "editor"), without the `i` flag, under which `\\p{Lu}` would
 * match any letter.
 */
function anyCase(words: readonly string[]): string {
  const alt = (w: string) =>
    w.startsWith('[') ? w : w.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => `${space}[${c.toUpperCase()}${c}]`).replace(/\s/g, '\\s+');
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(alt).join('|')})`;
}

/** Every rule, in the order the stage applies them: line rules in list order, then block rules in list order. */
export const rules: readonly Rule[] = [
  // ── navigation ──────────────────────────────────────────────────────────
  {
    id: 'nav/skip-link',
    description: 'An accessibility skip link: "Skip to content", "Skip to main content", "Jump to navigation".',
    pattern: /^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+|primary\s+)?(?:content|navigation|menu|article|search|footer|main)$/i,
    example: 'Skip to main content',
    counterExample: 'Rescuers had to skip to the next village when the bridge collapsed.',
  },
  {
    id: 'nav/menu-word',
    description: 'A lone navigation or widget word: "Menu", "Search", "Sign in", "Subscribe", "Back to top".',
    pattern:
      /^(?:menu|main menu|open menu|close menu|toggle navigation|navigation|search|search for:?|close|sign in|sign up|log ?in|log ?out|register|subscribe|subscribe now|my account|account|back to top|go to top|top|next|previous|next article|previous article|next post|previous post|home|loading\.*|show more|load more|view all|see all|more|print|print this page|copy link|link copied|share|share this|share this article|share this story|share article|tweet|email|e-mail|whatsapp|listen|listen to this article|save|save article|bookmark|font size|text size|[aA]\s*[aA]\+?|gift this article|comments|advertisement|advertisements|advertising|sponsored|sponsored content|paid content|partner content|ad|close ad|skip ad|report an ad|scroll to continue|scroll to continue with content|continue reading|photos|video|videos|watch|play video|cookie settings|accept|accept all|reject all|manage preferences)$/i,
    example: 'Back to top',
    counterExample: 'Back at the top of the hill, the crowd waited for hours.',
  },
  {
    id: 'nav/breadcrumb',
    description: 'A breadcrumb trail: "Home > World > Middle East", "News / Politics".',
    pattern: /^[\p{L}&'’ ]{2,30}(?:\s*(?:>|»|›|\/|\||→)\s*[\p{L}&'’ ]{2,30}){1,5}$/u,
    maxWords: 12,
    position: 'lead',
    example: 'Home » News » World',
    counterExample: 'The ministry said the talks would resume in Geneva next week.',
  },
  {
    id: 'nav/social-row',
    description: 'A row of social network and sharing button labels: "Facebook Twitter WhatsApp Email".',
    pattern: new RegExp(
      `^(?:(?:${SOCIAL}|Email|E-mail|Print|Copy link|Share|Messenger|SMS|Comments?)\\s*[|,·•/]?\\s*){2,}$`,
      'i',
    ),
    example: 'Facebook Twitter WhatsApp Email Print',
    counterExample: 'Facebook and Twitter removed the posts on Monday.',
  },

  {
    id: 'nav/submenu',
    description: 'A menu entry with its submenu button\u2019s label: "About us Open submenu", "Services submenu".',
    pattern: /(?:^|\s)(?:open\s+|toggle\s+|expand\s+|show\s+)?sub-?menu$/i,
    maxWords: 10,
    readInPlace: true,
    example: 'Read the reports Open submenu',
    counterExample: 'The update moved the settings into a submenu that few users found.',
  },

  // ── sharing and following ───────────────────────────────────────────────
  {
    id: 'share/outlet-on-network',
    description: 'A follow or share link naming a social network: "<Outlet> on Facebook", "Follow us on X".',
    pattern: new RegExp(`^(?<outlet>[^.!?]{2,60}?)\\s+on\\s+(?:${SOCIAL})(?:\\s*\\(opens in (?:a )?new (?:window|tab)\\))?$`, 'i'),
    maxWords: 12,
    outletGroup: 'outlet',
    example: 'The Daily Ledger on Instagram',
    counterExample: 'The minister posted the statement on Twitter late on Sunday.',
  },
  {
    id: 'share/call-to-follow',
    description: 'An invitation to follow, like, share or join on a network or app.',
    pattern: new RegExp(
      `^(?:follow|like|join|find|connect with|share|click to share|share this (?:on|via)|subscribe to)\\b.{0,80}\\b(?:${SOCIAL}|channel|social media|our app|google news)\\b.{0,40}$`,
      'i',
    ),
    maxWords: 25,
    example: 'Follow us on Twitter and Facebook for the latest updates',
    counterExample: 'Police said they would follow every lead, including posts on Facebook, before charging anyone.',
  },

  // ── promotions ──────────────────────────────────────────────────────────
  {
    id: 'promo/newsletter',
    description: 'A newsletter or alert sign-up promotion.',
    pattern:
      /(?:\b(?:sign up|signup|subscribe|register)\b.{0,100}\b(?:newsletter|inbox|e-?mail alerts?|bulletin|briefing|digest|updates)\b|\b(?:newsletter|briefing|digest)\b.{0,60}\b(?:sign up|subscribe|delivered|inbox)\b|^(?:get|receive)\s+(?:the|our)\s+.{0,60}\b(?:newsletter|briefing|inbox|email)\b)/i,
    maxWords: 45,
    example: 'Sign up for our morning briefing and get the day’s top stories in your inbox.',
    counterExample: 'The group had used a newsletter to recruit members across the region, police said.',
  },
  {
    id: 'promo/call-to-action',
    description: 'A button or link that asks the reader to act: "Get started for free", "Book a demo", "Start your free trial", "Buy now at X".',
    pattern:
      /^(?:get started(?:\s+(?:for free|today|now|with\s+\S+))?|learn more|read full review|see more(?:\s+\S+)?|view more|book (?:a |an |your )?(?:free )?(?:demo|call|consultation|intro call)|request (?:a |your )?(?:free )?(?:demo|quote|consultation|information)|get (?:a |your )?(?:free )?quote(?:\s+from\s+.{1,40})?|start (?:a |your )?free trial(?:\s+of\s+.{1,40})?|try (?:it |\S+ )?(?:for )?free|sign up(?:\s+(?:now|today|for (?:a )?(?:free\b.*|newsletters?|our newsletter)))?|download (?:now|the (?:e-?book|app|report|guide|white ?paper))|buy now(?:\s+at\s+.{1,40})?|shop now|(?:see|check) (?:the )?price(?:\s+at\s+.{1,40})?|view (?:on|at) (?:amazon|ebay|walmart|best buy|target)|join (?:my|our) (?:free )?newsletter)[:.!]?$/i,
    maxWords: 10,
    readInPlace: true,
    example: 'Start your free trial of Acme Workspace',
    counterExample: 'Get started early, the coach told the runners, because the heat builds by noon.',
  },
  {
    id: 'share/label',
    description: 'The label before a row of share buttons: "Share:", "Share this on:", "Like this:".',
    pattern: /^(?:share(?:\s+this)?(?:\s+(?:article|story|post|page|resource))?(?:\s+on)?|like this)\s*:$/i,
    readInPlace: true,
    example: 'Share this on:',
    counterExample: 'Share prices fell 4% on Monday.',
  },
  {
    id: 'promo/support-us',
    description: 'An appeal to subscribe, donate or download the app.',
    pattern:
      /^(?:support (?:our|independent|quality|local) journalism|(?:become|be) a (?:member|subscriber|supporter)|(?:subscribe|donate) (?:now|today|here)|download (?:our|the) (?:free )?app|get (?:the|our) app|already a subscriber\??|want to read more\??|this (?:article|content|story) is (?:for|available to) (?:subscribers|members))\b.{0,160}$/i,
    maxWords: 40,
    example: 'Support independent journalism: become a member for $5 a month.',
    counterExample: 'Readers were asked to support the campaign by writing to their MPs.',
  },
  {
    id: 'promo/continues-below',
    description: 'A marker of an advertisement inside the story: "Story continues below advertisement".',
    pattern: /^(?:(?:the\s+)?(?:story|article|text|content)\s+continues\s+(?:below|after|under)(?:\s+(?:this|the))?(?:\s+(?:advertisement|ad|advert|video|image|gallery))?|continue reading (?:below|the main story|after (?:the )?(?:ad|advertisement))|advertisement\s*[-–—:]\s*scroll to continue|scroll (?:down )?to continue(?: reading)?)\.?$/i,
    example: 'Article continues after advertisement',
    counterExample: 'The story continues to unfold as more witnesses come forward.',
  },

  // ── inserts ─────────────────────────────────────────────────────────────
  {
    id: 'insert/read-also',
    description: 'A link to another story inserted in the text: "Also Read: …", "READ MORE: …", "Related: …".',
    pattern:
      /^(?:also\s+read|read\s+also|read\s+more|more\s+reading|read\s+next|see\s+also|also\s+see|related(?:\s+(?:story|article|news|coverage|content|reading|link))?|recommended(?:\s+reading)?|must\s+read|don[’']t\s+miss|you\s+may\s+also\s+like|more\s+on\s+this(?:\s+story)?|more\s+(?:from|on)\s+[^:|]{1,30}|watch|watch\s+now|watch\s+video|video|listen|click\s+here|in\s+pictures|in\s+photos|opinion|explained|trending|top\s+story|editor[’']?s\s+pick|sponsored)\s*(?:[:|»›>–—-]|\s-\s)\s*\S.*$/i,
    maxWords: 30,
    example: 'READ MORE: Storm forces closure of coastal roads',
    counterExample: 'Read more carefully, the report shows that costs doubled in two years.',
  },
  {
    id: 'insert/click-here',
    description: 'A call to click or tap elsewhere.',
    pattern: /^(?:click|tap)\s+(?:here|the link|on the link|below)\b.{0,120}$/i,
    maxWords: 30,
    example: 'Click here to see the full gallery',
    counterExample: 'Click-through rates fell by a third after the change, the company said.',
  },

  // ── bylines, dates, reading time ────────────────────────────────────────
  {
    id: 'byline/by-author',
    description: 'A byline before the story: "By Jane Doe", "Written by Jane Doe | Reporter".',
    pattern:
      /^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Ss]tory [Bb]y|[Rr]eport(?:ed)? [Bb]y|[Pp]osted [Bb]y|[Aa]uthor:?)\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|al|el|bin|and|&|,)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|der|al|el|bin|and|&|,))*(?:\s*(?:[|,•·–—-]|\bin\b)\s*[^.!?]*)?$/u,
    maxWords: 18,
    position: 'lead',
    example: 'By Maria Gonzalez and Tom Whitaker | Staff Reporters',
    counterExample: 'By Tuesday, most of the roads had reopened.',
  },
  {
    id: 'byline/name-role',
    description: 'A byline of a name and a newsroom role, without "By": "Jane Doe, Political Editor", "Jane Doe | Staff Writer".',
    pattern: new RegExp(
      `^${NAME}(?:\\s+(?:${NAME}|de|van|von|der|da|di|al|el|bin|and|&))*\\s*(?:,|\\||–|—|-)\\s*(?:${anyCase(ROLE_QUALIFIERS)}\\s+){0,3}${anyCase(ROLES)}$`,
      'u',
    ),
    maxWords: 10,
    position: 'lead',
    example: 'Lena Dubois, Political Editor',
    counterExample: 'Lena Dubois, the political editor, said the vote was close.',
  },
  {
    id: 'byline/published',
    description: 'A publication or update stamp: "Published: 3 May 2013", "Last updated 10:42 AM ET".',
    pattern:
      /^(?:first\s+)?(?:published|updated|last\s+updated|posted|modified|last\s+modified|created|date|dated)\b(?=[^.!?]*(?:\d|\b(?:today|yesterday|ago)\b))(?:\s+on)?\s*[:\-–—]?\s*[^!?]{0,70}(?<!\p{L}{3}\.)$/iu,
    maxWords: 20,
    position: 'lead',
    example: 'Last updated: 14 March 2021, 09:15 GMT',
    counterExample: 'Updated figures released on Friday showed a sharp fall in exports.',
  },
  {
    id: 'byline/timestamp',
    description: 'A bare date with a clock time, as pages print above the story: "May 2, 2013 | 5:03pm".',
    pattern:
      /^(?=.*\b\d{1,2}\s?:\s?\d{2}(?:\s?:\s?\d{2})?\s?(?:[ap]\.?\s?m\.?)?)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|19\d\d|20\d\d|\d{1,2}\s?\/\s?\d{1,2}\s?\/\s?\d{2,4})\b)[\p{L}\p{N}\s.,:|/@–—()-]{6,70}$/iu,
    maxWords: 14,
    position: 'lead',
    example: 'Fri., Sep. 6, 2019 11:45 AM PDT',
    counterExample: 'The vote is scheduled for 10:30 on May 4, the speaker said.',
  },
  {
    id: 'byline/reading-time',
    description: 'A reading-time or listening label: "4 min read", "Reading time: 3 minutes".',
    pattern: /^(?:\d+\s*(?:-|\s)?\s*min(?:ute)?s?\s+read|reading\s+time\s*:?\s*\d+.{0,20}|estimated\s+reading\s+time.{0,30}|listen\s+to\s+(?:this\s+)?(?:article|story).{0,30}|\d+\s*min(?:ute)?s?\s+listen)$/i,
    example: '6 min read',
    counterExample: 'She needed only a few minutes to read the verdict.',
  },

  // ── captions ────────────────────────────────────────────────────────────
  {
    id: 'caption/photo-credit',
    description: 'A photo caption or credit: "(Photo: Agency)", "Photo: X / Getty Images", "Image credit: X", "A caption | Photo credit: X".',
    pattern:
      /(?:\((?:photo|photos|image|picture|pic|file photo|photograph|credit|source|video|graphic)s?(?:\s+credit)?\s*[:/]\s*[^)]{1,60}\)\s*$|^(?:photo|photos|image|picture|file photo|photograph|credit|photo credit|image credit|image source|caption|pictured)\s*(?:credit)?\s*[:|]\s*.{1,120}$|[|/–—-]\s*(?:getty images|afp|reuters|ap photo|epa|shutterstock|file photo)(?:\s+via\s+[\p{L} ]+)?\)?\s*$|\s[|/–—]\s*(?:photo|photos|image|picture|pic|photograph)(?:\s+(?:credit|by))?\s*:\s*\p{L}[\p{L}'’. -]{1,60}$)/iu,
    maxWords: 40,
    example: 'Firefighters at the scene on Sunday. (Photo: Metro Press Agency)',
    counterExample: 'The photo, taken on Sunday, shows firefighters at the scene.',
  },

  // ── the end of the page ─────────────────────────────────────────────────
  {
    id: 'tail/comments',
    description: 'A comments widget label: "Leave a comment", "12 comments", "Join the conversation".',
    pattern:
      /^(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment|write\s+a\s+comment|\d+\s+comments?|comments?\s*\(\d+\)|view\s+comments|show\s+comments|join\s+the\s+(?:conversation|discussion)|be\s+the\s+first\s+to\s+comment|comments\s+are\s+closed\.?|reply|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?|what\s+do\s+you\s+think\?)$/i,
    position: 'tail',
    example: 'Be the first to comment',
    counterExample: 'Officials declined to comment on the report.',
  },
  {
    id: 'tail/contact',
    description: 'A contact line: an e-mail address or phone number with a label, or alone (a date in numbers, "2013 - 09 - 26", is not one).',
    pattern:
      /^(?:(?:contact(?:\s+us)?|e-?mail(?:\s+us)?|mail|write\s+to\s+us|tips?|news\s+tips?|send\s+us\s+your\s+tips|tel|telephone|phone|call|whatsapp|fax|press\s+enquiries|for\s+more\s+information)\b[^@\n]{0,40}?[:\-–—]?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?!(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4})\.?$)\+?\d[\d\s().-]{6,}\d)\.?$/i,
    maxWords: 14,
    example: 'Email: newsdesk@example-gazette.com',
    counterExample: 'Investigators traced the messages to an address in Lyon.',
  },
  {
    id: 'tail/copyright',
    description: 'A copyright or rights line: "© 2024 Outlet. All rights reserved."',
    pattern:
      /^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<outlet>[^.|,]{2,60}?)?\s*(?:[.|,]\s*)?(?:all\s+rights\s+reserved\.?)?.{0,80}|.{0,80}\ball\s+rights\s+reserved\.?|this\s+(?:material|article|content)\s+may\s+not\s+be\s+(?:published|reproduced|broadcast).{0,120})$/i,
    maxWords: 40,
    outletGroup: 'outlet',
    example: '© 2023 The Harbour Times. All rights reserved.',
    counterExample: 'The copyright dispute between the two labels went to court in 2019.',
  },
  {
    id: 'tail/tags',
    description: 'A tag or category line: "Tags: elections, Senate".',
    pattern: /^(?:tags?|topics?|filed\s+under|categories|category|keywords|posted\s+in|more\s+about)\s*[:|]\s*.{1,200}$/i,
    maxWords: 40,
    position: 'tail',
    example: 'Tags: Elections, Senate, Budget',
    counterExample: 'Topics discussed at the summit included trade, migration and energy.',
  },
  {
    id: 'tail/credits',
    description: 'Production credits after the story: "Reporting by …; Editing by …".',
    pattern:
      /^\(?(?:[Aa]dditional [Rr]eporting|[Rr]eporting|REPORTING|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Ww]ritten|[Tt]ranslated|[Pp]roduced|[Gg]raphics|[Rr]esearch)\s+[Bb]y\s+\p{Lu}[^.!?]{1,160}\)?\.?$/u,
    maxWords: 35,
    position: 'tail',
    example: '(Reporting by Ana Lima; Editing by Peter Graff)',
    counterExample: 'Writing by hand, the prisoner described his arrest in detail.',
  },
  {
    id: 'tail/agency-sign-off',
    description:
      'A sign-off naming the outlet or agency in place of a sentence: "Northern Wire Service (NWS)", "— AFP".',
    pattern:
      /^(?:(?<outlet>(?:[\p{Lu}][\p{L}'’&.-]*|of|the|for|and|de|al)(?:\s+(?:[\p{Lu}][\p{L}'’&.-]*|of|the|for|and|de|al)){0,8})\s*\([\p{Lu}]{2,8}\)|[–—-]{1,2}\s*(?<agency>[\p{Lu}]{2,8}|Reuters|Associated Press|Agence France-Presse|Bloomberg|Xinhua|Bernama|Anadolu|dpa))$/u,
    maxWords: 10,
    position: 'tail',
    outletGroup: 'outlet',
    example: 'Northern Wire Service (NWS)',
    counterExample: 'The Northern Wire Service (NWS) said it had been told of the arrests on Friday.',
  },
  {
    id: 'tail/agency-code',
    description:
      'An agency or desk code stuck on the end of the last sentence: "(T/R07/R01)", "(ANI)". The code goes; the sentence stays.',
    pattern: /(?<=[.!?”"’)])\s*(?:\((?:[\p{Lu}\p{N}]{1,5}\/){1,4}[\p{Lu}\p{N}]{1,5}\)|\([\p{Lu}]{2,6}(?:\s*\/\s*[\p{Lu}]{2,6})?\)|[–—-]{1,2}\s*[\p{Lu}]{2,6})\s*$/u,
    action: 'trim',
    position: 'any',
    example: 'Talks resume in Vienna on Monday.(K/B12/C04)',
    counterExample: 'The alliance expanded to include Finland (NATO).',
  },

  // ── runs of blocks: one module of rules/ each ───────────────────────────
  headlineBox,
  commentThread,
  tailHeadlineList,
  otherHeadline,
  otherHeadlineList,
  repeatedLine,
  ownTitle,
  loneListHeading,
];
