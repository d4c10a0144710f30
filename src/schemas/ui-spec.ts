/**
 * Every interface word of the site, by key: what content/ui/<lang>.yaml must hold, and the
 * placeholders the code fills in each text. The schema (src/lib/ui.ts) is made from this, so a key
 * the code uses is always a key the file must have, and a text cannot drop or misspell a placeholder.
 *
 *   text()                a line of words
 *   text('clinic')        words with {clinic} in them
 *   plural('query')       one text per plural form of the language (one, other …), chosen by {count}
 *   pluralOf('fields')    the same, where the number itself need not be written ("… were changed")
 *   list                  a list of words or phrases
 */
import { SESSION_WAY_NAMES, type SessionWayName } from '../lib/session-ways';

export interface TextSpec<V extends string> {
  kind: 'text';
  vars: readonly V[];
}
export interface PluralSpec<V extends string> {
  kind: 'plural';
  vars: readonly V[];
  /** Whether the "other" form must write {count}; the other forms may always leave it out. */
  countShown: boolean;
}
export interface ListSpec {
  kind: 'list';
}
export type LeafSpec = TextSpec<string> | PluralSpec<string> | ListSpec;
export interface GroupSpec {
  readonly [key: string]: LeafSpec | GroupSpec;
}

// Overloads, so text() with no placeholders is typed as taking none (plain words, not a function).
function text(): TextSpec<never>;
function text<V extends string>(...vars: [V, ...V[]]): TextSpec<V>;
function text(...vars: string[]): TextSpec<string> {
  return { kind: 'text', vars };
}
function plural(): PluralSpec<never>;
function plural<V extends string>(...vars: [V, ...V[]]): PluralSpec<V>;
function plural(...vars: string[]): PluralSpec<string> {
  return { kind: 'plural', vars, countShown: true };
}
const pluralOf = <V extends string>(...vars: [V, ...V[]]): PluralSpec<V> => ({
  kind: 'plural',
  vars,
  countShown: false,
});
const list: ListSpec = { kind: 'list' };

/** A stage's name in the navigation and its heading on the guides page, in search and on guides. */
const stage = { label: text(), heading: text() };
/** The words the checklist and the plan use about what a reader enters. */
const toolWords = { things: text(), verb: text(), print: text(), save: text() };
/** A heading for each way a session can go (src/lib/session-ways.ts keeps their fixed anchors). */
const sessionWays = Object.fromEntries(SESSION_WAY_NAMES.map((name) => [name, text()])) as Record<
  SessionWayName,
  TextSpec<never>
>;

