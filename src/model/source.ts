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
}
