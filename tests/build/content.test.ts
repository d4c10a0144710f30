/**
 * The guides, as a reader gets them: every planned page is built and reachable by following links
 * from the home page; every point of the practice's own description of KAT is said on the right
 * page; every glossary and FAQ link lands on a real anchor; no page gives a dose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlFiles, page } from '../support/dist';
import { bodyBlocks, bodyText } from '../support/body-text';
import { CONTENT } from '../support/paths';
import { SESSION_WAYS } from '../../src/lib/session-ways';
import { PRACTICAL_DETAIL_NAMES } from '../../src/lib/practical';
import { clinicSettingsSchema } from '../../src/lib/schemas';

const PLANNED = [
  'what-is-kat',
  'your-choice',
  'safety',
  'session-day',
  'ways-your-session-can-go',
  'holding-the-space',
  'after-your-session',
  'questions',
  'glossary',
  'how-this-information-is-made',
  'costs-and-practical-details',
] as const;
type GuideId = (typeof PLANNED)[number];

const guideFile = (id: string) => `guides/${id}/index.html`;
/** Rendered words of a guide's body, lower case, single-spaced, with curly quotes made straight. */
const said = (id: GuideId) =>
  bodyText(page(guideFile(id)))
    .replace(/\s+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();

/**
 * The seed's points (content brief, "What the seed says"), each with the words that must appear on
 * its page. Words are checked on the rendered page, so a clinic setting or a <Term> counts as said.
 */
const SEED_POINTS: { point: string; page: GuideId; words: string[] }[] = [
  { point: '1. for mood and pain syndromes', page: 'what-is-kat', words: ['for mood and pain syndromes'] },
  {
    point: '1. talk therapy joined with ketamine; the medicine and your brain do the work, the clinician supports',
    page: 'what-is-kat',
    words: [
      'talk therapy and the medicine work side by side',
      'the medicine and your own brain do the work, and your clinician supports you',
    ],
  },
  {
    point: '2. client-centered and completely voluntary',
    page: 'your-choice',
    words: ['completely voluntary', 'client-centered'],
  },
  {
    point: '2. explained at the start of the session',
    page: 'your-choice',
    words: ['at the start of every session, your clinician explains what will happen'],
  },
  { point: '2. may end the session at any time', page: 'your-choice', words: ['end a kat session at any time'] },
  {
    point: '3. a licensed, experienced professional is present for the whole session',
    page: 'holding-the-space',
    words: ['licensed, experienced mental health professional is with you for the whole session'],
  },
  {
    point: '3. holds the space and follows the lead',
    page: 'holding-the-space',
    words: ['"hold the space"', 'follows your lead about what is talked about'],
  },
  {
    point: '4. does not rely on cognitive-behavioural methods',
    page: 'what-is-kat',
    words: ['kat does not rely on that approach', 'cognitive behavioral'],
  },
  {
    point: '4. comfortable with uncertainty and not knowing where to begin',
    page: 'holding-the-space',
    words: ['comfortable with uncertainty', 'many people do not know where to begin'],
  },
  {
    point: '5. may loosen long-held, unconscious defences; learn new things about self and others',
    page: 'what-is-kat',
    words: ['may help loosen these old, hidden defenses', 'learn new things about themselves and others'],
  },
  {
    point: '6a. reassurance and help settling in, often in a first session',
    page: 'ways-your-session-can-go',
    words: ['reassure them and help them settle into a new experience', 'first session'],
  },
  {
    point: '6b. a conversation during the experience, with help understanding it',
    page: 'ways-your-session-can-go',
    words: ['have a conversation while the medicine is working', 'help them understand what they are going through'],
  },
  {
    point: "6c. a talk first, then a focus on one topic (the seed's childhood trauma and grief example)",
    page: 'ways-your-session-can-go',
    words: [
      'talk before the medicine takes effect',
      'focus on one thing',
      'the trauma and grief she went through as a child',
    ],
  },
  {
    point: '6d. silence, with the comfort of a person in the room',
    page: 'ways-your-session-can-go',
    words: ['choose not to speak at all', 'knowing there is a person in the room with them'],
  },
  {
    point: '6. the client chooses, and can change their mind',
    page: 'ways-your-session-can-go',
    words: ['you choose', 'you can change your mind during the session'],
  },
  {
    point: '7. processing afterwards if wished; some prefer silence',
    page: 'after-your-session',
    words: ['your clinician can help you process it, if you wish', 'some people prefer to sit in silence'],
  },
  {
    point: "8. care coordinated with the practice's medical staff",
    page: 'holding-the-space',
    words: ["your clinician works closely with the clinic's medical staff"],
  },
];

describe('every planned guide', () => {
  it.each(PLANNED)('%s is built', (id) => {
    expect(htmlFiles()).toContain(guideFile(id));
  });

  it('is reachable by following links from the home page', () => {
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    while (queue.length > 0) {
      const $ = page(queue.shift() ?? 'index.html');
      $('a[href^="/"]').each((_, link) => {
        const file = fileFor($(link).attr('href') ?? '/');
        if (file.endsWith('.html') && !seen.has(file) && htmlFiles().includes(file)) {
          seen.add(file);
          queue.push(file);
        }
      });
    }
    expect(PLANNED.map(guideFile).filter((file) => !seen.has(file))).toEqual([]);
  });

  // Guides carry no list of every guide (that made each page, and the whole site, grow with the
  // number of guides): the header of every guide links to /guides/, which lists them all.
  it.each(PLANNED)('%s is on /guides/, one step from the header of every other guide', (id) => {
    expect(page('guides/index.html')(`main a[href="/guides/${id}/"]`).length).toBeGreaterThan(0);
    for (const other of PLANNED) {
      expect(page(guideFile(other))('header nav a[href="/guides/"]')).toHaveLength(1);
    }
  });

  it.each(PLANNED)('%s has 400 to 1,500 words of body text', (id) => {
    const words = bodyText(page(guideFile(id)))
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(400);
    expect(words).toBeLessThanOrEqual(1500);
  });
});

describe('every point of the seed is said on its page', () => {
  it.each(SEED_POINTS)('$point → $page', ({ page: id, words }) => {
    const text = said(id);
    for (const phrase of words) expect(text, `${id} should say "${phrase}"`).toContain(phrase.toLowerCase());
  });
});

describe('text around components reads as one sentence', () => {
  it.each(PLANNED)('%s has no space before punctuation and no words glued together', (id) => {
    // Block by block: list items and paragraphs are separate even where the HTML has no space between them.
    const text = bodyBlocks(page(guideFile(id))).join('\n');
    expect(text.match(/.{0,30}\s[,.;:!?].{0,10}/g) ?? []).toEqual([]);
    expect(text.match(/.{0,30}\(\s.{0,10}/g) ?? []).toEqual([]);
    // A link or setting that swallowed its space shows as a lower-case letter straight before a capital.
    expect(text.match(/.{0,20}[a-z][A-Z][a-z].{0,20}/g) ?? []).toEqual([]);
  });
});

describe('ways your session can go', () => {
  const $ = page(guideFile('ways-your-session-can-go'));
  it.each(Object.values(SESSION_WAYS))('"$title" has its own heading at #$anchor, listed in the contents', (way) => {
    const heading = $(`h2#${way.anchor}`);
    expect(heading).toHaveLength(1);
    expect(heading.text().trim()).toBe(way.title);
    expect($(`nav[aria-labelledby="toc-heading"] a[href="#${way.anchor}"]`)).toHaveLength(1);
  });
});

describe('glossary links', () => {
  const glossary = page(guideFile('glossary'));
  const terms = load(readFileSync(path.join(CONTENT, 'glossary.yaml'), 'utf8')) as { id: string; term: string }[];

  it('the glossary defines every term in content/glossary.yaml, each at its own anchor', () => {
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const term of terms) {
      const entry = glossary(`dt#${term.id}`);
      expect(entry, term.id).toHaveLength(1);
      expect(entry.next('dd').text().trim().length).toBeGreaterThan(20);
    }
  });

  it('guides use <Term> links', () => {
    const count = PLANNED.reduce((sum, id) => sum + page(guideFile(id))('a.term').length, 0);
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it.each(PLANNED)('every <Term> on %s points to a definition that exists', (id) => {
    const $ = page(guideFile(id));
    $('a.term').each((_, link) => {
      const href = $(link).attr('href') ?? '';
      expect(href.startsWith('/guides/glossary/#'), href).toBe(true);
      expect(glossary(`dt#${href.split('#')[1] ?? ''}`), href).toHaveLength(1);
    });
  });
});

describe('questions people ask', () => {
  const $ = page(guideFile('questions'));
  const questions = $('.prose-page h2[id]');

  it('asks at least 15 questions, each its own heading with an anchor', () => {
    expect(questions.length).toBeGreaterThanOrEqual(15);
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
        const file = fileFor(address);
        expect(htmlFiles(), href).toContain(file);
        if (anchor) expect(page(file)(`[id="${anchor}"]`), href).toHaveLength(1);
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

  it('is the only page with structured data', () => {
    for (const file of htmlFiles().filter((file) => file !== guideFile('questions'))) {
      expect(page(file)('script[type="application/ld+json"]'), file).toHaveLength(0);
    }
  });
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

  it('medicines are for the prescriber to decide, never a start or stop instruction', () => {
    const text = said('safety');
    expect(text).toContain('tell your prescriber about every medicine and supplement you take');
    expect(text).toContain('your clinician will ask about');
    expect(text).not.toMatch(/\b(stop|start) taking\b/);
  });

  it.each(PLANNED)('%s never promises an outcome', (id) => {
    expect(said(id)).not.toMatch(/\b(will cure|guaranteed?|will heal|will work for you|100%)\b/);
  });
});

describe('clinic settings in guides', () => {
  const clinic = clinicSettingsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')));
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('the costs page shows each practical detail the clinic filled in, and asks the reader to ask for the rest', () => {
    const $ = page(guideFile('costs-and-practical-details'));
    for (const name of PRACTICAL_DETAIL_NAMES) {
      const detail = $(`[data-practical-detail="${name}"]`);
      expect(detail, name).toHaveLength(1);
      const text = clinic.practical?.[name];
      if (text === undefined) {
        expect(normal(detail.text()), name).toMatch(/^Please ask us about .+\. Call .+ or email .+\.$/);
        expect(detail.find(`a[href="tel:${clinic.phone.dial}"]`), name).toHaveLength(1);
        expect(detail.find(`a[href="mailto:${clinic.email}"]`), name).toHaveLength(1);
      } else {
        expect(normal(detail.text()), name).toContain(normal(text));
      }
    }
  });

  // The sample clinic's own settings: it leaves some details blank, so its site shows the "ask us" wording.
  it.runIf(clinic.sample)(
    'the sample leaves at least two practical details blank, and they ask the reader to ask',
    () => {
      expect(page(guideFile('costs-and-practical-details'))('[data-filled="no"]').length).toBeGreaterThanOrEqual(2);
    },
  );

  it('the out-of-hours advice shows with its on-call phone as a tap-to-call link', () => {
    const setting = page(guideFile('how-this-information-is-made'))('[data-clinic-setting="outOfHours"]');
    expect(normal(setting.text())).toContain(normal(clinic.outOfHours.advice));
    const phone = clinic.outOfHours.phone;
    expect(setting.find('a[href^="tel:"]').attr('href')).toBe(phone ? `tel:${phone.dial}` : undefined);
    if (phone) expect(normal(setting.text()).endsWith(`Call ${phone.display}.`)).toBe(true);
  });

  it('"How this information is made" says the sample pages are not reviewed exactly while sample is true', () => {
    const $ = page(guideFile('how-this-information-is-made'));
    expect($('[data-sample-only]').length > 0).toBe(clinic.sample);
    expect(said('how-this-information-is-made').includes('no clinician has reviewed them yet')).toBe(clinic.sample);
  });

  it('the session day shows what to bring, from the settings', () => {
    const $ = page(guideFile('session-day'));
    const items = $('[data-clinic-setting="whatToBring"] li')
      .map((_, item) => $(item).text().trim())
      .get();
    expect(items).toEqual(clinic.preparation.whatToBring);
    for (const name of [
      'fasting.solids',
      'fasting.clearLiquids',
      'driving',
      'rideHome.details',
      'visitLength',
      'routeTiming',
    ]) {
      expect($(`[data-clinic-setting="${name}"]`).length, name).toBeGreaterThan(0);
    }
  });

  it('the safety page lists what the clinician will ask about, from the settings', () => {
    const $ = page(guideFile('safety'));
    expect(
      $('[data-clinic-setting="screeningTopics"] li')
        .map((_, item) => $(item).text().trim())
        .get(),
    ).toEqual(clinic.preparation.screeningTopics);
  });

  it('a crisis callout shows every crisis line from the settings', () => {
    const $ = page(guideFile('safety'));
    const callout = $('.callout-crisis');
    expect(callout).toHaveLength(1);
    for (const line of clinic.crisisLines) expect(callout.text()).toContain(line.name);
  });

  it('no guide types a clinic time into its text: times come from <ClinicSetting>', () => {
    for (const id of PLANNED) {
      const source = readFileSync(path.join(CONTENT, 'guides', `${id}.mdx`), 'utf8').split(/^---$/m)[2] ?? '';
      expect(source, id).not.toMatch(/\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b/i);
    }
  });
});
