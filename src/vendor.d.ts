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
