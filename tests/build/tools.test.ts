/** The checklist and plan pages as built: usable without JavaScript, and within their script budget. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_PATH, PLAN_PATH } from '../../src/lib/constants';
import { CHECKLIST_PHASE_HEADINGS, groupChecklist } from '../../src/lib/checklist';
import { checklistSchema } from '../../src/lib/schemas';
import { readClinic } from '../support/clinic';
import { guideIdsOnDisk } from '../support/fixtures';
import { PLAN_LIMITS, PLAN_TOUCH, PLAN_WAYS } from '../../src/lib/plan';
import { fileFor, htmlFiles, page } from '../support/dist';
import { EXECUTABLE_INLINE_SCRIPT, kb, pageWeight } from '../support/page-weight';
import { CONTENT } from '../support/paths';

const CHECKLIST = fileFor(CHECKLIST_PATH);
const PLAN = fileFor(PLAN_PATH);
const JS_BUDGET = 6 * 1024;

const clinic = readClinic();
const items = checklistSchema(guideIdsOnDisk()).parse(
  load(readFileSync(path.join(CONTENT, 'checklist', 'items.yaml'), 'utf8')),
).items;
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('the checklist page', () => {
  const $ = page(CHECKLIST);

  it('has one native checkbox inside a label for every item in the content', () => {
    const boxes = $('main input[type="checkbox"]');
    expect(boxes.map((_, box) => $(box).attr('value')).get()).toEqual(items.map((item) => item.id));
    boxes.each((_, box) => {
      expect($(box).closest('label').text().trim().length, $(box).attr('value')).toBeGreaterThan(0);
    });
  });

  it('groups the items under a heading per phase', () => {
    const headings = $('main section > h2')
      .map((_, heading) => $(heading).text().trim())
      .get();
    expect(headings).toEqual(Object.values(CHECKLIST_PHASE_HEADINGS));
    for (const item of items) {
      const heading = $(`#item-${item.id}`).closest('section').find('h2').attr('id');
      expect(heading, item.id).toBe(item.phase);
    }
  });

  it('shows every item with the clinic settings in words, with no placeholder left', () => {
    expect($('main').text()).not.toMatch(/\{[a-zA-Z.]+\}/);
    for (const shown of groupChecklist(items, clinic).flatMap((group) => group.items)) {
      expect(text($(`#item-${shown.id}`).closest('li').text()), shown.id).toContain(text(shown.text));
    }
  });

  it('says in one plain sentence that nothing leaves the device', () => {
    expect(text($('[data-tool-notice]').text())).toContain('nothing is sent to us or to anyone else');
  });
});

describe('the plan page', () => {
  const $ = page(PLAN);
  const form = $('main form[data-plan]');

  it('is one real form whose every field has a label', () => {
    expect(form).toHaveLength(1);
    form.find('input:not([type="radio"]), textarea').each((_, field) => {
      const id = $(field).attr('id');
      expect(text(form.find(`label[for="${id}"]`).text()).length, id).toBeGreaterThan(0);
    });
  });

  it('gives every text box the limit src/lib/plan.ts sets, and an empty, hidden count and note that do not print', () => {
    const boxes = form.find('input:not([type="radio"]), textarea');
    expect(
      boxes
        .map((_, box) => $(box).attr('name'))
        .get()
        .sort(),
    ).toEqual(Object.keys(PLAN_LIMITS).sort());
    for (const [name, max] of Object.entries(PLAN_LIMITS)) {
      const box = form.find(`[name="${name}"]`);
      expect(box.attr('maxlength'), name).toBe(String(max));
      const described = box.attr('aria-describedby')?.split(' ') ?? [];
      expect(described, name).toEqual(expect.arrayContaining([`${name}-count`, `${name}-note`]));
      for (const id of described) expect($(`#${id}`), `${name} is described by #${id}`).toHaveLength(1);
      for (const line of [$(`#${name}-count`), $(`#${name}-note`)]) {
        expect(line.attr('hidden'), name).toBeDefined();
        expect(line.text(), name).toBe('');
        expect(line.hasClass('no-print'), name).toBe(true);
      }
    }
  });

  it('groups its questions in fieldsets, each with a legend', () => {
    const legends = form
      .find('fieldset > legend')
      .map((_, legend) => text($(legend).text()))
      .get();
    expect(legends).toHaveLength(form.find('fieldset').length);
    expect(legends).toContain('How I would like my session to go');
  });

  it('offers the four ways from the practice, and "not sure yet"', () => {
    const choices = form.find('input[type="radio"][name="way"]');
    expect(choices.map((_, radio) => text($(`label[for="${$(radio).attr('id')}"]`).text())).get()).toEqual(
      PLAN_WAYS.map((way) => way.label),
    );
    expect(PLAN_WAYS.map((way) => way.value)).toContain('not-sure');
  });

  it('asks about touch beside the stop signal: four choices, the last with a box for the client’s own words', () => {
    const touch = form.find('input[type="radio"][name="touch"]');
    expect(touch.map((_, radio) => text($(`label[for="${$(radio).attr('id')}"]`).text())).get()).toEqual(
      PLAN_TOUCH.map((choice) => choice.label),
    );
    const fieldset = touch.first().closest('fieldset');
    expect(text(fieldset.children('legend').text())).toBe('Touch during my session');
    // The fieldset just before it holds the stop signal.
    expect(fieldset.prevAll('fieldset').first().find('[name="pauseSignal"]')).toHaveLength(1);
    // The own words sit inside the last choice, so they print only when that choice is made (or none is).
    const ownWords = $('#touch-own-words').closest('.choice').find('textarea[name="touchOwnWords"]');
    expect(ownWords).toHaveLength(1);
    expect(text($(`label[for="${ownWords.attr('id')}"]`).text())).toBe('My words about touch');
  });

  it('says why touch is agreed before the medicine, and links to a guide that exists', () => {
    const hint = $('#touch-hint');
    expect(text(hint.text())).toContain('Under the medicine, it can be hard to say yes or no clearly.');
    expect(text(hint.text())).toContain('So you agree on touch before');
    expect(hint.closest('fieldset').attr('aria-describedby')?.split(' ')).toContain('touch-hint');
    const link = hint.find('a').attr('href') ?? '';
    expect(htmlFiles()).toContain(fileFor(link));
  });

  it('says the client can change their mind, and frames an intention as an invitation', () => {
    expect(text($('#way-hint').text())).toContain('You can change your mind at any time');
    expect(text($('#intention-hint').text())).toContain('An intention is an invitation, not a requirement.');
  });

  it('goes nowhere when submitted, so nothing typed is ever sent, even without JavaScript', () => {
    // A form with method="dialog" that is not in a dialog is never sent anywhere.
    expect(form.attr('method')).toBe('dialog');
    expect(form.attr('action')).toBeUndefined();
    expect(form.find('button')).toHaveLength(0);
    const save = $(`button[type="submit"][form="${form.attr('id')}"]`);
    expect(text(save.text())).toBe('Save my plan');
    expect(save.attr('disabled')).toBeDefined();
  });

  it('links to the guides on the ways a session can go and on stopping, and each exists', () => {
    const links = $('main a[href^="/guides/"]')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(links).toEqual([
      '/guides/ways-your-session-can-go/',
      '/guides/your-choice/#you-can-end-a-session-at-any-time',
      // Why touch is agreed before the medicine: the section on touch in the guide on hard moments.
      '/guides/if-a-session-feels-hard/#touch-agreed-before-the-medicine',
    ]);
    for (const link of links) {
      const [address = '', anchor] = link.split('#');
      expect(htmlFiles()).toContain(fileFor(address));
      if (anchor) expect(page(fileFor(address))(`#${anchor}`), link).toHaveLength(1);
    }
  });

  it('carries the clinic contact and the crisis lines for the printed page', () => {
    const contacts = text($('.print-contacts').text());
    expect(contacts).toContain(clinic.phone.display);
    expect(contacts).toContain(clinic.email);
    for (const line of clinic.crisisLines) expect(contacts).toContain(line.name);
  });
});

describe.each([CHECKLIST, PLAN])('%s', (file) => {
  const $ = page(file);

  it('starts the buttons that need JavaScript hidden and disabled', () => {
    const buttons = $('[data-tool-actions] button');
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect($('[data-tool-actions]').attr('hidden')).toBeDefined();
    buttons.each((_, button) => expect($(button).attr('disabled'), $(button).text()).toBeDefined());
  });

  it('says, when JavaScript is off, that nothing will be saved and how to print', () => {
    expect(text($('noscript').text())).toMatch(/JavaScript is off in your browser, so your \w+ are not saved/);
    expect(text($('noscript').text())).toContain("use your browser's Print command");
  });

  it('loads its tool script from a file; its only inline script is the intent loader every page has', () => {
    expect($(EXECUTABLE_INLINE_SCRIPT)).toHaveLength(1);
    expect($('script[src]').length).toBeGreaterThan(0);
  });

  it(`loads at most ${kb(JS_BUDGET)} of JavaScript, gzipped, with the modules it imports`, () => {
    const { js } = pageWeight(file);
    console.log(`${file}: ${kb(js)} of JavaScript, gzipped`);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(JS_BUDGET);
  });
});

describe('the tools are easy to find', () => {
  it('the header navigation links to both on every page', () => {
    for (const file of htmlFiles()) {
      const nav = page(file)('header nav');
      expect(nav.find(`a[href="${CHECKLIST_PATH}"]`), file).toHaveLength(1);
      expect(nav.find(`a[href="${PLAN_PATH}"]`), file).toHaveLength(1);
    }
  });

  it('the home page links to both', () => {
    const $ = page('index.html');
    expect($(`main a[href="${CHECKLIST_PATH}"]`).length).toBeGreaterThan(0);
    expect($(`main a[href="${PLAN_PATH}"]`).length).toBeGreaterThan(0);
  });
});
