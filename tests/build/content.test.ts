/**
 * The guides of every language, as a reader gets them: every guide in content/guides (and
 * content/guides/<lang>/) is built and reachable by following links from its language's home page;
 * every glossary and FAQ link lands on a real anchor; clinic settings show as the settings of the
 * guide's language say; no page gives a dose. Holds for any valid content: expectations come from
 * the guide collection, the settings and the words of each language. The sample clinic's own words
 * (the seed's points) are checked in tests/build/sample.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addressOf, fileFor, guideFile, htmlFiles, page } from '../support/dist';
import { bodyBlocks, guideWords } from '../support/body-text';
import { CONTENT } from '../support/paths';
import { SESSION_WAY_ANCHORS, SESSION_WAY_NAMES } from '../../src/lib/session-ways';
import { PRACTICAL_DETAIL_NAMES } from '../../src/lib/practical';
import { clinicList, clinicValue, outOfHoursCall } from '../../src/lib/clinic-values';
import { CLINIC_LIST_NAMES, CLINIC_VALUE_NAMES } from '../../src/schemas/names';
import { readSettingWords } from '../support/words';
import { templatePattern } from '../support/ui';
import { escapeRegExp } from '../support/regexp';
import { FAQ_GUIDE_ID, GLOSSARY_GUIDE_ID } from '../../src/lib/constants';
import { editionEntries, guideFileFor } from '../support/edition-entries';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { pageFileName } from '../support/page-files';

/** Every published guide of a language: what the build must make. */
const guidesOf = (lang: string) => editionEntries<{ title: string }>('guides', lang);
const ROOT = EDITIONS[0]?.lang ?? '';
/** The clinic's own language's guides, by id: the checks whose patterns are English words. */
const ROOT_GUIDES = guidesOf(ROOT).map((guide) => guide.slug);

describe.each(EDITIONS)('every guide in $lang', ({ lang, home, root }) => {
  const guides = guidesOf(lang);
  const paths = pathsOf(lang);

  it.each(guides.map((guide) => guide.file))('%s is built', (file) => {
    expect(htmlFiles()).toContain(file);
  });

  it('is reachable by following links from its language’s home page', () => {
    const start = fileFor(home);
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const $ = page(queue.shift() ?? start);
      $('a[href^="/"]').each((_, link) => {
        const file = fileFor($(link).attr('href') ?? '/');
        if (file.endsWith('.html') && !seen.has(file) && htmlFiles().includes(file)) {
          seen.add(file);
          queue.push(file);
        }
      });
    }
    expect(guides.map((guide) => guide.file).filter((file) => !seen.has(file))).toEqual([]);
  });

  // Guides carry no list of every guide (that made each page, and the whole site, grow with the
  // number of guides): the header of every guide links to its language's guides page, which lists them all.
  it.each(guides)('$slug is on its guides page, one step from the header of every other guide', ({ slug }) => {
    expect(page(fileFor(paths.guides))(`main a[href="${paths.guide(slug)}"]`).length).toBeGreaterThan(0);
    for (const other of guides) {
      expect(page(other.file)(`header nav a[href="${paths.guides}"]`)).toHaveLength(1);
    }
  });

  describe('text around components reads as one sentence', () => {
    it.each(guides)('$slug has no space before punctuation and no words glued together', ({ file }) => {
      // Block by block: list items and paragraphs are separate even where the HTML has no space between them.
      const text = bodyBlocks(page(file)).join('\n');
      expect(text.match(/.{0,30}\s[,.;:!?].{0,10}/g) ?? []).toEqual([]);
      expect(text.match(/.{0,30}\(\s.{0,10}/g) ?? []).toEqual([]);
      // A link or setting that swallowed its space shows as a lower-case letter straight before a
      // capital (accented letters included).
      expect(text.match(/.{0,20}\p{Ll}\p{Lu}\p{Ll}.{0,20}/gu) ?? []).toEqual([]);
    });
  });

  describe('ways a session can go', () => {
    // <SessionWay> gives each way a fixed anchor and its heading from the interface words of the
    // guide's language, wherever a guide uses it.
    const { sessionWays } = uiOf(lang);
    const ways = SESSION_WAY_NAMES.map((name) => ({ anchor: SESSION_WAY_ANCHORS[name], title: sessionWays[name] }));
    it.each(guides)('$slug: every way it shows has its own heading, listed in the contents', ({ file }) => {
      const $ = page(file);
      for (const way of ways.filter((candidate) => $(`h2#${candidate.anchor}`).length > 0)) {
        const heading = $(`h2#${way.anchor}`);
        expect(heading, way.anchor).toHaveLength(1);
        expect(heading.text().trim()).toBe(way.title);
        expect($(`nav[aria-labelledby="toc-heading"] a[href="#${way.anchor}"]`), way.anchor).toHaveLength(1);
      }
    });
  });

  describe('glossary links', () => {
    // The language's glossary page (the clinic's language's while it has none of its own), and its terms.
    const glossaryFile = guideFileFor(GLOSSARY_GUIDE_ID, lang) ?? '';
    const glossary = page(glossaryFile);
    const glossaryAddress = addressOf(glossaryFile);
    const termsFile = root ? 'glossary.yaml' : `glossary.${lang}.yaml`;
    const terms = load(readFileSync(path.join(CONTENT, termsFile), 'utf8')) as { id: string; term: string }[];

    it(`the glossary defines every term in content/${termsFile}, each at its own anchor`, () => {
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) {
        const entry = glossary(`dt#${term.id}`);
        expect(entry, term.id).toHaveLength(1);
        expect(entry.next('dd').text().trim().length).toBeGreaterThan(20);
      }
    });

    it.each(guides)('every <Term> on $slug points to a definition that exists', ({ file }) => {
      const $ = page(file);
      $('a.term').each((_, link) => {
        const href = $(link).attr('href') ?? '';
        expect(href.startsWith(`${glossaryAddress}#`), href).toBe(true);
        expect(glossary(`dt#${href.split('#')[1] ?? ''}`), href).toHaveLength(1);
      });
    });
  });
});

