/**
 * Sample acceptance: the sample clinic's own content, as the content brief asks for it. Its guides
 * are all there, long enough and plain; every point of the seed (the practice's own description of
 * KAT, /work/shared/brief) is said on the right page, in the sample's words; its glossary, questions
 * page and handouts are as full as the brief asks. These hold only for the sample: they run while
 * content/settings/clinic.yaml says sample: true, and are skipped, saying so, for any other practice.
 * Everything that holds for any content is tested in the other files of tests/build.
 */
import { expect, it } from 'vitest';
import { FAQ_GUIDE_ID, GLOSSARY_GUIDE_ID } from '../../src/lib/constants';
import { PRACTICAL_DETAIL_NAMES } from '../../src/lib/practical';
import { SESSION_WAY_ANCHORS } from '../../src/lib/session-ways';
import { bodyText, guideWords } from '../support/body-text';
import { guideFile, htmlFiles, page } from '../support/dist';
import { publishedEntries } from '../support/fixtures';
import { describeSample } from '../support/describe-sample';
import { hasCrisisWords } from '../../src/features/search/crisis-query';
import { readCrisisPhrases } from '../support/words';

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

describeSample("the sample clinic's guides", () => {
  it.each(PLANNED)('%s is built', (id) => {
    expect(htmlFiles()).toContain(guideFile(id));
  });

  it.each(PLANNED)('%s has 400 to 1,500 words of body text', (id) => {
    const words = bodyText(page(guideFile(id)))
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(400);
    expect(words).toBeLessThanOrEqual(1500);
  });

  it('there are at least ten guides', () => {
    expect(publishedEntries('guides').length).toBeGreaterThanOrEqual(10);
  });
});

describeSample('every point of the seed is said on its page', () => {
  it.each(SEED_POINTS)('$point → $page', ({ page: id, words }) => {
    const text = guideWords(id);
    for (const phrase of words) expect(text, `${id} should say "${phrase}"`).toContain(phrase.toLowerCase());
  });
});

describeSample("the sample clinic's pages are as full as the brief asks", () => {
  it('the guide on ways a session can go shows all four ways', () => {
    const $ = page(guideFile('ways-your-session-can-go'));
    for (const anchor of Object.values(SESSION_WAY_ANCHORS)) expect($(`h2#${anchor}`), anchor).toHaveLength(1);
  });

  it('the glossary defines at least 15 terms, and guides link to them at least 10 times', () => {
    expect(page(guideFile(GLOSSARY_GUIDE_ID))('dt[id]').length).toBeGreaterThanOrEqual(15);
    const count = PLANNED.reduce((sum, id) => sum + page(guideFile(id))('a.term').length, 0);
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it('the questions page asks at least 15 questions', () => {
    expect(page(guideFile(FAQ_GUIDE_ID))('.prose-page h2[id]').length).toBeGreaterThanOrEqual(15);
  });

  it('the safety page says medicines are for the prescriber, and what the clinician will ask about', () => {
    const text = guideWords('safety');
    expect(text).toContain('tell your prescriber about every medicine and supplement you take');
    expect(text).toContain('your clinician will ask about');
  });

  it('the costs page shows every practical detail, and the sample leaves at least two blank', () => {
    const $ = page(guideFile('costs-and-practical-details'));
    for (const name of PRACTICAL_DETAIL_NAMES) expect($(`[data-practical-detail="${name}"]`), name).toHaveLength(1);
    expect($('[data-filled="no"]').length).toBeGreaterThanOrEqual(2);
  });

  it('the session day shows what to bring and each of its times from the settings', () => {
    const $ = page(guideFile('session-day'));
    for (const name of [
      'whatToBring',
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

  it('the safety page lists what the clinician will ask about from the settings', () => {
    expect(page(guideFile('safety'))('[data-clinic-setting="screeningTopics"]')).toHaveLength(1);
  });

  it('"How this information is made" shows the out-of-hours advice, and says no clinician has reviewed the pages', () => {
    expect(page(guideFile('how-this-information-is-made'))('[data-clinic-setting="outOfHours"]')).toHaveLength(1);
    expect(guideWords('how-this-information-is-made')).toContain('no clinician has reviewed them yet');
  });

  it('a crisis callout on the safety page shows the crisis lines', () => {
    expect(page(guideFile('safety'))('.callout-crisis')).toHaveLength(1);
  });

  it('"Preparing for your session" lists the checklist items before the session', () => {
    expect(page('handouts/preparing-for-your-session/index.html')('.handout-checklist li').length).toBeGreaterThan(5);
  });

  it('has the handouts the practice hands out', () => {
    const ids = publishedEntries('handouts').map((handout) => handout.id);
    for (const id of ['preparing-for-your-session', 'ways-your-session-can-go', 'after-your-session', 'getting-help']) {
      expect(ids).toContain(id);
    }
  });
});

describeSample('the sample’s crisis words (content/crisis-words/en.yaml)', () => {
  const phrases = readCrisisPhrases();
  it.each([
    'I want to kill myself',
    'thinking about suicide',
    'overdose',
    '988',
    '911',
    'self-harm',
    'I don’t want to live',
    'I can’t breathe',
    'chest pain',
    'emergency',
    'I feel unsafe',
  ])('show the crisis lines for "%s"', (query) => {
    expect(hasCrisisWords(query, phrases)).toBe(true);
  });
  it.each(['stop', 'pain', 'sad', 'breathe', 'chest', 'can I stop the session halfway', 'food'])(
    'show nothing for "%s"',
    (query) => {
      expect(hasCrisisWords(query, phrases)).toBe(false);
    },
  );
});
