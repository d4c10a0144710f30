/**
 * Paper that does not waste pages: guides, the checklist and the plan printed to PDF by Chromium on
 * US Letter, pages counted (src/integrations/shared/pdf-pages.ts). Handouts have their own page
 * budget in handouts.spec.ts. Generic checks hold for any content; the sample clinic's page counts
 * are gated on `sample: true`.
 */
import { expect, type Page } from '@playwright/test';
import { test } from '../support/browser';
import { countPdfPages } from '../../src/integrations/shared/pdf-pages';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, pathsOf } from '../support/editions';
import { IS_SAMPLE, SAMPLE_ONLY_REASON, sampleOnlyName } from '../support/sample';

/** Every edition's published guides, each at its own address. */
const guides = EDITIONS.flatMap(({ lang }) => editionEntries<{ title: string }>('guides', lang));

/** Pages of the page as printed now, on Letter or on a sheet of Letter's width and `height`. */
async function pages(page: Page, height?: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return countPdfPages(await page.pdf(height ? { width: '8.5in', height } : { format: 'Letter' }));
}

/** What follows a guide's text: the review dates, sources, previous and next, and the site footer. */
async function dropTrailingMatter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector('.prose-page');
    let next = body?.nextElementSibling;
    while (next) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    document.querySelector('body > footer')?.remove();
  });
}

/**
 * Keeps the guide's text up to its first section's heading: without the heading, or (`withSection`)
 * with it and the block after it (a list or timeline cut to its first item). False when the text has
 * no section heading.
 */
async function keepIntro(page: Page, withSection: boolean): Promise<boolean> {
  return page.evaluate((withSection) => {
    const body = document.querySelector('.prose-page');
    let block = body?.querySelector('h2, h3') ?? null;
    while (block && block.parentElement !== body) block = block.parentElement;
    if (!body || !block) return false;
    const last = withSection ? (block.nextElementSibling ?? block) : block.previousElementSibling;
    if (withSection && last?.matches('ul, ol')) [...last.children].slice(1).forEach((item) => item.remove());
    const kept = last ? [...body.children].indexOf(last) : -1;
    [...body.children].slice(kept + 1).forEach((element) => element.remove());
    return true;
  }, withSection);
}

test.describe('guides on paper', () => {
  for (const guide of guides) {
    test.describe(guide.address, () => {
      test('no list, timeline, table or box with a list is kept whole: only its single items', async ({ page }) => {
        await page.goto(guide.address);
        await page.emulateMedia({ media: 'print' });
        const kept = await page.evaluate(() =>
          [...document.querySelectorAll('.prose-page :is(ul, ol, dl, table, .callout:has(li))')]
            .filter((element) => getComputedStyle(element).breakInside.startsWith('avoid'))
            .map((element) => element.outerHTML.slice(0, 80)),
        );
        // Kept whole, a long list moves to the next page and leaves the rest of this one blank.
        expect(kept).toEqual([]);
      });

      test('the first page holds the title, the intro and the start of the first section', async ({ page }) => {
        await page.goto(guide.address);
        await dropTrailingMatter(page);
        test.skip(!(await keepIntro(page, false)), 'the guide has no section heading');
        // Only when the title and intro leave room: they fit on a sheet half as tall as Letter.
        test.skip((await pages(page, '5.5in')) > 1, 'the title and intro fill most of the first page');
        await page.goto(guide.address);
        await dropTrailingMatter(page);
        await keepIntro(page, true);
        expect(await pages(page)).toBe(1);
      });
    });
  }
});

for (const { lang } of EDITIONS) {
  test.describe(`${lang}: the plan on paper`, () => {
    test('filled in, every field at a typical length, prints on exactly one page', async ({ page }) => {
      await page.goto(pathsOf(lang).plan);
      // A typical answer: a sentence or two in a text box, a name, a phone number; the box's own limit holds.
      const twoSentences =
        'I would like to feel calmer about my work and my family, and to notice what my body tells me when I am tired. ' +
        'Maybe I can learn to be a little kinder to myself, and to rest when I need it most.';
      // In each group of choices the one that opens a box of its own, else the last: the most words on paper.
      await page.evaluate(() => {
        const groups = new Map<string, HTMLInputElement[]>();
        for (const radio of document.querySelectorAll<HTMLInputElement>('form[data-plan] input[type="radio"]')) {
          groups.set(radio.name, [...(groups.get(radio.name) ?? []), radio]);
        }
        for (const radios of groups.values()) {
          const choice = radios.find((radio) =>
            radio.closest('.choice')?.querySelector('textarea, input:not([type="radio"])'),
          );
          (choice ?? radios.at(-1))?.click();
        }
      });
      const boxes = page.locator(
        'form[data-plan] textarea, form[data-plan] input[type="text"], form[data-plan] input[type="tel"]',
      );
      for (const box of await boxes.all()) {
        const kind = await box.evaluate((element) =>
          element instanceof HTMLTextAreaElement ? 'text' : (element as HTMLInputElement).type,
        );
        const max = Number((await box.getAttribute('maxlength')) ?? Infinity);
        const answer = kind === 'text' ? twoSentences : kind === 'tel' ? '(555) 010-0199' : 'Sam Rivera (my sister)';
        await box.fill(answer.slice(0, max));
      }
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await pages(page)).toBe(1);
    });
  });

  // The session-day guide in each language: the root's own page or its translation.
  const sessionDay = editionEntries('guides', lang).find((guide) => guide.original === 'session-day');

  test.describe(sampleOnlyName(`${lang}: the sample clinic on paper`), () => {
    test.skip(!IS_SAMPLE, SAMPLE_ONLY_REASON);

    test('the session-day guide prints on at most 4 Letter pages', async ({ page }) => {
      expect(sessionDay, `the ${lang} edition translates the session-day guide`).toBeDefined();
      await page.goto(sessionDay?.address ?? '/');
      expect(await pages(page)).toBeLessThanOrEqual(4);
    });

    test('the checklist prints on at most 3 Letter pages', async ({ page }) => {
      await page.goto(pathsOf(lang).checklist);
      expect(await pages(page)).toBeLessThanOrEqual(3);
    });
  });
}
