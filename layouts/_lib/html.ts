/**
 * HTML from templates, escaped by default: every interpolated value is
 * escaped unless it is `Raw` (markup made by Dateline itself or sanitised
 * by rehype-sanitize). Article text is untrusted; this is where it is kept
 * from becoming markup.
 */

/** Markup that is already safe to write as it is. */
export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks safe markup (sanitised body HTML, markup made here). */
export function raw(value: string): Raw {
  return new Raw(value);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Code points HTML and XML forbid in text (controls other than tab, line
 * feed and carriage return; U+FFFE, U+FFFF; lone surrogates): dropped, so
 * stray bytes in a copy-pasted article cannot make a page or a feed invalid.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML (and XML) content and quoted attribute values. */
export function escape(value: unknown): string {
  return String(value).replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = Raw | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Raw) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escape(v);
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`, passes `Raw` through. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Raw(out);
}

/** JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no text can close the element. */
export function jsonForScript(value: unknown): Raw {
  return new Raw(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}

/**
 * A site-absolute URL (`/events/x/`) made relative to the page at `from`
 * (`/articles/y/` → `../../events/x/`; `/topics/a/` → `/topics/a/feed.xml`
 * is `feed.xml`), so the site works under any path prefix and opened from
 * disk. External URLs pass through.
 */
export function relative(from: string, to: string): string {
  if (!to.startsWith('/') || to.startsWith('//')) return to;
  const fromDirs = from.split('/').slice(1, -1); // the folders of the page's address
  const toParts = to.split('/').slice(1); // the target's folders, then its file name ('' for a folder)
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = '../'.repeat(fromDirs.length - common);
  const down = toParts.slice(common).join('/');
  const out = up + down;
  if (out === '') return './';
  // A first segment with a colon would read as a scheme.
  return /^[^/]*:/.test(out) ? `./${out}` : out;
}

/** The only URL schemes a link taken from an article may use. */
export function safeExternalUrl(url: string | null): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}
