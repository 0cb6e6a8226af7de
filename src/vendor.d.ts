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
