/**
 * Each built handout, in every language, has what paper needs: contact, crisis box, review date,
 * version and a QR code, in the handout's own language, its clinic settings and its addresses.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/addresses';
import { escapeRegExp } from '../support/regexp';
import { distText, fileFor, page } from '../support/dist';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { followListing } from '../support/listing-pages';
import { DIST } from '../support/paths';
import { decodeQrSvg } from '../support/qr-decode';
import { readGuide, readingProblem } from '../support/page-readability';
import { shortAddress } from '../../src/lib/handouts';
import { countPdfPages } from '../../src/integrations/shared/pdf-pages';
import type { PaperSize } from '../../src/schemas/names';

/** The language of a `lang` attribute (es-US → es), or undefined without one. */
const languageOfLocale = (locale: string | undefined) => locale?.split('-')[0];

/** reviewedBy as written: one role or a list of roles. */
const roles = (reviewedBy: string | string[]) => (typeof reviewedBy === 'string' ? [reviewedBy] : reviewedBy);

describe.each(EDITIONS)('in $lang', ({ lang, root }) => {
  const clinic = clinicOf(lang);
  const ui = uiOf(lang);
  const paths = pathsOf(lang);
  /** A site path's full address, under the site's base. */
  const fullAddress = (sitePath: string) => absoluteUrl(clinic.siteUrl, sitePath);

  const handouts = editionEntries<{
    title: string;
    version: string;
    paper: PaperSize[];
    reviewedBy: string | string[];
  }>('handouts', lang);

  const pdfsBuilt = existsSync(path.join(DIST, paths.handouts, 'pdf'));

  describe('handouts', () => {
    // The clinic's own language has every handout; another may translate only some.
    it.runIf(root)('the content folder has handouts to check', () => {
      expect(handouts.length).toBeGreaterThan(0);
    });

    it('the handouts page lists every handout', () => {
      const $ = page(fileFor(paths.handouts));
      for (const handout of handouts) {
        expect(
          $(`main a[href="${paths.handout(handout.slug)}"]`)
            .text()
            .trim(),
        ).toBe(handout.data.title);
      }
    });

    for (const handout of handouts) {
      describe(handout.slug, () => {
        const { file } = handout;
        const address = fullAddress(paths.handout(handout.slug));

        it('exists, with its title as the only h1', () => {
          const $ = page(file);
          expect($('h1')).toHaveLength(1);
          expect($('h1').text().trim()).toBe(handout.data.title);
        });

        it("starts with the clinic's name, phone and email", () => {
          const head = page(file)('.handout-head');
          expect(head.find('.handout-clinic').text().trim()).toBe(clinic.name);
          expect(head.find(`a[href="tel:${clinic.phone.dial}"]`).text()).toBe(clinic.phone.display);
          expect(head.find(`a[href="mailto:${clinic.email}"]`)).toHaveLength(1);
        });

        it('has the crisis lines in a box that is kept on one page', () => {
          const box = page(file)('.handout .handout-crisis');
          expect(box).toHaveLength(1);
          expect(box.hasClass('print-keep')).toBe(true);
          for (const line of clinic.crisisLines) expect(box.text()).toContain(line.name);
        });

        it.runIf(!clinic.sample)('shows the date it was last reviewed, by whom, and its version', () => {
          const meta = page(file)('.handout-meta');
          expect(meta.text()).toContain(ui.handout.lastReviewed);
          expect(meta.find('time[datetime]').first().attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(meta.text()).toContain(ui.handout.version({ version: handout.data.version }));
          for (const role of roles(handout.data.reviewedBy)) expect(meta.text()).toContain(role);
        });

        it.runIf(clinic.sample)(
          'while sample, says it is not yet reviewed, who is to review it, and its version',
          () => {
            const meta = page(file)('.handout-meta');
            expect(meta.text()).toContain(ui.review.notYetReviewed);
            expect(meta.text()).toContain(ui.review.toBeReviewedBy);
            for (const role of roles(handout.data.reviewedBy)) expect(meta.text()).toContain(role);
            expect(meta.text()).toContain(ui.handout.version({ version: handout.data.version }));
            expect(meta.text()).not.toContain(ui.handout.lastReviewed);
            expect(meta.find('time')).toHaveLength(0);
          },
        );

        it("has a QR code that reads as the page's own address, with the short address printed beside it", () => {
          const $ = page(file);
          const svg = $('.handout-qr svg');
          expect(svg).toHaveLength(1);
          expect(svg.attr('role')).toBe('img');
          expect(svg.attr('aria-label')).toContain(shortAddress(address));
          expect(decodeQrSvg($.html(svg))).toBe(address);
          expect($('.handout-address').text().replace(/\s+/g, '')).toBe(shortAddress(address));
          expect($('link[rel="canonical"]').attr('href')).toBe(address);
        });

        it('fills every clinic setting (no {placeholder} or unknown name left in the text)', () => {
          const text = page(file)('.handout-body').text();
          expect(text).not.toMatch(/\{[A-Za-z.]+\}/);
          expect(text.trim().length).toBeGreaterThan(200);
        });

        it('is written in plain words, by its language’s reading scale (Flesch-Kincaid grade 7 or lower in English)', () => {
          const reading = readGuide(file, page(file));
          expect(readingProblem(reading)).toBeUndefined();
          expect(reading.scale === 'none' ? 0 : reading.words).toBeGreaterThan(100);
        });

        it('gives no dose numbers', () => {
          expect(page(file)('.handout').text()).not.toMatch(/\b\d+(\.\d+)?\s*(mg|milligrams?|mg\/kg|ml)\b/i);
        });

        it('hides its Print button until a script shows it', () => {
          const button = page(file)('button[data-enhance="print"]');
          expect(button).toHaveLength(1);
          expect(button.attr('hidden')).toBeDefined();
        });

        it(
          pdfsBuilt
            ? 'links to a PDF for each paper size, each at most two sides'
            : 'links to no PDF in a build without PDFs',
          () => {
            const links = page(file)('a[data-handout-pdf]');
            if (!pdfsBuilt) {
              expect(page(file)('a[href$=".pdf"]')).toHaveLength(0);
              return;
            }
            expect(links.map((_, link) => page(file)(link).attr('href')).get()).toEqual(
              handout.data.paper.map((paper) => paths.handoutPdf(handout.slug, paper)),
            );
            for (const paper of handout.data.paper) {
              const pdf = readFileSync(path.join(DIST, paths.handoutPdf(handout.slug, paper)));
              expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);
              expect(countPdfPages(pdf)).toBeLessThanOrEqual(2);
            }
          },
        );
      });
    }
  });

  describe('checklist items on handouts', () => {
    const checklist = page(fileFor(paths.checklist));
    /** The words of each item on the checklist page, by id, with the clinic's settings filled in. */
    const onChecklist = new Map(
      checklist('main input[type="checkbox"]')
        .map((_, box) => [
          [checklist(box).attr('value') ?? '', checklist(box).closest('label').text().replace(/\s+/g, ' ').trim()],
        ])
        .get() as [string, string][],
    );

    it.each(handouts.map((handout) => handout.file))(
      '%s: each <ChecklistItems> phase lists that phase of the checklist, in its words',
      (file) => {
        const handout = page(file);
        handout('.handout-checklist').each((_, list) => {
          const phase =
            handout(list)
              .closest('section')
              .find('h2')
              .attr('id')
              ?.replace(/^handout-/, '') ?? '';
          const onHandout = handout(list)
            .find('li strong')
            .map((_, item) => handout(item).text().replace(/\s+/g, ' ').trim())
            .get();
          const ids = checklist(`#${phase}`)
            .closest('section')
            .find('input[type="checkbox"]')
            .map((_, box) => checklist(box).attr('value'))
            .get();
          expect(ids.length, phase).toBeGreaterThan(0);
          expect(onHandout, phase).toEqual(ids.map((item) => onChecklist.get(item)));
        });
        expect(handout('.handout-body').text()).not.toMatch(/\{[A-Za-z.]+\}/);
      },
    );

    /** Each checklist item with a list from the settings (what to bring …): its words, and the list's items. */
    const listed = checklist('.checklist-list')
      .map((_, list) => ({
        item: checklist(list).closest('li').find('label').text().replace(/\s+/g, ' ').trim(),
        things: checklist(list)
          .children('li')
          .map((_, thing) => checklist(thing).text().trim())
          .get(),
      }))
      .get() as { item: string; things: string[] }[];

    it.each(handouts.map((handout) => handout.file))(
      '%s: a list from the settings prints as a list under its item, as on the checklist, not as a run-on',
      (file) => {
        const handout = page(file);
        const items = handout('.handout-checklist > li');
        for (const { item, things } of listed) {
          const onHandout = items.filter((_, li) => handout(li).find('strong').first().text().trim() === item);
          if (onHandout.length === 0) continue;
          const shown = onHandout
            .find('ul > li')
            .map((_, thing) => handout(thing).text().trim())
            .get();
          expect(shown, item).toEqual(things);
        }
      },
    );
  });

  describe('the page for clinicians', () => {
    const $ = page(fileFor(paths.clinicians));

    it('gives the address of every handout with its QR code', () => {
      for (const handout of handouts) {
        const address = fullAddress(paths.handout(handout.slug));
        const item = $(`main a[href="${paths.handout(handout.slug)}"]`).closest('li');
        expect(item.text()).toContain(shortAddress(address));
        // The code is an image file the build drew (src/pages/handouts/qr/), named for screen readers.
        const image = item.find('img');
        expect(image.attr('alt')).toBe(ui.handout.qrLabel({ address: shortAddress(address) }));
        expect(decodeQrSvg(readFileSync(path.join(DIST, image.attr('src') ?? ''), 'utf8'))).toBe(address);
      }
    });

    it('lists every section of every guide with its address, on the page or on the stage pages it links to', () => {
      const { links } = followListing(paths.clinicians, 'section:has(> #guides)', paths.clinicians);
      const guides = editionEntries('guides', lang).map((guide) => paths.guide(guide.slug));
      expect(guides.length).toBeGreaterThan(0);
      for (const guide of guides) {
        expect(links.has(guide), guide).toBe(true);
        const sections = page(`${guide.slice(1)}index.html`)('.prose-page :is(h2, h3)[id]')
          .map((_, heading) => page(`${guide.slice(1)}index.html`)(heading).attr('id'))
          .get();
        for (const id of sections) expect(links.has(`${guide}#${id}`), `${guide}#${id}`).toBe(true);
      }
    });

    it('has ready-to-send messages with full addresses and a Copy button, in its language first', () => {
      const messages = $('#messages ~ ul > li');
      expect(messages.length).toBeGreaterThanOrEqual(2);
      /** The language of a full address on the site: the edition whose home it is under. */
      const languageOfAddress = (address: string) =>
        (
          EDITIONS.find((edition) => !edition.root && address.startsWith(fullAddress(edition.home))) ??
          EDITIONS.find((edition) => edition.root)
        )?.lang;
      messages.each((_, item) => {
        // The message in the page's language, then in each other language that has it, marked with its language.
        const quotes = $(item).find('blockquote').toArray();
        expect(quotes.length).toBeGreaterThanOrEqual(1);
        const texts = quotes.map((quote) => $(quote).text());
        for (const text of texts) expect(text).toMatch(new RegExp(`${escapeRegExp(clinic.siteUrl)}/\\S+`));
        // A Copy button for each, copying its words exactly.
        expect(
          $(item)
            .find('button[data-copy]')
            .map((_, button) => $(button).attr('data-copy'))
            .get(),
        ).toEqual(texts);
        const langs = quotes.map((quote) => languageOfLocale($(quote).attr('lang')) ?? lang);
        expect(langs[0]).toBe(lang);
        expect(new Set(langs).size).toBe(langs.length);
        // Each message's addresses are the pages in its own language.
        for (const [index, text] of texts.entries()) {
          for (const address of text.match(/https?:\/\/\S+/g) ?? []) {
            expect(languageOfAddress(address), address).toBe(langs[index]);
          }
        }
      });
    });

    it('is reachable from the handouts page or the footer', () => {
      expect(distText(fileFor(paths.handouts))).toContain(`href="${paths.clinicians}"`);
    });
  });
});
