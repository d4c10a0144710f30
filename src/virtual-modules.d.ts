/** Modules that integrations make during the build. */
declare module 'virtual:holding-space/handout-pdfs' {
  /** true when this build writes the handout PDFs, so pages may link to them. */
  export const handoutPdfs: boolean;
}
