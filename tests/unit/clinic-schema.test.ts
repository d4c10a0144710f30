/**
 * The clinic settings contract: every field known (a misspelt one stops the build and says which
 * field was meant), a number on every crisis line, and only https addresses a reader can trust.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { clinicSettingsSchema, crisisLineSchema } from '../../src/schemas/clinic';
import { CONTENT } from '../support/paths';

const clinic = load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')) as Record<string, unknown> & {
  crisisLines: Record<string, unknown>[];
  preparation: Record<string, unknown>;
};

const line = {
  tier: 'talk-now',
  name: 'A crisis line',
  howToReach: 'Call or text 988',
  call: '988',
  text: '988',
  hours: '24 hours a day',
  url: 'https://988lifeline.org/',
};

/** Each issue as "path: message", as Astro prints it. */
const issues = (schema: typeof clinicSettingsSchema | typeof crisisLineSchema, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

/** The real settings with one crisis line replaced. */
const withLine = (index: number, replacement: Record<string, unknown>) => ({
  ...clinic,
  crisisLines: clinic.crisisLines.map((entry, i) => (i === index ? replacement : entry)),
});

describe('unknown fields', () => {
  it('refuse a misspelt crisis line field, naming it and the field meant', () => {
    const { call, ...rest } = clinic.crisisLines[0] ?? {};
    expect(issues(clinicSettingsSchema, withLine(0, { ...rest, Call: call }))).toContain(
      'crisisLines.0.Call: unknown field "Call" in crisisLines.0; did you mean "call"?',
    );
  });

  it('refuse an unknown field at the top of the settings and in every nested group', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...clinic, shortname: 'X' }, 'shortname: unknown field "shortname"; did you mean "shortName"?'],
      [
        { ...clinic, phone: { display: '(555) 010-0142', dial: '+15550100142', dail: '1' } },
        'phone.dail: unknown field "dail" in phone; did you mean "dial"?',
      ],
      [
        { ...clinic, openingHours: [{ days: 'Monday', hours: '9 to 5', hour: 'x' }] },
        'openingHours.0.hour: unknown field "hour" in openingHours.0; did you mean "hours"?',
      ],
      [
        { ...clinic, preparation: { ...clinic.preparation, alcholFreeHours: 4 } },
        'preparation.alcholFreeHours: unknown field "alcholFreeHours" in preparation; did you mean "alcoholFreeHours"?',
      ],
      [
        { ...clinic, preparation: { ...clinic.preparation, visitLength: { minHours: 1, maxHours: 2, max: 3 } } },
        'preparation.visitLength.max: unknown field "max" in preparation.visitLength; did you mean "maxHours"?',
      ],
      [
        {
          ...clinic,
          preparation: { ...clinic.preparation, fasting: { solidsHours: 4, clearLiquidsHours: 1, liquids: 2 } },
        },
        'preparation.fasting.liquids: unknown field "liquids" in preparation.fasting; the fields here are: solidsHours, clearLiquidsHours',
      ],
      [
        { ...clinic, preparation: { ...clinic.preparation, driving: { rule: 'hours', hours: 24, Hours: 12 } } },
        'preparation.driving.Hours: unknown field "Hours" in preparation.driving; did you mean "hours"?',
      ],
      [
        {
          ...clinic,
          preparation: {
            ...clinic.preparation,
            rideHome: { escortRequired: true, details: 'Someone you know.', detail: 'x' },
          },
        },
        'preparation.rideHome.detail: unknown field "detail" in preparation.rideHome; did you mean "details"?',
      ],
      [
        {
          ...clinic,
          preparation: {
            ...clinic.preparation,
            course: { ...(clinic.preparation['course'] as object), reveiw: 'x' },
          },
        },
        'preparation.course.reveiw: unknown field "reveiw" in preparation.course; did you mean "review"?',
      ],
    ];
    for (const [input, expected] of cases) expect(issues(clinicSettingsSchema, input)).toContain(expected);
  });

  it('accept the real settings', () => {
    expect(issues(clinicSettingsSchema, clinic)).toEqual([]);
  });
});

