/**
 * The clinic settings in a second language: the language file's schema (words only, its own crisis
 * lines), and clinicInLanguage(), which puts its words over clinic.yaml and refuses a text the two do
 * not share. Made-up settings, so the tests hold whatever the sample clinic says.
 */
import { describe, expect, it } from 'vitest';
import { clinicSettingsSchema, type ClinicSettings } from '../../src/schemas/clinic';
import { CLINIC_WORDS, clinicWordsSchema, type ClinicWords, type WordsNode } from '../../src/schemas/clinic-words';
import { clinicInLanguage, clinicWordsFile, clinicWordsLanguage } from '../../src/lib/clinic-language';
import { clinicWordsFiles } from '../../src/loaders/clinic-words';
import { schemaKeys } from '../support/schema-keys';

const FILE = clinicWordsFile('fr');

const emergency = {
  tier: 'emergency',
  name: 'Emergency line',
  howToReach: 'Call 112',
  call: '112',
  hours: 'Always open',
  url: 'https://emergency.example/',
};

const clinic: ClinicSettings = clinicSettingsSchema.parse({
  sample: false,
  name: 'Harbour Clinic',
  shortName: 'Harbour',
  siteUrl: 'https://harbour.example',
  locale: 'en-GB',
  region: 'GB',
  phone: { display: '020 7946 0000', dial: '+442079460000' },
  email: 'care@harbour.example',
  address: ['1 Quay Street', 'Porttown'],
  openingHours: [
    { days: 'Monday to Thursday', hours: '9am to 5pm' },
    { days: 'Friday', hours: '9am to noon' },
  ],
  afterHours: 'Leave a message and we call back the next working day.',
  outOfHours: {
    advice: 'A nurse answers our on-call line at night.',
    phone: { display: '020 7946 0001', dial: '+442079460001' },
  },
  crisisLines: [
    emergency,
    {
      tier: 'talk-now',
      name: 'Talk line',
      howToReach: 'Call 116',
      call: '116',
      hours: 'Always open',
      url: 'https://talk.example/',
    },
  ],
  preparation: {
    minimumAge: 18,
    route: 'nasal',
    visitLength: { minHours: 2, maxHours: 3 },
    fasting: { solidsHours: 6, clearLiquidsHours: 2 },
    alcoholFreeHours: 24,
    driving: { rule: 'next-day' },
    rideHome: { escortRequired: true, details: 'Someone you know takes you home.' },
    whatToBring: ['Warm socks', 'Your medicines list'],
    clinicProvides: ['A blanket'],
    screeningTopics: ['Heart problems', 'Pregnancy'],
    course: {
      preparationSessions: 1,
      medicineSessions: 4,
      integrationSessions: 2,
      review: 'We look back together after the fourth session.',
    },
  },
  practical: {
    fees: 'Each session has a fixed fee, listed on our page.',
    feesUrl: 'https://harbour.example/fees',
    insurance: null,
    team: 'A nurse and a therapist stay with you.',
  },
});

/** A complete language file for `clinic`, as the schema reads it. */
const complete = (): ClinicWords =>
  clinicWordsSchema.parse({
    name: 'Clinique du Port',
    shortName: 'Le Port',
    openingHours: [
      { days: 'Du lundi au jeudi', hours: 'de 9 h à 17 h' },
      { days: 'Vendredi', hours: 'de 9 h à midi' },
    ],
    afterHours: 'Laissez un message : nous rappelons le jour ouvré suivant.',
    outOfHours: { advice: 'La nuit, une infirmière répond à notre ligne de garde.' },
    crisisLines: [
      { ...emergency, name: 'Urgences', howToReach: 'Appelez le 112', hours: 'Toujours ouvert' },
      {
        tier: 'talk-now',
        name: 'Ligne en français',
        howToReach: 'Appelez le 3114',
        call: '3114',
        hours: 'Toujours ouvert',
        url: 'https://ligne.example/fr/',
      },
    ],
    preparation: {
      rideHome: { details: 'Une personne que vous connaissez vous ramène.' },
      whatToBring: ['Des chaussettes chaudes', 'La liste de vos médicaments'],
      clinicProvides: ['Une couverture'],
      screeningTopics: ['Problèmes cardiaques', 'Grossesse'],
      course: { review: 'Nous faisons le point ensemble après la quatrième séance.' },
    },
    practical: {
      fees: 'Chaque séance a un prix fixe, indiqué sur notre page.',
      team: 'Une infirmière et un thérapeute restent avec vous.',
    },
  });

