import { describe, expect, it } from 'vitest';
import {
  abridge,
  chooseSentences,
  endsSentence,
  headingLength,
  resultView,
  sentenceSpans,
  shorten,
  spanParts,
  type FragmentSource,
  type ResultOptions,
  type Span,
} from '../../src/features/search/excerpts';
import type { ExcerptPart } from '../../src/features/search/search-results';

const NONE = new Set<string>();
const TITLES = new Set(['dr.', 'mrs.']);
const words = (text: string) => text.split(' ');
const textOf = (parts: readonly ExcerptPart[]) => parts.map((part) => part.text).join('');
/** The excerpt with its marked words in [brackets], to read the marks at a glance. */
const marked = (parts: readonly ExcerptPart[]) =>
  parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

/**
 * A page as Pagefind hands it to the browser: its words in one string (a heading's words open its
 * section, with no stop after them), an anchor per heading at its first word, and the word positions
 * of `query` (any word whose letters are the query's), per section and for the page.
 */
function fragment(
  page: { title: string; opening: string; sections: { heading: string; text: string }[] },
  query: string,
): FragmentSource {
  const pieces = [`${page.title}.`, page.opening];
  const anchors: NonNullable<FragmentSource['anchors']> = [];
  let count = pieces.join(' ').split(' ').length;
  for (const section of page.sections) {
    const id = section.heading.toLowerCase().replace(/\W+/g, '-');
    anchors.push({ element: 'h2', id, text: section.heading, location: count });
    const block = `${section.heading} ${section.text}`;
    pieces.push(block);
    count += block.split(' ').length;
  }
  const content = pieces.join(' ');
  const all = content.split(' ');
  const hits = all
    .map((word, location) => ({ word, location }))
    .filter(({ word }) => word.toLowerCase().replace(/[^a-z]/g, '') === query)
    .map(({ location }) => ({ location, balanced_score: 1 }));
  const url = '/guides/day/';
  const sub_results = anchors.map((anchor, index) => {
    const end = anchors[index + 1]?.location ?? all.length;
    return {
      title: anchor.text ?? '',
      url: `${url}#${anchor.id}`,
      excerpt: 'pagefind excerpt',
      anchor,
      weighted_locations: hits.filter((hit) => hit.location >= anchor.location && hit.location < end),
    };
  });
  return {
    url,
    content,
    excerpt: `mid <mark>${query}</mark> sentence`,
    meta: { title: page.title },
    anchors,
    weighted_locations: hits,
    sub_results: sub_results.filter((sub) => sub.weighted_locations.length > 0),
  };
}

const OPTIONS: ResultOptions = {
  sections: 2,
  maxWords: 18,
  summaryWords: 12,
  shortened: '{text} (more)',
  abbreviations: TITLES,
};

/** Every excerpt a result shows, the summary first. */
const excerptsOf = (view: ReturnType<typeof resultView>) =>
  [view.summary, view.excerpt, ...view.sections.map((section) => section.excerpt)].filter((parts) => parts.length > 0);

describe('where a sentence ends', () => {
  it('ends at a stop, question or exclamation mark when the next word opens a sentence', () => {
    expect(endsSentence('home.', 'An', NONE)).toBe(true);
    expect(endsSentence('home?', 'No.', NONE)).toBe(true);
    expect(endsSentence('now!', '4', NONE)).toBe(true);
    expect(endsSentence('“Stop.”', 'Then', NONE)).toBe(true);
    expect(endsSentence('said.', '“Not', NONE)).toBe(true);
    expect(endsSentence('home.', undefined, NONE)).toBe(true);
  });

  it('does not end where the next word goes on in lower case, or without a stop', () => {
    expect(endsSentence('calm.', 'slow', NONE)).toBe(false);
    expect(endsSentence('home', 'An', NONE)).toBe(false);
    expect(endsSentence('home,', 'An', NONE)).toBe(false);
  });

  it('does not end after a short form: a stop inside ("e.g."), one capital, or a listed title', () => {
    expect(endsSentence('e.g.', 'Tylenol', NONE)).toBe(false);
    expect(endsSentence('a.m.', 'Please', NONE)).toBe(false);
    expect(endsSentence('J.', 'Smith', NONE)).toBe(false);
    expect(endsSentence('Ph.D.', 'Lee', NONE)).toBe(false);
    // An address at the end of a sentence is not a short form.
    expect(endsSentence('care@clinic.example.', 'If', NONE)).toBe(true);
    expect(endsSentence('example.org.', 'Call', NONE)).toBe(true);
    expect(endsSentence('Dr.', 'Lee', TITLES)).toBe(false);
    expect(endsSentence('Mrs.', 'Lee', TITLES)).toBe(false);
    // Only the words file makes "Dr." a short form; "No." is a whole answer.
    expect(endsSentence('Dr.', 'Lee', NONE)).toBe(true);
    expect(endsSentence('No.', 'You', TITLES)).toBe(true);
  });

  it('cuts text into its sentences, keeping a last one that has no stop', () => {
    const text = words('Ask Dr. Lee first. Bring a snack, e.g. Nuts. Then rest Your plan');
    const spans = sentenceSpans(text, 0, text.length, TITLES);
    expect(spans.map((span) => text.slice(span.start, span.end).join(' '))).toEqual([
      'Ask Dr. Lee first.',
      'Bring a snack, e.g. Nuts.',
      'Then rest Your plan',
    ]);
  });
});

