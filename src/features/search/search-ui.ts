/**
 * Brings a search panel (SearchPanel.astro) to life with Pagefind's JS API. A small UI of our own
 * instead of Pagefind's stock UI: it is a fraction of the bytes, it is built from the site's own
 * markup and theme, it announces results in one polite status line, and it renders excerpts as text
 * nodes (no innerHTML), which keeps it simple under a strict Content-Security-Policy.
 *
 * State lives on the panel as data attributes, for styling and for tests:
 * `data-state` is idle, loading, done or error; `data-query` is the query the shown results are for.
 * Nothing is stored: the words a person types never leave the page (Pagefind searches in the browser).
 */
import {
  SEARCH_DEBOUNCE_MS,
  SEARCH_EXCERPT_WORDS,
  SEARCH_RANKING,
  SECTION_EXCERPT_WORDS,
  SUB_RESULTS_PER_PAGE,
  SUMMARY_WORDS,
} from './search-config';
import {
  capQuery,
  normaliseQuery,
  statusMessage,
  type ExcerptPart,
  type Pagefind,
  type PagefindFragment,
} from './search-results';
import { resultView, type ResultOptions } from './excerpts';
import { findWithSynonyms } from './synonyms';
import { directMatch, type ShownResult, type ShownSearch } from './direct-match';
import { BASE, PAGEFIND_PATH } from '../../lib/addresses';
import { loadScriptWords } from '../../scripts/script-words';
import type { SearchCrisisWords } from '../../lib/script-words';
import { crisisPhrasesIn, hasCrisisWords, withCrisisPage } from './crisis-query';

/** Most pages shown for one search; the site has about a dozen, so this is nearly all of them. */
const MAX_RESULTS = 8;

class SearchNeedsBuild extends Error {}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page, with the site's ranking. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // `astro dev` serves no index: Pagefind only exists after `astro build`.
    if (import.meta.env.DEV) throw new SearchNeedsBuild();
    // A variable keeps the bundler from resolving a file that only exists in the build output.
    const address = PAGEFIND_PATH;
    const module = (await import(/* @vite-ignore */ address)) as Pagefind;
    // The index holds site paths (/guides/…); baseUrl puts results under the path the site is served at.
    // Without its worker, Pagefind's requests are the page's own, so they find the files the page's
    // loader started fetching when the reader reached for search (src/scripts/intent.ts): its entry
    // file under the cache tag the loader used, the page's start time. A dozen guides search in a
    // few milliseconds on the main thread; the worker would cost a file and a round trip more.
    await module.options({
      ranking: SEARCH_RANKING,
      excerptLength: SEARCH_EXCERPT_WORDS,
      baseUrl: BASE,
      noWorker: true,
      metaCacheTag: String(performance.timeOrigin),
    });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** Starts loading Pagefind and the words search says, so the first search only waits for what it must. */
export function warmSearch(): void {
  loadPagefind().catch(() => undefined); // Errors are reported when a search runs.
  loadScriptWords().catch(() => undefined);
}