/**
 * The questions page of each language: the clinic's own, and each translation of it (its translation
 * record's `of`). Each carries its structured data, in its own language.
 */
const QUESTIONS_PAGES = EDITIONS.flatMap(({ lang }) =>
  editionEntries('guides', lang)
    .filter((guide) => guide.original === FAQ_GUIDE_ID)
    .map((guide) => ({ lang, file: guide.file })),
);

it('the clinic’s own language has a questions page', () => {
  expect(QUESTIONS_PAGES.map((questions) => questions.file)).toContain(guideFile(FAQ_GUIDE_ID));
});

describe.each(QUESTIONS_PAGES)('questions people ask: $file', ({ file: questionsFile }) => {
  const $ = page(questionsFile);
  const questions = $('.prose-page h2[id]');

  it('asks questions, each its own heading with an anchor', () => {
    expect(questions.length).toBeGreaterThan(0);
    questions.each((_, heading) => {
      expect($(heading).text().trim()).toMatch(/\?$/);
    });
  });

  it('links every answer to a page and anchor that exist', () => {
    questions.each((_, heading) => {
      const answer = $(heading).parent().nextUntil('.heading-wrapper');
      const links = answer.find('a[href^="/"]');
      expect(links.length, $(heading).text()).toBeGreaterThan(0);
      links.each((_, link) => {
        const href = $(link).attr('href') ?? '';
        const [address = '', anchor] = href.split('#');
        const file = fileFor(decodeURI(address));
        expect(htmlFiles(), href).toContain(file);
        // A browser finds the anchor as written or percent-decoded (an accented heading's id).
        if (anchor) expect(page(file)(`[id="${decodeURIComponent(anchor)}"]`), href).toHaveLength(1);
      });
    });
  });

  it('carries FAQPage structured data that matches the questions on the page', () => {
    const scripts = $('head script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts.text()) as {
      '@type': string;
      mainEntity: { '@type': string; name: string; acceptedAnswer: { text: string } }[];
    };
    expect(data['@type']).toBe('FAQPage');
    // Word for word as the page shows them, typographic apostrophes included (read from the same tree).
    expect(data.mainEntity.map((entry) => entry.name)).toEqual(
      questions.map((_, heading) => $(heading).text().trim()).get(),
    );
    for (const entry of data.mainEntity) {
      expect(entry['@type']).toBe('Question');
      expect(entry.acceptedAnswer.text.length).toBeGreaterThan(30);
      expect(entry.acceptedAnswer.text).not.toMatch(/[<>{}]/);
    }
  });
});

it('the questions pages, one per language, are the only pages with structured data', () => {
  const questions = new Set(QUESTIONS_PAGES.map(({ file }) => file));
  for (const file of htmlFiles().filter((file) => !questions.has(file))) {
    expect(page(file)('script[type="application/ld+json"]'), file).toHaveLength(0);
  }
});