describe('a section heading apart from its text', () => {
  it('counts the heading’s words where they open the section, punctuation aside', () => {
    const text = words('Going home An adult you know must take you home.');
    expect(headingLength(text, 0, 'Going home')).toBe(2);
    expect(headingLength(words('Can I drive home? No.'), 0, 'Can I drive home?')).toBe(4);
    expect(headingLength(words('Before — the night Eat well.'), 0, 'Before the night')).toBe(4);
  });

  it('counts nothing when the words there are not the heading, so no text is lost', () => {
    expect(headingLength(words('An adult you know'), 0, 'Going home')).toBe(0);
    expect(headingLength(words('Going'), 0, 'Going home')).toBe(0);
    expect(headingLength(words('Going home'), 0, '')).toBe(0);
  });
});

describe('choosing the sentences to show', () => {
  const at = (text: string[], word: string, from = 0) => ({ location: text.indexOf(word, from), balanced_score: 1 });
  const pick = (text: string[], locations: { location: number; balanced_score: number }[], seen = new Set<string>()) =>
    chooseSentences(text, { start: 0, end: text.length }, locations, { maxWords: 12, abbreviations: TITLES, seen }).map(
      (span) => text.slice(span.start, span.end).join(' '),
    );

  it('shows the whole sentence with the match, never the middle of one', () => {
    const text = words('You can ask questions. Plan your ride before the day, please. Rest well.');
    expect(pick(text, [at(text, 'ride')])).toEqual(['Plan your ride before the day, please.']);
  });

  it('takes the sentence where the matches weigh most', () => {
    const text = words('Rest after your ride. Your ride home must be booked, and your ride must wait.');
    expect(pick(text, [at(text, 'ride.'), at(text, 'ride', 4), at(text, 'ride', 10)])).toEqual([
      'Your ride home must be booked, and your ride must wait.',
    ]);
  });

  it('adds the next sentence to a short one, within the length, and always to a bare answer', () => {
    const text = words('Nausea or vomiting. That is why we ask you not to eat. A headache.');
    expect(pick(text, [at(text, 'Nausea')])).toEqual(['Nausea or vomiting.', 'That is why we ask you not to eat.']);
    const answer = words('Yes. You can end a session at any time, and you need not give a reason.');
    expect(pick(answer, [at(answer, 'end')])).toEqual([
      'You can end a session at any time, and you need not give a reason.',
    ]);
    expect(
      chooseSentences(answer, { start: 0, end: answer.length }, [], {
        maxWords: 12,
        abbreviations: NONE,
        seen: new Set(),
        opening: true,
      }).length,
    ).toBe(2);
  });

  it('adds no text after a short sentence that is not a sentence, such as the lines of an address', () => {
    // The Spanish getting-help page as the index holds it: the clinic's postal address follows the on-call number.
    const text = words(
      'Alguien de nuestro equipo médico está de guardia, de día y de noche. Llame al (555) 010-0199. Riverbend Counseling and Ketamine Care 200 Mill Street, Suite 4 Springfield, ST 00000',
    );
    const spans = chooseSentences(text, { start: 0, end: text.length }, [at(text, 'Llame')], {
      maxWords: 18,
      abbreviations: NONE,
      seen: new Set(),
    });
    expect(spans.map((span) => text.slice(span.start, span.end).join(' '))).toEqual(['Llame al (555) 010-0199.']);
  });

  it('never shows a sentence already shown, and shows nothing when every match was', () => {
    const text = words('Plan your ride home before the day. Your ride home is booked by you.');
    const rides = [at(text, 'ride'), at(text, 'ride', 4)];
    const seen = new Set<string>();
    expect(pick(text, rides, seen)).toEqual(['Plan your ride home before the day.']);
    expect(pick(text, rides, seen)).toEqual(['Your ride home is booked by you.']);
    expect(pick(text, rides, seen)).toEqual([]);
  });

  it('shortens a list run into its lead-in to the lead-in and the matching item', () => {
    const text = words(
      'If a moment feels hard, they: stay with you, and stay calm. slow down, and speak gently. remind you that you are safe, and that the medicine will wear off. call in the team if your body needs care.',
    );
    const sentence: Span = { start: 0, end: text.length };
    const score = (span: Span) => (text.slice(span.start, span.end).includes('wear') ? 1 : 0);
    const spans = abridge(text, sentence, score);
    expect(spans.map((span) => text.slice(span.start, span.end).join(' ')).join(' ')).toBe(
      'If a moment feels hard, they: remind you that you are safe, and that the medicine will wear off.',
    );
    expect(pick(text, [at(text, 'wear')])).toEqual([
      'If a moment feels hard, they:',
      'remind you that you are safe, and that the medicine will wear off.',
    ]);
  });
});

