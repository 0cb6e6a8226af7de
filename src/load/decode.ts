/**
 * Bytes to text. A text file is UTF-8 (with or without byte-order mark),
 * UTF-16 with a byte-order mark, or else Windows-1252; a saved web page may
 * also declare its encoding (`<meta charset>`, `http-equiv` content type).
 */

/** The outcome of decoding a file: its text and the encoding it was read as, or binary data. */
export type Decoded = { kind: 'text'; text: string; encoding: string } | { kind: 'binary' };

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;
/** Bytes at the start of a file over which that share is counted: 64 KiB, many times a saved page's head. */
const CONTROL_SAMPLE_BYTES = 64 * 1024;
/**
 * Bytes of a page searched for its encoding declaration: browsers look at the
 * first 1,024, but pages saved by tools often carry a long head before it.
 */
const DECLARATION_SCAN_BYTES = 16 * 1024;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without byte-order mark),
 * UTF-16 with a byte-order mark, else Windows-1252, the usual encoding of
 * older saved pages. Data with NUL bytes or many control characters is binary.
 */
export function decode(bytes: Uint8Array): Decoded {
  return decodeWith(bytes, () => null);
}

/**
 * Decodes a saved web page: a byte-order mark wins; then bytes that are valid
 * UTF-8 are read as UTF-8 whatever the page declares (pages re-saved as UTF-8
 * often keep their old declaration, and legacy text is almost never valid
 * UTF-8 by chance); then the encoding the page declares; then Windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  return decodeWith(bytes, declaredEncoding);
}

/**
 * Decodes bytes in an encoding read before (a name `decode` or `decodeHtml`
 * gave), so that a file vouched for by the stat file reads the same again.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'UTF-16LE') return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (encoding === 'UTF-16BE') return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = hasUtf8Mark(bytes) ? bytes.subarray(3) : bytes;
  if (encoding === 'UTF-8') return new TextDecoder('utf-8').decode(body);
  return decodeLegacy(body, encoding) ?? decodeWindows1252(body);
}

function decodeWith(bytes: Uint8Array, declared: (bytes: Uint8Array) => string | null): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  const body = hasUtf8Mark(bytes) ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) >= 0) return { kind: 'binary' };
  // Binary data shows itself early: the share of control characters is taken over the first bytes.
  const head = body.subarray(0, CONTROL_SAMPLE_BYTES);
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (head.length > 0 && control / head.length > MAX_CONTROL_SHARE) return { kind: 'binary' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    const label = declared(body);
    const text = label === null ? null : decodeLegacy(body, label);
    if (label !== null && text !== null) return { kind: 'text', text, encoding: label };
    return { kind: 'text', text: decodeWindows1252(body), encoding: 'Windows-1252' };
  }
}

function hasUtf8Mark(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Text in a legacy encoding named by its WHATWG label, or null when the label
 * names no encoding Node can read (or UTF-8, which the caller already tried).
 */
function decodeLegacy(bytes: Uint8Array, label: string): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return null;
  // Node reads the label windows-1252 (and latin1, ascii, which the standard maps to it) as Latin-1.
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  return decoder.decode(bytes);
}

/**
 * The encoding a page declares in its head, as the standard's prescan finds
 * it: `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
 * Returns the encoding's standard name (`shift_jis`; `Windows-1252` as the loader names it), or null.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_SCAN_BYTES)).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (!direct) continue;
    // In `http-equiv` content the charset sits inside the content attribute; both forms name it the same way.
    try {
      const name = new TextDecoder(direct[1]!).encoding;
      return name === 'windows-1252' ? 'Windows-1252' : name;
    } catch {
      continue;
    }
  }
  return null;
}

/** Windows-1252 characters at 0x80–0x9F (where Latin-1 has control codes); 0 where the code is unused. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (Node's decoder reads that label as Latin-1): Latin-1, then the 0x80–0x9F codes mapped. */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]! || c.charCodeAt(0)));
}