export const UI_SPEC = {
  /** The language itself: its own name in the switch on every page of the other editions. */
  language: {
    name: text(),
    switchLabel: text(),
    notTranslated: text(),
  },
  /**
   * The words of this language's page addresses (/es/guias/ …): lowercase words joined by hyphens,
   * checked by src/lib/editions.ts. The clinic's own language keeps today's published addresses.
   */
  addresses: {
    guides: text(),
    stages: text(),
    handouts: text(),
    checklist: text(),
    plan: text(),
    getHelp: text(),
    search: text(),
    topics: text(),
    clinicians: text(),
  },
  page: {
    skipLink: text(),
    title: text('title', 'site'),
    previewAlt: text('title', 'site'),
    sectionLink: text(),
    inlineList: text('list', 'item'),
  },
  header: {
    navLabel: text(),
    menu: text(),
    allGuides: text(),
    search: text(),
    getHelp: text(),
    checklist: text(),
    checklistAbout: text(),
    plan: text(),
    planAbout: text(),
  },
  stages: { about: stage, before: stage, during: stage, after: stage, support: stage },
  help: {
    heading: text(),
    intro: text(),
    more: text(),
    emergency: text(),
    talkNow: text(),
    peerSupport: text(),
    peerSupportShort: text(),
    call: text('number'),
    text: text('number'),
    textMessage: text('message', 'number'),
    callOrText: text('number'),
    website: text('address'),
    printTier: text('tier'),
    printLine: text('name', 'howToReach', 'hours'),
  },
  searchCrisis: { heading: text(), intro: text(), shown: text(), more: text() },
  footer: {
    contactHeading: text('clinic'),
    aboutHeading: text(),
    about: text(),
    howMade: text(),
    handouts: text(),
    clinicians: text(),
    printContact: text('clinic', 'phone'),
    printCrisis: text('name', 'ways'),
    printJoin: text('list', 'item'),
  },
  contact: {
    phone: text(),
    email: text(),
    openingHours: text('days', 'hours'),
    openingHoursShort: text('days', 'hours'),
    printHeading: text(),
    printClinic: text('clinic'),
    printDetails: text('phone', 'email', 'openingHours', 'afterHours'),
  },
  sampleNotice: { label: text(), title: text(), madeUp: text('clinic'), notReviewed: text(), reviewLater: text() },
  callout: { note: text(), important: text(), crisis: text() },
  guide: {
    readingTime: plural(),
    contents: text(),
    sources: text(),
    source: text('title', 'publisher'),
    pagesLabel: text(),
    previous: text(),
    next: text(),
    glossaryLink: text('term'),
  },
  review: {
    lastReviewed: text(),
    nextReviewDue: text(),
    reviewedBy: text(),
    sampleStatus: text(),
    notYetReviewed: text(),
    toBeReviewedBy: text(),
  },
  // A translated page (src/components/TranslationNotice.astro): who checked the translation, and a
  // note while the English page has changed since it was translated. The sample clinic's forms say
  // the check is still to come, as its review dates do.
  translation: {
    machineAssisted: text('reviewer'),
    reviewed: text('reviewer'),
    machineAssistedToReview: text('reviewer'),
    toReview: text('reviewer'),
    staleLabel: text(),
    stale: text('date'),
    readEnglish: text(),
  },
  sharing: {
    copyLink: text(),
    copyLinks: text(),
    copyMessage: text(),
    copied: text(),
    linkCopied: text(),
    linksCopied: text(),
    messageCopied: text(),
    linkSelected: text(),
    messageSelected: text(),
    linkToCopy: text(),
    messageToCopy: text(),
  },
  search: {
    title: text(),
    description: text(),
    close: text(),
    label: text(),
    hint: text(),
    submit: text(),
    stage: text(),
    allStages: text(),
    nothingFound: text(),
    seeAtoZ: text(),
    byStage: text(),
    callUs: text('phone'),
    allTopics: text(),
    feelingUnsafe: text(),
    needsJavaScript: text(),
    letters: text(),
    letterTitle: text('letter'),
    letterDescription: text('letter'),
    lettersTitle: text('first', 'last'),
    lettersDescription: text('first', 'last'),
    inGuide: text('guide'),
    results: plural('query'),
    resultsInStage: plural('query', 'stage'),
    noResults: text('query'),
    noResultsInStage: text('query', 'stage'),
    someWords: plural('query'),
    someWordsInStage: plural('query', 'stage'),
    needsBuild: text(),
    failed: text(),
    shortened: text('text'),
    abbreviations: list,
  },
  tools: {
    checklist: toolWords,
    plan: toolWords,
    staysHere: text('verb'),
    noJavaScript: text('things', 'verb'),
    saved: text('things'),
    notSaving: text('things'),
    clear: text(),
    clearTitle: text('things'),
    clearText: text('things'),
    keep: text(),
    confirmClear: text(),
    cleared: text('things'),
    clearedElsewhere: text('things'),
    changedElsewhere: pluralOf('fields'),
    changedHere: text(),
    quoted: text('text'),
    charactersLeft: plural(),
    charactersOver: plural(),
    pasteNone: plural(),
    pasteSome: plural(),
    boxHolds: plural(),
  },
  checklist: {
    title: text(),
    description: text(),
    intro: text('clinic'),
    alsoPlan: text('plan'),
    planLink: text(),
    overall: text(),
    progress: text('done', 'total'),
    readMore: text('guide'),
  },
  plan: {
    planSaved: text(),
    planNotSaved: text(),
  },
  handout: {
    allHandouts: text(),
    print: text(),
    download: text(),
    pdfOf: text('title'),
    phone: text(),
    phonesAnswered: text('hours'),
    scan: text(),
    qrLabel: text('address'),
    readMore: text('guide'),
    about: text(),
    version: text('version'),
    lastReviewed: text(),
    nextReviewDue: text(),
    sources: text('publishers'),
    sample: text('clinic'),
    letter: text(),
    a4: text(),
  },
  handouts: {
    title: text(),
    description: text(),
    intro: text(),
    pdf: text(),
    clinicians: text('link'),
    cliniciansLink: text(),
  },
  sessionWays,
  guides: {
    title: text(),
    description: text(),
    intro: text(),
    allInStage: plural(),
    stageTitle: text('stage'),
    stageDescription: text('stage'),
  },
  /** Lists too long for one page, split over numbered pages (src/lib/listing.ts). */
  listing: { pages: text(), partTitle: text('title', 'part', 'parts') },
  notFound: {
    title: text(),
    description: text(),
    checkAddress: text(),
    goTo: text('guides', 'home'),
    guides: text(),
    home: text(),
  },
  redirect: { title: text(), nowHere: text('link') },
  getHelp: {
    title: text(),
    description: text('clinic'),
    intro: text(),
    now: text(),
    clinicHeading: text(),
    clinicText: text(),
    searchWords: list,
  },
  clinicians: {
    title: text(),
    description: text(),
    intro: text(),
    anchors: text('sign'),
    contents: text(),
    messages: text(),
    messagesIntro: text(),
    handouts: text(),
    handoutsIntro: text(),
    allHandouts: text(),
    pdf: text('paper'),
    pdfOf: text('title'),
    noPdfs: text(),
    guides: text(),
    guidesIntro: text(),
    sections: plural(),
    stageTitle: text('stage'),
    stageDescription: text('stage'),
    stageLinks: plural(),
    /** Beside each message and handout, its version in another language: {language} is that language's own name. */
    sendIn: text('language'),
    copyIn: text('language'),
  },
} as const satisfies GroupSpec;
