/**
 * The words search and the Copy buttons and section links say once a reader acts ("3 results for …",
 * "Link copied"), from content/ui/<lang>.yaml. Every page has search and many have Copy link, but few
 * readers use them, so these words are not in each page: the build writes them to one small file per
 * language (src/pages/ui/[lang].json.ts), the page names it (`data-script-words`, BaseLayout.astro),
 * and the scripts fetch it with their code. A script never imports content, so one bundle serves
 * every language.
 */
import type { SearchStatusWords } from '../features/search/search-results';
import type { SynonymGroup } from '../features/search/synonyms';
import { crisisWays, wayLabel, type CrisisNumbers } from './crisis-ways';
import type { Ui } from './ui';
import { PHASES, type CrisisTier, type Phase } from '../schemas/names';

/** A crisis line as the search shows it: its name, hours and a button for each way to reach it. */
interface SearchCrisisLine {
  name: string;
  hours: string;
  ways: { href: string; label: string }[];
}

/** What search shows above the results when a query holds crisis words (crisis-query.ts). */
export interface SearchCrisisWords {
  /** The editors' crisis phrases (content/crisis-words/<lang>.yaml). */
  phrases: readonly string[];
  heading: string;
  intro: string;
  /** Said to screen readers before the number of results. */
  shown: string;
  /** The link to the Getting help page. */
  more: { href: string; label: string };
  lines: SearchCrisisLine[];
}

/**
 * The lines search shows for crisis words: every line but peer support, which is not a crisis line
 * (its service says so); the Getting help page, one link away, lists it.
 */
export function searchCrisisLines<Line extends { tier: CrisisTier }>(lines: readonly Line[]): Line[] {
  return lines.filter((line) => line.tier !== 'peer-support');
}

/** What the build knows that search needs for its crisis block. */
export interface CrisisInput {
  phrases: readonly string[];
  /** The lines to show, in the order to show them (the settings' crisis lines). */
  lines: readonly (CrisisNumbers & { name: string; hours: string })[];
  /** The Getting help page's address. */
  helpPath: string;
}

/**
 * The stages search offers in its filter: those with guides, and "support" always, as the getting-help
 * page is indexed under it even when no guide is.
 */
export function searchStages(guidePhases: readonly Phase[]): Phase[] {
  return PHASES.filter((phase) => phase === 'support' || guidePhases.includes(phase));
}

/**
 * The search dialog's own words, built by the search code when a reader first opens it
 * (src/features/search/search-dialog.ts), so they are not in every page: the same words the search
 * page's panel shows (SearchPanel.astro).
 */
export interface SearchDialogWords {
  title: string;
  close: string;
  label: string;
  hint: string;
  submit: string;
  stage: string;
  allStages: string;
  /** The stages with pages in the index, with their headings, in order. */
  stages: { value: Phase; heading: string }[];
  nothingFound: string;
  seeAtoZ: string;
  /** "call us on {phone}": the phone goes in as a link. */
  callUs: string;
  phone: { display: string; dial: string };
  allTopics: string;
  feelingUnsafe: string;
  /** The search page and the getting-help page in the reader's language (/es/buscar/ …). */
  searchPath: string;
  helpPath: string;
}

/** What the build knows that the dialog needs besides words. */
interface DialogInput {
  stages: readonly Phase[];
  phone: { display: string; dial: string };
  /** The language's search, getting-help and guides pages. */
  paths: { search: string; getHelp: string; guides: string };
}

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
    /** Everyday words and the site's word each means (content/synonyms/<lang>.yaml), applied to queries. */
    synonyms: readonly SynonymGroup[];
    /** Grammar words that carry no topic (content/synonyms/<lang>.yaml), in lower case: left out of queries. */
    fillers: readonly string[];
    /** The guides page in the reader's language, whose stages a search with no results offers. */
    guidesPath: string;
  };
  sharing: Omit<Ui['sharing'], 'copyLink' | 'copyLinks' | 'copyMessage'>;
  crisis: SearchCrisisWords;
  dialog: SearchDialogWords;
}

/** The crisis block's words and buttons, worded at build so the browser only puts them on the page. */
function searchCrisisWords(ui: Ui, crisis: CrisisInput): SearchCrisisWords {
  return {
    phrases: crisis.phrases,
    heading: ui.searchCrisis.heading,
    intro: ui.searchCrisis.intro,
    shown: ui.searchCrisis.shown,
    more: { href: crisis.helpPath, label: ui.searchCrisis.more },
    lines: crisis.lines.map((line) => ({
      name: line.name,
      hours: line.hours,
      ways: crisisWays(line).map((way) => ({ href: way.href, label: wayLabel(way, ui.help) })),
    })),
  };
}

function searchDialogWords(ui: Ui, dialog: DialogInput): SearchDialogWords {
  const { search } = ui;
  return {
    title: search.title,
    close: search.close,
    label: search.label,
    hint: search.hint,
    submit: search.submit,
    stage: search.stage,
    allStages: search.allStages,
    stages: dialog.stages.map((value) => ({ value, heading: ui.stages[value].heading })),
    nothingFound: search.nothingFound,
    seeAtoZ: search.seeAtoZ,
    callUs: search.callUs.template,
    phone: dialog.phone,
    allTopics: search.allTopics,
    feelingUnsafe: search.feelingUnsafe,
    searchPath: dialog.paths.search,
    helpPath: dialog.paths.getHelp,
  };
}

/**
 * `synonyms` and `fillers` are empty for a language without a synonyms file: search then takes words
 * as typed.
 */
export function scriptWords(
  ui: Ui,
  lang: string,
  crisis: CrisisInput,
  dialog: DialogInput,
  synonyms: readonly SynonymGroup[] = [],
  fillers: readonly string[] = [],
): ScriptWords {
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
      synonyms,
      fillers: fillers.map((word) => word.toLocaleLowerCase(lang)),
      guidesPath: dialog.paths.guides,
    },
    sharing,
    crisis: searchCrisisWords(ui, crisis),
    dialog: searchDialogWords(ui, dialog),
  };
}