describe('a list of semicolon items', () => {
  const page = {
    title: 'Medicines',
    opening: 'Tell your prescriber everything.',
    sections: [
      {
        heading: 'What to tell',
        text: 'Your prescriber needs to know about: every medicine you take; medicines you buy without a prescription; vitamins and herbal remedies; alcohol and other drugs.',
      },
    ],
  };

  it('shows the lead-in and the matching item, written as shortened', () => {
    const view = resultView(fragment(page, 'vitamins'), OPTIONS);
    expect(marked(view.sections[0]?.excerpt ?? [])).toBe(
      'Your prescriber needs to know about: [vitamins] and herbal remedies (more)',
    );
  });

  it('shows the last item with its own stop', () => {
    const view = resultView(fragment(page, 'alcohol'), OPTIONS);
    expect(marked(view.sections[0]?.excerpt ?? [])).toBe(
      'Your prescriber needs to know about: [alcohol] and other drugs.',
    );
  });
});

describe('marking the words searched for', () => {
  it('marks the word, not the punctuation around it', () => {
    const text = words('Get (home). Rest “home”.');
    expect(marked(spanParts(text, [{ start: 0, end: 4 }], new Set([1, 3])))).toBe('Get ([home]). Rest “[home]”.');
  });

  it('keeps markup in the page’s text as text: it is never read as HTML', () => {
    const text = words('Type <mark>x</mark> or <img src=x onerror=alert(1)> here.');
    const parts = spanParts(text, [{ start: 0, end: text.length }], new Set());
    expect(parts).toEqual([{ text: 'Type <mark>x</mark> or <img src=x onerror=alert(1)> here.', marked: false }]);
  });
});

describe('a long summary', () => {
  const text = words(
    'Which medicines, alcohol and drugs can change how ketamine affects you, and why you should never stop.',
  );
  const all = { start: 0, end: text.length };
  const shown = (span: Span) => text.slice(span.start, span.end).join(' ');

  it('is cut at the last comma within the words allowed, not one in the first few words', () => {
    const { span, cut } = shorten(text, all, 12);
    expect(cut).toBe(true);
    expect(shown(span)).toBe('Which medicines, alcohol and drugs can change how ketamine affects you,');
  });

  it('is cut after the last word that fits when there is no comma, and kept whole when short', () => {
    expect(shown(shorten(text, all, 8).span)).toBe('Which medicines, alcohol and drugs can change how');
    expect(shorten(text, all, 40)).toEqual({ span: all, cut: false });
  });

  it('is written the words file’s way, without the comma, its marks kept', () => {
    const page = {
      title: 'Medicines',
      opening: 'Which medicines, alcohol and drugs can change how ketamine affects you, and why you should never stop.',
      sections: [],
    };
    const view = resultView(fragment(page, 'ketamine'), OPTIONS);
    expect(marked(view.summary)).toBe(
      'Which medicines, alcohol and drugs can change how [ketamine] affects you (more)',
    );
  });
});