interface SearchController {
  input: HTMLInputElement;
  /** Starts loading Pagefind, so the first search is quick. */
  warm: () => void;
  /** Runs a search now, for the words in the box. */
  run: () => Promise<void>;
  /** Runs a search once typing pauses. */
  schedule: () => void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** Excerpt text as text nodes, with `<mark>` around matched words: no HTML is ever parsed. */
function excerptNode(parts: readonly ExcerptPart[], className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of parts) {
    if (part.marked) {
      const mark = element('mark', 'search-mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else paragraph.append(part.text);
  }
  return paragraph;
}

/** A stage's heading, as the panel's list of stages names it (the page's words); undefined for none. */
function stageHeading(select: HTMLSelectElement, phase: string | undefined): string | undefined {
  return phase ? [...select.options].find((option) => option.value === phase)?.text : undefined;
}

function resultItem(
  fragment: PagefindFragment,
  stageOf: (phase?: string) => string | undefined,
  options: ResultOptions,
): HTMLLIElement {
  const view = resultView(fragment, options);
  const item = element('li', 'search-result');
  item.dataset['searchResult'] = fragment.url;
  const heading = stageOf(fragment.filters['phase']?.[0]);
  if (heading) {
    const stage = element('p', 'search-stage');
    stage.textContent = heading;
    item.append(stage);
  }
  const link = element('a', 'search-result-link');
  link.href = view.url;
  link.textContent = view.title;
  item.append(link);
  // The summary says what the page is about; an excerpt from its opening only when no section is shown.
  for (const [parts, className] of [
    [view.summary, 'search-summary'],
    [view.excerpt, 'search-excerpt'],
  ] as const) {
    if (parts.length > 0) item.append(excerptNode(parts, className));
  }
  if (view.sections.length > 0) {
    const list = element('ul', 'search-sections');
    for (const section of view.sections) {
      const sectionItem = element('li');
      sectionItem.dataset['searchSection'] = section.url;
      const sectionLink = element('a', 'search-section-link');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      sectionItem.append(sectionLink);
      if (section.excerpt.length > 0) sectionItem.append(excerptNode(section.excerpt, 'search-excerpt'));
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}

/**
 * The crisis lines' buttons, above any results, when the query holds crisis words (crisis-query.ts):
 * the words and addresses come worded from the build (/ui/<lang>.json). Never in place of results.
 */
function crisisBlock(words: SearchCrisisWords, level: 'h2' | 'h3'): HTMLElement {
  const block = element('section', 'search-crisis');
  block.dataset['searchCrisis'] = '';
  const heading = element(level, 'search-crisis-heading');
  heading.textContent = words.heading;
  const intro = element('p');
  intro.textContent = words.intro;
  const list = element('ul', 'search-crisis-lines');
  for (const line of words.lines) {
    const item = element('li');
    const name = element('p', 'search-crisis-name');
    name.textContent = line.name;
    const ways = element('p', 'search-crisis-ways');
    for (const way of line.ways) {
      const button = element('a', 'crisis-button');
      button.href = way.href;
      button.textContent = way.label;
      ways.append(button);
    }
    const hours = element('p', 'search-crisis-hours');
    hours.textContent = line.hours;
    item.append(name, ways, hours);
    list.append(item);
  }
  const more = element('a');
  more.href = words.more.href;
  more.textContent = words.more.label;
  const moreLine = element('p');
  moreLine.append(more);
  block.append(heading, intro, list, moreLine);
  return block;
}

/*
 * No dead ends: when nothing is found, the empty state offers the stages of treatment (each a
 * section of the guides page) above the A to Z list and the clinic's phone, which are in its markup.
 * Built here, from the stage list's own options, so the words are not in every page's HTML.
 */
function addStageIndex(empty: HTMLElement, select: HTMLSelectElement, byStage: string, guidesPath: string): void {
  const list = empty.querySelector('ul');
  if (!list || list.querySelector('[data-search-stages]')) return;
  const item = element('li');
  item.dataset['searchStages'] = '';
  item.append(byStage);
  const stages = element('ul', 'search-stages');
  for (const option of select.options) {
    if (!option.value) continue; // "All stages"
    const link = element('a');
    link.href = `${guidesPath}#${option.value}`;
    link.textContent = option.text;
    const stage = element('li');
    stage.append(link);
    stages.append(stage);
  }
  item.append(stages);
  list.prepend(item);
}

/** The page results on screen, as their links say: what Enter may open (direct-match.ts). */
function shownResults(resultsBox: HTMLElement): ShownResult[] {
  return [...resultsBox.querySelectorAll<HTMLAnchorElement>('.search-result-link')].map((link) => ({
    title: link.textContent,
    url: link.href,
  }));
}

/** Wires one panel. `syncAddress` keeps ?q= and &phase= in the address bar (the search page). */
function attachSearch(panel: HTMLElement, options: { syncAddress: boolean }): SearchController {
  const form = panel.querySelector('form');
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]');
  const phaseSelect = panel.querySelector<HTMLSelectElement>('select[name="phase"]');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const resultsBox = panel.querySelector<HTMLElement>('[data-search-results]');
  const empty = panel.querySelector<HTMLElement>('[data-search-empty]');
  if (!form || !input || !phaseSelect || !status || !resultsBox || !empty) {
    throw new Error('search: the panel is missing its form, field, stage filter, status, results or empty state');
  }
  const stageOf = (phase?: string) => stageHeading(phaseSelect, phase);
  // Under the dialog's h2 title, or the search page's h1.
  const crisisLevel = panel.closest('dialog') ? 'h3' : 'h2';
  let latest = 0;
  /** The results on screen and the words they are for, once a search is done. */
  let shown: ShownSearch | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One search at a time: Pagefind answers overlapping searches out of order, and a search that is
  // already stale when its turn comes is skipped.
  let queue: Promise<void> = Promise.resolve();

  const show = (state: 'idle' | 'loading' | 'done' | 'error', message: string, query = '') => {
    panel.dataset['state'] = state;
    panel.dataset['query'] = query;
    resultsBox.setAttribute('aria-busy', String(state === 'loading'));
    if (status.textContent !== message) status.textContent = message;
  };

  const syncAddress = (query: string, phase: string) => {
    if (!options.syncAddress) return;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (phase) url.searchParams.set('phase', phase);
    else url.searchParams.delete('phase');
    window.history.replaceState(null, '', url);
  };

  const search = async (ticket: number) => {
    if (ticket !== latest) return;
    shown = undefined;
    const query = normaliseQuery(input.value);
    const phase = phaseSelect.value;
    syncAddress(query, phase);
    if (!query) {
      resultsBox.replaceChildren();
      empty.hidden = true;
      show('idle', '');
      return;
    }
    panel.dataset['state'] = 'loading';
    resultsBox.setAttribute('aria-busy', 'true');
    try {
      const [engine, words] = await Promise.all([loadPagefind(), loadScriptWords()]);
      const found = await findWithSynonyms(engine, query, phase, words.search.synonyms, words.search.fillers);
      const phrase = crisisPhrasesIn(query, words.crisis.phrases)[0];
      if (phrase)
        found.results = await withCrisisPage(found.results, phrase, (text) =>
          findWithSynonyms(engine, text, phase, words.search.synonyms, words.search.fillers),
        );
      const fragments = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return; // A newer search has started; its results win.
      const list = element('ol', 'search-results');
      const options: ResultOptions = {
        sections: SUB_RESULTS_PER_PAGE,
        maxWords: SECTION_EXCERPT_WORDS,
        summaryWords: SUMMARY_WORDS,
        shortened: words.search.shortened,
        abbreviations: new Set(words.search.abbreviations.map((word) => word.toLowerCase())),
      };
      list.append(...fragments.map((fragment) => resultItem(fragment, stageOf, options)));
      const crisis = phrase ? crisisBlock(words.crisis, crisisLevel) : undefined;
      // A reader on a result that is now replaced goes back to the field, not out of the dialog.
      const focused = resultsBox.contains(document.activeElement);
      resultsBox.replaceChildren(...(crisis ? [crisis] : []), ...(fragments.length > 0 ? [list] : []));
      if (focused) input.focus();
      empty.hidden = fragments.length > 0;
      if (fragments.length === 0) addStageIndex(empty, phaseSelect, words.search.byStage, words.search.guidesPath);
      shown = { query, phase, results: shownResults(resultsBox) };
      const stage = stageOf(phase);
      const status = { query, count: found.results.length, stage, loose: found.loose };
      const message = statusMessage(words.search, words.lang, status);
      show('done', crisis ? `${words.crisis.shown} ${message}` : message, query);
    } catch (error) {
      if (ticket !== latest) return;
      empty.hidden = false;
      // Without its words (offline, say) the line stays empty; the way out below it is in the page.
      const words = await loadScriptWords().catch(() => undefined);
      // Crisis lines still come first when only Pagefind failed.
      const crisis =
        words && hasCrisisWords(query, words.crisis.phrases) ? crisisBlock(words.crisis, crisisLevel) : undefined;
      resultsBox.replaceChildren(...(crisis ? [crisis] : []));
      if (words) addStageIndex(empty, phaseSelect, words.search.byStage, words.search.guidesPath);
      const message = error instanceof SearchNeedsBuild ? words?.search.needsBuild : words?.search.failed;
      show('error', message ?? '', query);
    }
  };

  const run = () => {
    const ticket = ++latest;
    queue = queue.then(() => search(ticket));
    return queue;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
  };

  input.addEventListener('input', schedule);
  phaseSelect.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    // Enter again on results already shown for these words: open the one good match, if there is one.
    const url = directMatch(shown, input.value, phaseSelect.value);
    if (url === undefined) void run();
    else window.location.assign(url);
  });

  // Arrow keys move between the search field and the result links; Tab works as everywhere else.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...resultsBox.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (at === -1 || stops.length < 2) return;
    const next = stops[event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)];
    event.preventDefault();
    next?.focus();
  });

  return {
    input,
    warm: warmSearch,
    run,
    schedule,
  };
}