describe('safety wording', () => {
  // A dose is an amount of medicine: a number with a unit, or a unit per body weight.
  const DOSE =
    /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|ml|mL|milligrams?|micrograms?|millilit(?:re|er)s?)\b|mg\/kg|milligram|per kilogram/i;

  it.each(htmlFiles())('%s gives no dose', (file) => {
    const text = page(file)('body').text();
    expect(text).not.toMatch(DOSE);
  });

  it('the dose check catches doses', () => {
    for (const dose of ['56 mg', '0.5 mg/kg', '2 milligrams', '10ml']) expect(dose).toMatch(DOSE);
    for (const safe of ['4 hours', 'Call 988', 'grade 6']) expect(safe).not.toMatch(DOSE);
  });

  // The two checks below look for English words, so they read the clinic's own language's guides.
  it.each(ROOT_GUIDES)('%s never tells the reader to start or stop a medicine (that is for the prescriber)', (id) => {
    expect(guideWords(id)).not.toMatch(/\b(stop|start) taking\b/);
  });

  it.each(ROOT_GUIDES)('%s never promises an outcome', (id) => {
    expect(guideWords(id)).not.toMatch(/\b(will cure|guaranteed?|will heal|will work for you|100%)\b/);
  });
});

describe.each(EDITIONS)('clinic settings in guides in $lang', ({ lang, root }) => {
  const clinic = clinicOf(lang);
  const settingWords = readSettingWords(lang);
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  /** Every element on any guide of the language marked as showing `selector`, with the guide it is on. */
  const shown = (selector: string) =>
    guidesOf(lang).flatMap(({ slug: id, file }) => {
      const $ = page(file);
      return $(selector)
        .toArray()
        .map((element) => ({ id, $, element: $(element) }));
    });

  it("every practical detail shows the clinic's words, or asks the reader to ask the clinic", () => {
    for (const { id, element } of shown('[data-practical-detail]')) {
      const name = element.attr('data-practical-detail') as (typeof PRACTICAL_DETAIL_NAMES)[number];
      expect(PRACTICAL_DETAIL_NAMES, `${id}: ${name}`).toContain(name);
      const text = clinic.practical?.[name];
      if (text === undefined) {
        // "Please ask us about <topic>. Call <phone> or email <email>.", in the language's words.
        const ask = templatePattern(normal(settingWords.values.practical.askUs), {
          topic: escapeRegExp(normal(settingWords.values.practical.topics[name])),
          phone: '.+',
          email: '.+',
        });
        expect(normal(element.text()), `${id}: ${name}`).toMatch(new RegExp(`^${ask}$`));
        expect(element.find(`a[href="tel:${clinic.phone.dial}"]`), name).toHaveLength(1);
        expect(element.find(`a[href="mailto:${clinic.email}"]`), name).toHaveLength(1);
      } else {
        expect(normal(element.text()), `${id}: ${name}`).toContain(normal(text));
      }
    }
  });

  it('the out-of-hours advice shows with its on-call phone as a tap-to-call link, wherever a guide shows it', () => {
    const phone = clinic.outOfHours.phone;
    for (const { id, element } of shown('[data-clinic-setting="outOfHours"]')) {
      expect(normal(element.text()), id).toContain(normal(clinic.outOfHours.advice));
      expect(element.find('a[href^="tel:"]').attr('href'), id).toBe(phone ? `tel:${phone.dial}` : undefined);
      const call = outOfHoursCall(settingWords);
      if (phone)
        expect(normal(element.text()).endsWith(normal(`${call.before}${phone.display}${call.after}`)), id).toBe(true);
    }
  });

  it('words only for the sample clinic show exactly while sample is true', () => {
    expect(shown('[data-sample-only]').length > 0).toBe(clinic.sample);
  });

  it.each(CLINIC_LIST_NAMES)('every %s list on a guide is the list in the settings', (name) => {
    for (const { id, $, element } of shown(`ul[data-clinic-setting="${name}"]`)) {
      expect(
        element
          .find('li')
          .map((_, item) => $(item).text().trim())
          .get(),
        id,
      ).toEqual(clinicList(clinic, name));
    }
  });

  it.each(CLINIC_VALUE_NAMES.filter((name) => name !== 'outOfHours'))(
    "every %s in a guide's text says what the settings say",
    (name) => {
      for (const { id, element } of shown(`span[data-clinic-setting="${name}"]`)) {
        expect(normal(element.text()), id).toBe(normal(clinicValue(clinic, name, settingWords)));
      }
    },
  );

  it('a crisis callout shows every crisis line from the settings', () => {
    for (const { id, element } of shown('.callout-crisis')) {
      for (const line of clinic.crisisLines) expect(element.text(), id).toContain(line.name);
    }
  });

  // The pattern is English words (hours, minutes), so it reads the clinic's own language's guides.
  it.each(root ? ROOT_GUIDES : [])('%s types no clinic time into its text: times come from <ClinicSetting>', (id) => {
    const source =
      readFileSync(path.join(CONTENT, 'guides', pageFileName(path.join(CONTENT, 'guides'), id)), 'utf8').split(
        /^---$/m,
      )[2] ?? '';
    expect(source).not.toMatch(/\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b/i);
  });
});
