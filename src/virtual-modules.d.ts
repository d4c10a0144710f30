/** Modules that integrations make during the build. */
declare module 'virtual:holding-space/handout-pdfs' {
  /** true when this build writes the handout PDFs, so pages may link to them. */
  export const handoutPdfs: boolean;
}

declare module 'virtual:holding-space/preview-images' {
  /** true when this build draws the preview images, so pages may name them (og:image). */
  export const previewImages: boolean;
}
