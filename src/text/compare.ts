/** String order that is the same on every machine. */

/**
 * Compare two strings by their UTF-16 code units, as `<` does: unlike
 * `localeCompare`, the order depends on no locale, so sorted output is
 * byte-identical everywhere.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