/** The words with one change, given as a function of a copy of them. */
const changed = (change: (words: ClinicWords) => void): ClinicWords => {
  const words = structuredClone(complete());
  change(words);
  return words;
};

describe('clinicInLanguage', () => {
  it('puts every text of the language file in place and keeps every shared setting', () => {
    const words = complete();
    const result = clinicInLanguage(clinic, words, FILE);
    expect(result.name).toBe('Clinique du Port');
    expect(result.shortName).toBe('Le Port');
    expect(result.openingHours).toEqual(words.openingHours);
    expect(result.afterHours).toBe(words.afterHours);
    expect(result.outOfHours).toEqual({ advice: words.outOfHours?.advice, phone: clinic.outOfHours.phone });
    expect(result.preparation).toEqual({
      ...clinic.preparation,
      rideHome: { escortRequired: true, details: words.preparation?.rideHome?.details },
      whatToBring: words.preparation?.whatToBring,
      clinicProvides: words.preparation?.clinicProvides,
      screeningTopics: words.preparation?.screeningTopics,
      course: { ...clinic.preparation.course, review: words.preparation?.course?.review },
    });
    expect(result.practical).toEqual({ ...words.practical, feesUrl: 'https://harbour.example/fees' });
    // Everything that is not words is clinic.yaml's, and clinic.yaml's object is left as it was.
    const withWords = [...Object.keys(CLINIC_WORDS.fields), 'crisisLines'];
    const shared = (settings: ClinicSettings) =>
      Object.fromEntries(Object.entries(settings).filter(([field]) => !withWords.includes(field)));
    expect(shared(result)).toEqual(shared(clinic));
    expect(Object.keys(shared(clinic))).toContain('phone');
    expect(clinic.name).toBe('Harbour Clinic');
    expect(clinicSettingsSchema.safeParse(result).success).toBe(true);
  });

  it('takes the crisis lines wholly from the language file: its own line, numbers and address, one left out', () => {
    const words = changed((w) => {
      w.crisisLines = w.crisisLines.slice(0, 1);
    });
    expect(clinicInLanguage(clinic, words, FILE).crisisLines).toEqual(words.crisisLines);
    const own = complete();
    const lines = clinicInLanguage(clinic, own, FILE).crisisLines;
    expect(lines.map((line) => [line.name, line.call, line.url])).toEqual([
      ['Urgences', '112', 'https://emergency.example/'],
      ['Ligne en français', '3114', 'https://ligne.example/fr/'],
    ]);
  });

  it('refuses a text clinic.yaml has and the language file lacks, naming the file and the field', () => {
    const words = changed((w) => {
      delete w.preparation?.rideHome?.details;
    });
    expect(() => clinicInLanguage(clinic, words, FILE)).toThrow(
      'content/settings/clinic.fr.yaml: preparation.rideHome.details is missing',
    );
    const noPractical = changed((w) => {
      delete w.practical;
    });
    expect(() => clinicInLanguage(clinic, noPractical, FILE)).toThrow(
      'content/settings/clinic.fr.yaml: practical.fees is missing',
    );
    const noGroup = changed((w) => {
      delete w.outOfHours;
    });
    expect(() => clinicInLanguage(clinic, noGroup, FILE)).toThrow('clinic.fr.yaml: outOfHours.advice is missing');
  });

  it('refuses a text clinic.yaml leaves out or blank, naming the field', () => {
    const words = changed((w) => {
      w.practical = { ...w.practical, insurance: "Nous n'envoyons rien à votre assurance." };
    });
    expect(() => clinicInLanguage(clinic, words, FILE)).toThrow(
      'content/settings/clinic.fr.yaml: practical.insurance is not in clinic.yaml',
    );
    const { practical: _dropped, ...noPractical } = clinic;
    expect(() => clinicInLanguage(noPractical, complete(), FILE)).toThrow(
      'content/settings/clinic.fr.yaml: practical.fees is not in clinic.yaml',
    );
  });

  it('refuses a list with fewer or more items than clinic.yaml, naming the first one', () => {
    const fewer = changed((w) => {
      w.preparation?.whatToBring?.pop();
    });
    expect(() => clinicInLanguage(clinic, fewer, FILE)).toThrow(
      'content/settings/clinic.fr.yaml: preparation.whatToBring.1 is missing; clinic.yaml lists 2 here and this file 1',
    );
    const more = changed((w) => {
      w.openingHours?.push({ days: 'Samedi', hours: 'de 10 h à midi' });
    });
    expect(() => clinicInLanguage(clinic, more, FILE)).toThrow(
      'content/settings/clinic.fr.yaml: openingHours.2 is not in clinic.yaml; clinic.yaml lists 2 here and this file 3',
    );
    const half = changed((w) => {
      const first = w.openingHours?.[0];
      if (first) delete first.hours;
    });
    expect(() => clinicInLanguage(clinic, half, FILE)).toThrow('clinic.fr.yaml: openingHours.0.hours is missing');
  });

  it('names every mismatch at once, each with the file', () => {
    const words = changed((w) => {
      delete w.afterHours;
      delete w.shortName;
    });
    expect(() => clinicInLanguage(clinic, words, FILE)).toThrow(
      /^content\/settings\/clinic\.fr\.yaml: shortName is missing[^\n]*\ncontent\/settings\/clinic\.fr\.yaml: afterHours is missing/,
    );
  });
});

