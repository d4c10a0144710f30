/**
 * The words search and the Copy buttons and section links say once a reader acts ("3 results for …",
 * "Link copied"), from content/ui/<lang>.yaml. Every page has search and many have Copy link, but few
 * readers use them, so these words are not in each page: the build writes them to one small file per
 * language (src/pages/ui/[lang].json.ts), the page names it (`data-script-words`, BaseLayout.astro),
 * and the scripts fetch it with their code. A script never imports content, so one bundle serves
 * every language.
 */
import type { SearchStatusWords } from '../features/search/search-results';
import type { Ui } from './ui';

export interface ScriptWords {
  /** The language, for plural forms and numbers. */
  lang: string;
  search: SearchStatusWords & {
    needsBuild: string;
    failed: string;
    /** Before the list of stages offered when nothing is found. */
    byStage: string;
    /** How a shortened summary is written: `{text}…`. */
    shortened: string;
    /** Short forms that end in a full stop but never end a sentence ("Dr."), for the result excerpts. */
    abbreviations: readonly string[];
  };
  sharing: Omit<Ui['sharing'], 'copyLink' | 'copyLinks' | 'copyMessage'>;
}

export function scriptWords(ui: Ui, lang: string): ScriptWords {
  const { search } = ui;
  // The buttons' own names are in the page already.
  const { copyLink: _link, copyLinks: _links, copyMessage: _message, ...sharing } = ui.sharing;
  return {
    lang,
    search: {
      results: search.results.forms,
      resultsInStage: search.resultsInStage.forms,
      noResults: search.noResults.template,
      noResultsInStage: search.noResultsInStage.template,
      someWords: search.someWords.forms,
      someWordsInStage: search.someWordsInStage.forms,
      needsBuild: search.needsBuild,
      failed: search.failed,
      byStage: search.byStage,
      shortened: search.shortened.template,
      abbreviations: search.abbreviations,
    },
    sharing,
  };
}