describe('out of hours, minimum age and practical details', () => {
  const { outOfHours: _outOfHours, ...noOutOfHours } = clinic;
  const { minimumAge: _minimumAge, ...noMinimumAge } = clinic.preparation;

  it('need out-of-hours advice, with an optional phone', () => {
    expect(issues(clinicSettingsSchema, noOutOfHours)).toContain(
      'outOfHours: outOfHours is required: { advice }, and phone: { display, dial } if you have an on-call line',
    );
    expect(
      issues(clinicSettingsSchema, { ...clinic, outOfHours: { advice: 'Call 911 or go to the emergency room.' } }),
    ).toEqual([]);
    expect(issues(clinicSettingsSchema, { ...clinic, outOfHours: { advice: 'Call us' } })).toContain(
      'outOfHours.advice: outOfHours advice must be at least 10 characters',
    );
    expect(
      issues(clinicSettingsSchema, {
        ...clinic,
        outOfHours: { advice: 'Our on-call nurse answers.', phone: { display: '(555) 010-0199', dial: '555 010' } },
      }),
    ).toContain('outOfHours.phone.dial: outOfHours phone dial must be digits only, with an optional leading +');
    expect(
      issues(clinicSettingsSchema, { ...clinic, outOfHours: { advise: 'Call 911 or go to the emergency room.' } }),
    ).toContain('outOfHours.advise: unknown field "advise" in outOfHours; did you mean "advice"?');
  });

  it('need a minimum age in whole years', () => {
    expect(issues(clinicSettingsSchema, { ...clinic, preparation: noMinimumAge })).toContain(
      'preparation.minimumAge: preparation minimumAge is required: the youngest age you treat, in years, for example 18',
    );
    expect(
      issues(clinicSettingsSchema, { ...clinic, preparation: { ...clinic.preparation, minimumAge: 17.5 } }),
    ).toContain('preparation.minimumAge: preparation minimumAge must be a whole number of years, for example 18');
    expect(
      issues(clinicSettingsSchema, { ...clinic, preparation: { ...clinic.preparation, minimumAge: '18' } }),
    ).toContain(
      'preparation.minimumAge: preparation minimumAge is required: the youngest age you treat, in years, for example 18',
    );
  });

  it('take practical details as optional, blank or filled in', () => {
    const { practical: _practical, ...noPractical } = clinic;
    expect(issues(clinicSettingsSchema, noPractical)).toEqual([]);
    const parsed = clinicSettingsSchema.parse({
      ...clinic,
      practical: { fees: null, room: '  ', team: 'A therapist stays.' },
    });
    expect(parsed.practical).toMatchObject({ team: 'A therapist stays.' });
    expect(parsed.practical?.fees).toBeUndefined();
    expect(parsed.practical?.room).toBeUndefined();
  });

  it('refuse a practical detail that is misspelt, too short or not https', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ fee: 'Each session has a fee.' }, 'practical.fee: unknown field "fee" in practical; did you mean "fees"?'],
      [{ fees: 'Ask.' }, 'practical.fees: practical fees must be at least 10 characters'],
      [
        { feesUrl: 'http://riverbend.example/fees' },
        'practical.feesUrl: practical feesUrl must start with https://, not http://: the site never sends readers to pages that are not secure',
      ],
      [{ cancellation: 48 }, 'practical.cancellation: practical cancellation is required and must be text'],
    ];
    for (const [practical, expected] of cases) {
      expect(issues(clinicSettingsSchema, { ...clinic, practical })).toContain(expected);
    }
  });
});

describe('crisis lines', () => {
  it('need a number to call or to text', () => {
    const { call: _call, text: _text, ...noNumber } = line;
    expect(issues(crisisLineSchema, noNumber)).toContain(
      'call: a crisis line needs call or text: the number readers call or text, digits only',
    );
    expect(issues(crisisLineSchema, { ...noNumber, text: '741741' })).toEqual([]);
  });

  it('need a number to call when the line is for emergencies', () => {
    const { call: _call, ...textOnly } = line;
    expect(issues(crisisLineSchema, { ...textOnly, tier: 'emergency' })).toContain(
      "call: an emergency line must have call: the number to call, such as '911'",
    );
  });
});