/** Each issue as "path: message", as Astro prints it. */
const issues = (input: unknown) =>
  clinicWordsSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the language file schema', () => {
  const valid = complete();

  it('refuses a setting every language shares, naming it, at every level', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ phone: { display: '1', dial: '1' } }, 'phone: "phone" is set in clinic.yaml only'],
      [{ locale: 'fr-FR' }, 'locale: "locale" is set in clinic.yaml only'],
      [{ outOfHours: { advice: 'La nuit, appelez-nous.', phone: {} } }, 'outOfHours.phone: "phone" is set'],
      [{ preparation: { minimumAge: 18 } }, 'preparation.minimumAge: "minimumAge" is set in clinic.yaml only'],
      [
        { preparation: { rideHome: { escortRequired: false } } },
        'preparation.rideHome.escortRequired: "escortRequired"',
      ],
      [{ preparation: { course: { medicineSessions: 2 } } }, 'preparation.course.medicineSessions: "medicineSessions"'],
      [{ practical: { feesUrl: 'https://x.example/' } }, 'practical.feesUrl: "feesUrl" is set in clinic.yaml only'],
    ];
    for (const [change, says] of cases) {
      expect(issues({ ...valid, ...change }).join('\n')).toContain(says);
    }
  });

  it('refuses an unknown field, naming the one meant', () => {
    expect(issues({ ...valid, afterhours: 'x' })).toContain(
      'afterhours: unknown field "afterhours"; did you mean "afterHours"?',
    );
    expect(issues({ ...valid, preparation: { rideHome: { detail: 'Quelqu’un vous ramène.' } } })).toContain(
      'preparation.rideHome.detail: unknown field "detail" in preparation.rideHome; did you mean "details"?',
    );
  });

  it('holds crisis lines to the rules of clinic.yaml: required, with an emergency line that takes calls', () => {
    const { crisisLines: _lines, ...noLines } = valid;
    expect(issues(noLines).join('\n')).toMatch(/^crisisLines: /);
    const talkOnly = valid.crisisLines.filter((line) => line.tier !== 'emergency');
    expect(issues({ ...valid, crisisLines: talkOnly })).toContain(
      'crisisLines: crisisLines needs at least one line with tier: emergency',
    );
    const { call: _call, ...noCall } = emergency;
    expect(issues({ ...valid, crisisLines: [noCall] }).join('\n')).toContain(
      'crisisLines.0.call: an emergency line must have call',
    );
  });

  it('keeps the text limits of clinic.yaml and reads a blank text as left out', () => {
    expect(issues({ ...valid, afterHours: 'Court.' })).toContain(
      'afterHours: afterHours must be at least 10 characters',
    );
    expect(issues({ ...valid, preparation: { whatToBring: [''] } })).toContain(
      'preparation.whatToBring.0: each item in preparation whatToBring must not be empty',
    );
    expect(clinicWordsSchema.parse({ ...valid, practical: { fees: null, team: '  ' } }).practical).toEqual({});
  });

  it('accepts a file with crisis lines and nothing else: which texts it needs depends on clinic.yaml', () => {
    expect(issues({ crisisLines: valid.crisisLines })).toEqual([]);
  });
});

