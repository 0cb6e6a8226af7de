/** The loader's output: the input files, read and hashed. */

/** One readable input file, as the loader hands it to the parser. */
export interface SourceFile {
  /** Path relative to the content folder, `/` separators. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** How the body is read: markdown with optional front matter, raw copy-paste text, or a saved web page. */
  format: 'markdown' | 'text' | 'html';
  /** Decoded text, line endings normalised to `\n`, byte-order mark removed. */
  text: string;
  /** Hex SHA-256 of the raw bytes: the cache key of everything derived from this file. */
  hash: string;
  /** Size in bytes on disk. */
  bytes: number;
  /** For a saved page, the pictures saved beside it (in its `_files` folder), in path order. */
  images?: PageImage[];
}

/** A picture saved beside a page, which the site copies under a name made of its hash. */
export interface PageImage {
  /** Path from the page's own folder, `/` separators: what the page's `src` names (`Story_files/ferry.jpg`). */
  name: string;
  /** Path in the content folder. */
  file: string;
  /** Hex SHA-256 of its bytes. */
  hash: string;
  /** Its kind, read from its first bytes, as the copy's ending. */
  ext: 'jpg' | 'png' | 'gif' | 'webp' | 'avif';
}

/** The path of a picture's copy in the site, from the site's root: named by its content, so a copy never changes under its name. */
export function mediaPath(image: Pick<PageImage, 'hash' | 'ext'>): string {
  return `media/${image.hash}.${image.ext}`;
}

/** The paths `mediaPath` makes: the only pictures an article's body shows. */
export const MEDIA_PATH = /^media\/[0-9a-f]{64}\.(?:jpg|png|gif|webp|avif)$/;