describe('one page result', () => {
  const page = {
    title: 'Session day',
    opening:
      'Your day from start to finish, and how you get home safely. It covers the checks. This page walks you through the day.',
    sections: [
      { heading: 'Plan your ride', text: 'You must not drive. Please plan how you will get home before the day.' },
      {
        heading: 'Going home',
        text: 'An adult you know must take you home. Please plan how you will get home before the day. Rest well.',
      },
      { heading: 'At home', text: 'rest at home, e.g. On the sofa. Dr. Lee says to stay home.' },
    ],
  };

  it('shows the title, the first sentence of the opening as summary, and at most two sections', () => {
    const view = resultView(fragment(page, 'home'), OPTIONS);
    expect(view.title).toBe('Session day');
    expect(textOf(view.summary)).toBe('Your day from start to finish, and how you get home safely.');
    expect(marked(view.summary)).toContain('get [home] safely.');
    expect(view.sections).toHaveLength(2);
    expect(view.sections.map((section) => section.title)).toEqual(['Going home', 'At home']);
    expect(view.excerpt).toEqual([]);
  });

  it('keeps a section’s heading out of its excerpt', () => {
    const view = resultView(fragment(page, 'home'), OPTIONS);
    const going = view.sections.find((section) => section.title === 'Going home');
    expect(textOf(going?.excerpt ?? [])).toBe('An adult you know must take you home.');
  });

  it('never repeats a sentence in one result', () => {
    const view = resultView(fragment(page, 'plan'), { ...OPTIONS, sections: 3 });
    const sentences = excerptsOf(view).flatMap((parts) => textOf(parts).split(/(?<=[.?!])\s+/));
    expect(new Set(sentences).size).toBe(sentences.length);
    // Both sections say "Please plan how…": the first shows it after its short opening, the other only its link.
    expect(view.sections.map((section) => textOf(section.excerpt))).toEqual([
      'You must not drive. Please plan how you will get home before the day.',
      '',
    ]);
  });

  it('starts every excerpt with a capital and ends it with a stop, past lower-case text and short forms', () => {
    const view = resultView(fragment(page, 'stay'), OPTIONS);
    const home = view.sections.find((section) => section.title === 'At home');
    expect(textOf(home?.excerpt ?? [])).toBe('Dr. Lee says to stay home.');
    for (const parts of excerptsOf(view)) expect(textOf(parts)).toMatch(/^[A-Z].*[.?!]$/);
  });

  it('shows a sentence from the opening when no section matches, but not the summary again', () => {
    const view = resultView(fragment(page, 'checks'), OPTIONS);
    expect(view.sections).toEqual([]);
    expect(textOf(view.excerpt)).toBe('It covers the checks. This page walks you through the day.');
    expect(resultView(fragment(page, 'finish'), OPTIONS).excerpt).toEqual([]);
  });

  it('shows the section’s first sentence when only its heading matched', () => {
    const view = resultView(fragment(page, 'going'), OPTIONS);
    expect(view.sections.map((section) => textOf(section.excerpt))).toEqual(['An adult you know must take you home.']);
  });

  it('falls back to Pagefind’s own excerpts for text written without spaces', () => {
    const source = { ...fragment(page, 'home'), raw_content: 'セッション\u200Bの日' };
    const view = resultView(source, OPTIONS);
    expect(view.summary).toEqual([]);
    expect(marked(view.excerpt)).toBe('mid [home] sentence');
    expect(view.sections.every((section) => textOf(section.excerpt) === 'pagefind excerpt')).toBe(true);
  });
});

describe('a sentence that repeats its section’s heading', () => {
  // The Spanish guide's section as the index holds it ("me quiero ir" matched "quiere"): its second
  // sentence opens with the heading's words, so shown alone it read as the heading twice.
  const page = {
    title: 'Su decisión: atención voluntaria y consentimiento',
    opening: 'La terapia con ketamina es del todo voluntaria.',
    sections: [
      {
        heading: 'Usted decide de qué se habla',
        text: 'Su terapeuta sigue lo que usted marca. Usted decide de qué se habla, si es que quiere hablar. Si un tema le pesa demasiado, puede alejarse de él. Si quiere silencio, puede tener silencio.',
      },
    ],
  };

  it('is shown after the sentence before it, so the excerpt does not open with the heading', () => {
    const [section] = resultView(fragment(page, 'quiere'), OPTIONS).sections;
    expect(section?.title).toBe('Usted decide de qué se habla');
    expect(marked(section?.excerpt ?? [])).toBe(
      'Su terapeuta sigue lo que usted marca. Usted decide de qué se habla, si es que [quiere] hablar.',
    );
  });

  it('gives way to another sentence when the one before it does not fit or was shown', () => {
    const heading = 'Usted decide de qué se habla';
    const all = words(`${heading} ${page.sections[0]?.text ?? ''}`);
    const body = { start: words(heading).length, end: all.length };
    const hits = all.flatMap((word, location) => (word.startsWith('quiere') ? [{ location, balanced_score: 1 }] : []));
    const text = (spans: Span[]) => spans.map((span) => all.slice(span.start, span.end).join(' ')).join(' ');
    const choose = (maxWords: number, seen = new Set<string>()) =>
      text(chooseSentences(all, body, hits, { maxWords, abbreviations: NONE, seen, heading }));
    expect(choose(12)).toBe('Si quiere silencio, puede tener silencio.');
    expect(choose(18, new Set(['su terapeuta sigue lo que usted marca']))).toBe(
      'Si quiere silencio, puede tener silencio.',
    );
    // Without the heading, the best match is shown as it is.
    expect(text(chooseSentences(all, body, hits, { maxWords: 18, abbreviations: NONE, seen: new Set() }))).toBe(
      'Usted decide de qué se habla, si es que quiere hablar.',
    );
  });
});