/* The search dialog: opened by the page's intent loader (intent.ts), which also returns focus when it closes. */

let dialogSearch: SearchController | undefined;

/** Wires the dialog once: backdrop click, Tab kept inside, and the search itself. */
export function enhanceDialog(dialog: HTMLDialogElement): void {
  if (!dialogSearch) {
    const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
    if (!panel) throw new Error('search: the dialog has no search panel');
    dialogSearch = attachSearch(panel, { syncAddress: false });
    // A click on the dimmed backdrop (the dialog element itself, outside its content box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) dialog.close();
    });
    // A modal dialog makes the page inert, but Tab can still leave for the browser's own controls:
    // keep it cycling from the last control to the first, and back.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const focusable = [
        ...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select'),
      ].filter((element) => element.getClientRects().length > 0);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
  }
  dialogSearch.warm();
  // Words typed while this file loaded are already in the box: search for them now (Pagefind, on
  // its way, is what the search waits for).
  if (dialogSearch.input.value) void dialogSearch.run();
}

/*
 * The search page with JavaScript: shows its search form (hidden without JavaScript, where it could
 * not work), fills it from the address (?q=…&phase=…, so a clinician can send a search as a link),
 * runs that search, and keeps the address up to date as the person types.
 */
export function enhanceSearchPage(page: HTMLElement): void {
  const panel = page.querySelector<HTMLElement>('[data-search-panel]');
  if (!panel) throw new Error('search: the search page has no search panel');
  const search = attachSearch(panel, { syncAddress: true });
  const params = new URL(window.location.href).searchParams;
  const phase = panel.querySelector<HTMLSelectElement>('select[name="phase"]');
  const askedPhase = params.get('phase') ?? '';
  if (phase && [...phase.options].some((option) => option.value === askedPhase)) phase.value = askedPhase;
  // A link may carry a whole pasted page; the box, the address and the status line get a query's worth.
  search.input.value = capQuery(params.get('q') ?? '');
  page.querySelector('[data-search-js]')?.removeAttribute('hidden');
  page.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  if (search.input.value) void search.run();
  else search.input.addEventListener('focus', search.warm, { once: true });
}
