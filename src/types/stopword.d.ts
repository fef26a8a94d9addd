/** The Danish list of the `stopword` package (stopwords-iso's `stopwords-da`, MIT), imported alone so the bundle carries only it. */
declare module 'stopword/src/stopwords_dan.js' {
  export const dan: string[];
}
