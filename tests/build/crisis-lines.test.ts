/**
 * The crisis lines as readers meet them, computed from the settings under test, on each page in its
 * own language (the language's crisis lines and words): every way to reach a
 * line is a tel: or sms: button that shows its number; no crisis block sends a reader to a website
 * but the Getting help page, which names each non-emergency service's own site; Getting help shows
 * the lines once; and on paper one line of contact and crisis numbers stands in for the footer.
 */
import { describe, expect, it } from 'vitest';
import { crisisWays, wayLabel, wayPhrases } from '../../src/lib/crisis-ways';
import { GET_HELP_ID } from '../../src/lib/constants';
import { CRISIS_TIERS } from '../../src/schemas/names';
import { fileFor, page } from '../support/dist';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { sitePages } from '../support/site-pages';

/** One language's crisis lines in the order the blocks show them (emergency first), and their buttons. */
function crisisOf(lang: string) {
  const clinic = clinicOf(lang);
  const { help } = uiOf(lang);
  const lines = CRISIS_TIERS.flatMap((tier) => clinic.crisisLines.filter((line) => line.tier === tier));
  const buttons = lines.flatMap((line) =>
    crisisWays(line).map((way) => ({ href: way.href, text: wayLabel(way, help) })),
  );
  return { clinic, help, lines, buttons, helpFile: fileFor(pathsOf(lang).getHelp), helpPath: pathsOf(lang).getHelp };
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

it.each(EDITIONS)('the settings give crisis lines with numbers to show in $lang', ({ lang }) => {
  const { lines, buttons } = crisisOf(lang);
  expect(lines.length).toBeGreaterThan(0);
  expect(buttons.length).toBeGreaterThanOrEqual(lines.length);
});

describe.each(sitePages())('$address', ({ file, lang }) => {
  const $ = page(file);
  const { clinic, help, lines, buttons, helpFile } = crisisOf(lang);

  it('shows each way to reach each crisis line as a tel: or sms: button with its number', () => {
    const blocks = $('.crisis-lines').toArray();
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const shown = $(block)
        .find('a.crisis-button')
        .toArray()
        .map((link) => ({ href: $(link).attr('href'), text: squash($(link).text()) }));
      expect(shown).toEqual(buttons);
    }
  });

  it('links no website from a crisis block, but on Getting help, and there never for an emergency line', () => {
    const websites = $('.crisis-lines a')
      .not('.crisis-button')
      .toArray()
      .map((link) => $(link).attr('href'));
    const expected = file === helpFile ? lines.filter((line) => line.tier !== 'emergency').map((line) => line.url) : [];
    expect(websites).toEqual(expected);
  });

  it('has one line for paper with the clinic phone and, unless the page shows them, every crisis number', () => {
    const line = $('footer .print-line');
    expect(line).toHaveLength(1);
    const text = squash(line.text());
    expect(text).toContain(clinic.phone.display);
    // Getting help prints its crisis lines in the page itself.
    const withLines = $('footer #get-help').length > 0;
    for (const crisis of lines) {
      expect(text.includes(crisis.name), crisis.name).toBe(withLines);
      if (withLines) for (const phrase of wayPhrases(crisis, help)) expect(text).toContain(phrase);
    }
    // Plain text: paper cannot follow a link, and a screen never shows it.
    expect(line.find('a')).toHaveLength(0);
  });
});

describe.each(EDITIONS)('Getting help in $lang', ({ lang }) => {
  const { lines, helpFile, helpPath } = crisisOf(lang);
  const $ = page(helpFile);

  it('shows the crisis lines once, in its own content, where "Get help now" lands', () => {
    expect($('.crisis-lines')).toHaveLength(1);
    expect($(`main #${GET_HELP_ID} .crisis-lines`)).toHaveLength(1);
    expect($(`#${GET_HELP_ID}`)).toHaveLength(1);
    expect($(`header a[href="#${GET_HELP_ID}"]`)).toHaveLength(1);
    for (const line of lines) {
      const named = $('.crisis-lines li').filter((_, item) => squash($(item).find('p').first().text()) === line.name);
      expect(named, line.name).toHaveLength(1);
    }
  });

  it('leaves the crisis lines and the link to itself out of its footer', () => {
    expect($('footer .crisis-lines, footer #get-help')).toHaveLength(0);
    expect($(`footer a[href="${helpPath}"]`)).toHaveLength(0);
  });
});
