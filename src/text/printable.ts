/**
 * Code points that may not appear in HTML or XML text (C0 and C1 controls
 * other than tab, line feed and carriage return; U+FFFE and U+FFFF; lone
 * surrogates). Copy-pasted text brings them in now and then.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the code points HTML and XML forbid. */
export function printable(text: string): string {
  return text.replace(FORBIDDEN, '');
}
