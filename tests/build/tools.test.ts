/**
 * The checklist and plan pages as built, in every language: usable without JavaScript, in the
 * page's own words and settings, and within their script budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { load as loadHtml } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { groupChecklist } from '../../src/features/tools/checklist';
import { PLAN_LIMITS, PLAN_TOUCH_OWN_WORDS } from '../../src/features/tools/plan';
import { checklistSchema } from '../../src/schemas/checklist';
import { guideIdsOnDisk } from '../support/fixtures';
import { fileFor, htmlFiles, page } from '../support/dist';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { EXECUTABLE_INLINE_SCRIPT, kb, pageWeight } from '../support/page-weight';
import { CONTENT } from '../support/paths';
import { sitePages } from '../support/site-pages';
import { readPlan, readSettingWords, shownText } from '../support/words';

const JS_BUDGET = 6 * 1024;
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

describe.each(EDITIONS)('the tools in $lang', ({ lang, root, home }) => {
  const paths = pathsOf(lang);
  const CHECKLIST = fileFor(paths.checklist);
  const PLAN = fileFor(paths.plan);
  const UI = uiOf(lang);
  const clinic = clinicOf(lang);
  // The clinic's own language's checklist is items.yaml; another's is items.<lang>.yaml. Items name
  // guides by their ids in the clinic's own language.
  const checklist = checklistSchema(guideIdsOnDisk()).parse(
    load(readFileSync(path.join(CONTENT, 'checklist', root ? 'items.yaml' : `items.${lang}.yaml`), 'utf8')),
  );
  const { items } = checklist;
  const groups = groupChecklist(checklist, clinic, readSettingWords(lang));
  const plan = readPlan(lang);

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
      expect(headings).toEqual(groups.map((group) => group.heading));
      for (const item of items) {
        const heading = $(`#item-${item.id}`).closest('section').find('h2').attr('id');
        expect(heading, item.id).toBe(item.phase);
      }
    });

    it('shows every item with the clinic settings in words, with no placeholder left', () => {
      expect($('main').text()).not.toMatch(/\{[a-zA-Z.]+\}/);
      for (const shown of groups.flatMap((group) => group.items)) {
        expect(text($(`#item-${shown.id}`).closest('li').text()), shown.id).toContain(text(shown.text));
      }
    });

    it('says in one plain sentence that nothing leaves the device', () => {
      expect(text($('[data-tool-notice]').text())).toContain(
        text(UI.tools.staysHere({ verb: UI.tools.checklist.verb })),
      );
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

    it('gives every text box the limit src/features/tools/plan.ts sets, and an empty, hidden count and note that do not print', () => {
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
      expect(legends).toEqual(Object.values(plan.sections).map((section) => text(section.heading)));
    });

    it('offers the ways the content lists, in its order, with their words', () => {
      const choices = form.find('input[type="radio"][name="way"]');
      expect(choices.map((_, radio) => $(radio).attr('value')).get()).toEqual(plan.ways.map((way) => way.value));
      expect(choices.map((_, radio) => text($(`label[for="${$(radio).attr('id')}"]`).text())).get()).toEqual(
        plan.ways.map((way) => text(way.label)),
      );
    });

    it('asks about touch beside the stop signal, the own-words choice with a box for the client’s own words', () => {
      const touch = form.find('input[type="radio"][name="touch"]');
      expect(touch.map((_, radio) => $(radio).attr('value')).get()).toEqual(plan.touch.map((choice) => choice.value));
      expect(touch.map((_, radio) => text($(`label[for="${$(radio).attr('id')}"]`).text())).get()).toEqual(
        plan.touch.map((choice) => text(choice.label)),
      );
      const fieldset = touch.first().closest('fieldset');
      expect(text(fieldset.children('legend').text())).toBe(text(plan.sections.touch.heading));
      // The fieldset just before it holds the stop signal.
      expect(fieldset.prevAll('fieldset').first().find('[name="pauseSignal"]')).toHaveLength(1);
      // The own words sit inside their choice, so they print only when that choice is made (or none is).
      const ownWords = $(`#touch-${PLAN_TOUCH_OWN_WORDS}`).closest('.choice').find('textarea[name="touchOwnWords"]');
      const offered = plan.touch.some((choice) => choice.value === PLAN_TOUCH_OWN_WORDS);
      expect(ownWords).toHaveLength(offered ? 1 : 0);
      if (offered)
        expect(text($(`label[for="${ownWords.attr('id')}"]`).text())).toBe(text(plan.fields.touchOwnWords.label));
    });

    it('shows each hint in the content’s words, with settings filled in and links as links', () => {
      const hints = {
        '#way-hint': plan.sections.way.hint,
        '#touch-hint': plan.sections.touch.hint,
        '#ride-hint': plan.sections.ride.hint,
        '#emergency-hint': plan.sections.emergency.hint,
        '#intention-hint': plan.fields.intention.hint,
        '#pauseSignal-hint': plan.fields.pauseSignal.hint,
      };
      for (const [selector, words] of Object.entries(hints)) {
        expect(text($(selector).text()), selector).toBe(text(shownText(words, lang)));
      }
      expect($('#touch-hint').closest('fieldset').attr('aria-describedby')?.split(' ')).toContain('touch-hint');
    });

    // The sample's own words, which the content brief asks for: touch is agreed before the medicine, the
    // client can change their mind, an intention is an invitation. The English sample's sentences; the
    // words of every language are checked against its content above.
    it.runIf(clinic.sample && root)(
      'in the sample, says why touch is agreed before, and that the client may change their mind',
      () => {
        expect(text($('#touch-hint').text())).toContain('Under the medicine, it can be hard to say yes or no clearly.');
        expect(text($('#way-hint').text())).toContain('You can change your mind at any time');
        expect(text($('#intention-hint').text())).toContain('An intention is an invitation, not a requirement.');
      },
    );

    it('goes nowhere when submitted, so nothing typed is ever sent, even without JavaScript', () => {
      // A form with method="dialog" that is not in a dialog is never sent anywhere.
      expect(form.attr('method')).toBe('dialog');
      expect(form.attr('action')).toBeUndefined();
      expect(form.find('button')).toHaveLength(0);
      const save = $(`button[type="submit"][form="${form.attr('id')}"]`);
      expect(text(save.text())).toBe(text(UI.tools.plan.save));
      expect(save.attr('disabled')).toBeDefined();
    });

    it('links only to pages and sections that exist', () => {
      const links = $('main a[href^="/"]')
        .map((_, link) => $(link).attr('href'))
        .get();
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const [address = '', anchor] = link.split('#');
        const file = fileFor(decodeURI(address));
        expect(htmlFiles()).toContain(file);
        // A browser finds the anchor as written or percent-decoded (an accented heading's id).
        if (anchor) expect(page(file)(`[id="${decodeURIComponent(anchor)}"]`), link).toHaveLength(1);
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
      const { things, verb } = UI.tools[file === CHECKLIST ? 'checklist' : 'plan'];
      // A <noscript>'s content is raw HTML to a parser that runs no scripts.
      expect(text(loadHtml($('noscript').text()).text())).toBe(UI.tools.noJavaScript({ things, verb }));
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
    it('the header navigation links to both in the page’s language on every page', () => {
      const inLanguage = sitePages().filter((sitePage) => sitePage.lang === lang);
      expect(inLanguage.length).toBeGreaterThan(0);
      for (const { file } of inLanguage) {
        const nav = page(file)('header nav');
        expect(nav.find(`a[href="${paths.checklist}"]`), file).toHaveLength(1);
        expect(nav.find(`a[href="${paths.plan}"]`), file).toHaveLength(1);
      }
    });

    it('the home page links to both', () => {
      const $ = page(fileFor(home));
      expect($(`main a[href="${paths.checklist}"]`).length).toBeGreaterThan(0);
      expect($(`main a[href="${paths.plan}"]`).length).toBeGreaterThan(0);
    });
  });
});