/** The dotted paths of the words in CLINIC_WORDS, and of the settings only clinic.yaml holds. */
function wordPaths(node: WordsNode, prefix: string): { words: string[]; shared: string[] } {
  if (node.kind === 'text') return { words: [prefix], shared: [] };
  if (node.kind === 'list') return wordPaths(node.item, prefix);
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const children = Object.entries(node.fields).map(([field, child]) => wordPaths(child, at(field)));
  return {
    words: children.flatMap((child) => child.words),
    shared: [...node.settingsOnly.map(at), ...children.flatMap((child) => child.shared)],
  };
}

describe('CLINIC_WORDS against the settings schema', () => {
  const { words, shared } = wordPaths(CLINIC_WORDS, '');
  const settingsKeys = schemaKeys(clinicSettingsSchema);
  const within = (key: string, paths: readonly string[]) => paths.some((p) => key === p || key.startsWith(`${p}.`));

  it('sorts every field of clinic.yaml into words, shared settings or crisis lines', () => {
    const unsorted = settingsKeys.filter(
      (key) => !within(key, [...words, ...shared, 'crisisLines']) && !words.some((word) => word.startsWith(`${key}.`)),
    );
    expect(unsorted).toEqual([]);
  });

  it('names only fields clinic.yaml has, and no field as both words and a shared setting', () => {
    expect([...words, ...shared].filter((key) => !settingsKeys.includes(key))).toEqual([]);
    expect(words.filter((key) => within(key, shared))).toEqual([]);
  });

  it('gives the language file exactly those words and the crisis lines', () => {
    const fileKeys = schemaKeys(clinicWordsSchema);
    const groups = fileKeys.filter((key) => words.some((word) => word.startsWith(`${key}.`)));
    const lines = fileKeys.filter((key) => within(key, ['crisisLines']));
    expect(fileKeys.filter((key) => !groups.includes(key) && !lines.includes(key)).sort()).toEqual([...words].sort());
    expect(lines.sort()).toEqual(settingsKeys.filter((key) => within(key, ['crisisLines'])).sort());
  });
});

describe('language file names', () => {
  it('gives the language of clinic.<language>.yaml and skips clinic.yaml and other files', () => {
    expect(clinicWordsFiles(['clinic.yaml', 'logo.svg', 'clinic.es.yaml', 'clinic.fr.yaml'])).toEqual([
      { lang: 'es', name: 'clinic.es.yaml' },
      { lang: 'fr', name: 'clinic.fr.yaml' },
    ]);
    expect(clinicWordsFiles(['clinic.yaml', 'logo.svg'])).toEqual([]);
    expect(clinicWordsLanguage('clinic.yaml')).toBeUndefined();
  });

  it('refuses a YAML file not named for a language, naming it', () => {
    for (const name of ['clinic.es-US.yaml', 'clinica.es.yaml', 'clinic.es.yml', 'clinic.Spanish.yaml']) {
      expect(() => clinicWordsFiles(['clinic.yaml', name])).toThrow(`content/settings/${name}: received a file named`);
    }
  });
});
