/**
 * What the bundles loaded on intent hand to the page's inline loader (src/scripts/intent.ts). Each is
 * set when its bundle has run, and the loader calls it only after that bundle's load event, so it is
 * typed as present; if a bundle ran but failed, the call throws and the loader falls back (search goes
 * to the search page).
 */
interface Window {
  /** Builds the open search dialog around its field and brings it to life (src/features/search/search-dialog.ts). */
  holdingSpaceSearch: (dialog: HTMLDialogElement, field: HTMLInputElement) => Promise<void>;
  /** Runs a Copy button or section link that was pressed (src/scripts/sharing.ts). */
  holdingSpaceShare: (control: HTMLElement) => Promise<void>;
}