describe('web addresses', () => {
  const urlIssues = (url: string) => issues(crisisLineSchema, { ...line, url });

  it('accept a plain https address', () => {
    expect(urlIssues('https://988lifeline.org/talk-to-someone-now/?lang=en#top')).toEqual([]);
  });

  it('refuse http, saying why', () => {
    expect(urlIssues('http://988lifeline.org/')).toContain(
      'url: crisis line url must start with https://, not http://: the site never sends readers to pages that are not secure',
    );
  });

  it('refuse a user name or password in the address', () => {
    for (const url of ['https://user:pw@evil.example/', 'https://988lifeline.org@evil.example/']) {
      expect(urlIssues(url)).toContain(
        'url: crisis line url must not contain a user name or password (…@); write the plain address, such as https://example.org/page',
      );
    }
  });

  it('refuse backslashes, spaces and other forms a browser would rewrite', () => {
    for (const url of [
      'https:/\\evil.example/',
      'https:\\\\evil.example/',
      'https://988lifeline.org\\@evil.example/',
      'https:evil.example',
      'https:///evil.example',
      'https://988lifeline.org/a page',
      'HTTPS://988lifeline.org/',
      ' https://988lifeline.org/',
      'https://localhost/',
    ]) {
      expect(urlIssues(url).join('\n'), url).toMatch(/^url: crisis line url must /);
    }
  });
});

describe('siteUrl', () => {
  it('must be https', () => {
    expect(issues(clinicSettingsSchema, { ...clinic, siteUrl: 'http://care.example.org' })).toContain(
      'siteUrl: siteUrl must start with https://, such as https://care.example.org: browsers warn readers away from http:// sites, and links, previews and QR codes use this address',
    );
  });

  it('may end in the path the site is published under', () => {
    expect(issues(clinicSettingsSchema, { ...clinic, siteUrl: 'https://example.org/kat/' })).toEqual([]);
  });

  it('must have no user name, query or fragment', () => {
    for (const siteUrl of ['https://example.org/kat/?x=1', 'https://user@care.example.org', 'https://example.org/#a']) {
      expect(issues(clinicSettingsSchema, { ...clinic, siteUrl })).toContain(
        `siteUrl: siteUrl must be the address the site is published at, such as https://care.example.org or https://example.org/kat/, with nothing after the path (no ? or #) and only letters, digits, - . _ ~ in folder names`,
      );
    }
  });
});

describe('logo and colours', () => {
  it('accept no logo and no colours, a blank logo, and a readable pair', () => {
    const { logo: _logo, colors: _colors, ...rest } = clinic;
    expect(issues(clinicSettingsSchema, rest)).toEqual([]);
    expect(
      issues(clinicSettingsSchema, { ...rest, logo: null, colors: { accent: '#7a3e9d', accentDark: '#d7b8f0' } }),
    ).toEqual([]);
  });

  it('refuse a logo that is not a file name in content/settings/', () => {
    expect(issues(clinicSettingsSchema, { ...clinic, logo: '../logo.svg' })).toEqual([
      'logo: logo must be the name of an SVG file in content/settings/, for example logo.svg',
    ]);
    expect(issues(clinicSettingsSchema, { ...clinic, logo: 'logo.png' })).toHaveLength(1);
  });

  it('refuse a colour not written as #rrggbb, naming the setting', () => {
    expect(issues(clinicSettingsSchema, { ...clinic, colors: { accent: 'teal' } })[0]).toMatch(
      /^colors\.accent: colors accent must be a colour written as # and six digits or letters/,
    );
  });

  it('refuse a pale light accent and a dark dark-mode accent, each at its own setting', () => {
    const found = issues(clinicSettingsSchema, { ...clinic, colors: { accent: '#88aaff', accentDark: '#335577' } });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^colors\.accent: #88aaff has contrast 2\.1:1 on the light page background/);
    expect(found[1]).toMatch(/^colors\.accentDark: #335577 has contrast 2\.\d:1 on the dark page background/);
  });
});
