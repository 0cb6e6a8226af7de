/** Eleventy ships no type declarations; Dateline uses its programmatic API only. */
declare module '@11ty/eleventy' {
  const Eleventy: new (input: string, output: string, options?: Record<string, unknown>) => {
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  };
  export default Eleventy;
}

/** js-yaml 4 ships no type declarations; Dateline reads a config file with `load` and reports its errors' place. */
declare module 'js-yaml' {
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number };
  }
  export function load(text: string, options?: { filename?: string; json?: boolean }): unknown;
}

/** better-sqlite3 12 ships no type declarations; the analysis store (`src/run/store.ts`) uses this much of it. */
declare module 'better-sqlite3' {
  export interface Statement {
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
    run(...params: unknown[]): { changes: number };
    iterate(...params: unknown[]): IterableIterator<unknown>;
    raw(toggle?: boolean): Statement;
    pluck(toggle?: boolean): Statement;
  }
  class Database {
    constructor(file: string, options?: { timeout?: number; fileMustExist?: boolean });
    prepare(sql: string): Statement;
    exec(sql: string): this;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    close(): void;
    readonly inTransaction: boolean;
    readonly open: boolean;
  }
  export default Database;
}
