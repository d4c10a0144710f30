/** Types for `silabea` (Spanish syllables), which ships none: only the part the tests use. */
declare module 'silabea' {
  interface Silabas {
    /** How many syllables the word has. */
    numeroSilaba: number;
    /** The syllables, in order. */
    silabas: { silaba: string }[];
  }
  const silabea: { getSilabas(palabra: string): Silabas };
  export default silabea;
}
