/** The compiled up-to-date check of `dateline build` (see compiled.js). */
export function compiledCheck(): Promise<{ upToDateCommand(argv: string[]): Promise<number | null> } | null>;
