/** The Porter2 stemmer shipped inside wink-eng-lite-web-model (CommonJS, untyped). */
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  /** Stem one lowercase English word. */
  const stem: (word: string) => string;
  export default stem;
}
