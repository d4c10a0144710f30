/**
 * Pages of the built site for browser tests to try things on, chosen from what the content has, so
 * the tests hold for any practice's guides. Read from dist/ when a test runs (after the web server
 * has built the site), never when the spec file loads.
 */
import { htmlFiles, page } from './dist';
import { EDITIONS, pathsOf } from './editions';
import { searchIndex } from './search-index';

/** The root edition's language: what every function here picks from unless told another. */
const ROOT = EDITIONS[0]?.lang ?? '';

export interface ExampleGuide {
  /** The guide's address, such as /guides/your-choice/. */
  address: string;
  /** Its title: the text of its h1. */
  title: string;
  /** The text of its first paragraph. */
  firstParagraph: string;
  /** Its first section with an anchor: the heading's id and words. */
  section: { id: string; heading: string };
}

/** The built guide pages of one language: <guides>/<slug>/index.html, its stage pages left out. */
const guideFiles = (lang: string) => {
  const folder = pathsOf(lang).guides.slice(1);
  return htmlFiles().filter(
    (file) => file.startsWith(folder) && /^[^/]+\/index\.html$/.test(file.slice(folder.length)),
  );
};
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first guide (in address order) of a language with a section heading in its text. */
export function exampleGuide(lang = ROOT): ExampleGuide {
  for (const file of guideFiles(lang)) {
    const $ = page(file);
    const heading = $('.prose-page h2[id]').first();
    const paragraph = $('.prose-page > p').first();
    if (heading.length === 0 || paragraph.length === 0) continue;
    return {
      address: `/${file.replace(/index\.html$/, '')}`,
      title: words($('h1').first().text()),
      firstParagraph: words(paragraph.text()),
      section: { id: heading.attr('id') ?? '', heading: words(heading.text()) },
    };
  }
  throw new Error('No built guide has a section heading: build the site first (npm run build).');
}

/** The address of a language's first guide that shows `selector`, such as a glossary link or a timeline. */
export function guideWith(selector: string, lang = ROOT): string | undefined {
  const file = guideFiles(lang).find((candidate) => page(candidate)(selector).length > 0);
  return file === undefined ? undefined : `/${file.replace(/index\.html$/, '')}`;
}

/**
 * A long word that only one guide has (in its indexed text or its search aliases, as the index holds them), with
 * that page's address: a search for it finds that page alone. Words are compared by their first
 * seven letters, so another page's "hospitals" rules out "hospital" (Pagefind joins word forms).
 */
export function wordOnlyIn(lang = ROOT): { address: string; word: string } {
  const indexed = [...searchIndex().values()].map((entry) => {
    const text = `${entry.content} ${entry.meta['aliases'] ?? ''}`.toLowerCase();
    return { address: entry.url, words: new Set(text.match(/[a-z]{9,}/g) ?? []) };
  });
  const stems = (words: ReadonlySet<string>) => new Set([...words].map((word) => word.slice(0, 7)));
  const guides = pathsOf(lang).guides;
  for (const { address, words: own } of indexed.filter((entry) => entry.address.startsWith(guides))) {
    const elsewhere = new Set(
      indexed.filter((other) => other.address !== address).flatMap((other) => [...stems(other.words)]),
    );
    const word = [...own].sort().find((candidate) => !elsewhere.has(candidate.slice(0, 7)));
    if (word) return { address, word };
  }
  throw new Error('No searchable page has a word of its own: build the site first (npm run build).');
}

/** A guide's row among the clinicians' guide links: its heading's link, its Copy button, its folded sections. */
export const CLINICIAN_GUIDE_ROW = 'main li:has(> :is(h2, h4) > a)';

/**
 * The page with the clinicians' guide links: /for-clinicians/ while they all fit on it, otherwise the
 * first stage's own page, which it links to (src/data/listings.ts).
 */
export function clinicianGuidesPage(lang = ROOT): string {
  const clinicians = pathsOf(lang).clinicians;
  const $ = page(`${clinicians.slice(1)}index.html`);
  if ($(CLINICIAN_GUIDE_ROW).length > 0) return clinicians;
  const stage = $(`section:has(> #guides) a[href^="${clinicians}"]`).first().attr('href');
  if (stage === undefined) throw new Error(`${clinicians} neither lists guides nor links to a stage page of them.`);
  return stage;
}
