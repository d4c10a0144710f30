/**
 * The checklist and the plan open in two tabs, or coming back from the back/forward cache: what one
 * copy saves never erases what another saved. Two pages of one browser context share localStorage and
 * get each other's `storage` events, as two tabs do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { toolMessages, toolScriptWords } from '../../src/features/tools/tool-words';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/shared/chromium';
import { test, watch, type Watcher } from '../support/browser';
import { TOOL_STORAGE_KEYS } from '../support/storage-fixtures';
import { EDITIONS, editionOf, pathsOf, uiOf } from '../support/editions';
import { CONTENT } from '../support/paths';
import { escapeRegExp } from '../support/regexp';
import { templatePattern, toolSays } from '../support/ui';
import { planWords } from '../support/words';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const stored = (page: Page, key: string) => page.evaluate((key) => localStorage.getItem(key), key);

/** Types into a field and leaves it with Tab, as a reader does before going to another tab. */
async function answer(field: ReturnType<Page['getByRole']>, text: string) {
  await field.fill(text);
  await field.press('Tab');
}

/** A second tab in the same browser, watched for CSP violations and script errors like the first. */
const watchers: Watcher[] = [];
async function secondTab(context: BrowserContext, address: string): Promise<Page> {
  const tab = await context.newPage();
  watchers.push(watch(tab));
  await tab.goto(address);
  return tab;
}
test.afterEach(() => {
  const errors = watchers.flatMap((watcher) => watcher.errors);
  watchers.splice(0).forEach((watcher) => watcher.stop());
  expect(errors, `the second tab reported:\n${errors.join('\n')}`).toEqual([]);
});

// Every edition's plan and checklist, found by its own words.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const PLAN_SAYS = toolSays('plan', lang);

  /** The plan's words, from content/plan/, to find its controls by. */
  const PLAN_WORDS = planWords(lang);

  const { checklist: CHECKLIST, plan: PLAN } = pathsOf(lang);

  const intention = (page: Page) => box(page, PLAN_WORDS.field('intention'));
  const talkAbout = (page: Page) => box(page, PLAN_WORDS.field('talkAbout'));
  const questions = (page: Page) => box(page, PLAN_WORDS.field('questions'));
  // The checklist's first and last items, by id (the same in every language).
  const [firstItem = '', lastItem = ''] = [checklistIds(lang)[0], checklistIds(lang).at(-1)];
  const prescriber = (page: Page) => page.locator(`main input[type="checkbox"][value="${firstItem}"]`);
  const packBag = (page: Page) => page.locator(`main input[type="checkbox"][value="${lastItem}"]`);

  test.describe(`${lang}: the plan in two tabs`, () => {
    test('each tab types in a different field: both answers are kept', async ({ page, context }) => {
      await page.goto(PLAN);
      const other = await secondTab(context, PLAN);
      await answer(intention(page), 'To rest.');
      await answer(questions(other), 'How long does it last?');
      await page.reload();
      await expect(intention(page)).toHaveValue('To rest.');
      await expect(questions(page)).toHaveValue('How long does it last?');
      // The second tab showed the first tab's answer without a reload.
      await expect(intention(other)).toHaveValue('To rest.');
    });

    test('both tabs change the same field: the latest is kept, and the other tab says so', async ({
      page,
      context,
    }) => {
      await page.goto(PLAN);
      const other = await secondTab(context, PLAN);
      await answer(talkAbout(page), 'My grandmother.');
      await answer(talkAbout(other), 'Work, and sleep.');

      await expect(talkAbout(page)).toHaveValue('Work, and sleep.');
      const message = PLAN_SAYS.changedElsewhere([PLAN_WORDS.field('talkAbout')]);
      // In the page's status line, which screen readers hear, and beside the field, which it describes.
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      await expect(talkAbout(page)).toHaveAccessibleDescription(new RegExp(escapeRegExp(PLAN_SAYS.changedHere)));
      // The tab that wrote last keeps its words and has nothing to say.
      await expect(talkAbout(other)).toHaveValue('Work, and sleep.');
      await expect(other.getByText(PLAN_SAYS.changedHere)).toHaveCount(0);
      expect(JSON.parse((await stored(page, TOOL_STORAGE_KEYS.plan)) ?? '')).toEqual({
        v: 1,
        answers: { talkAbout: 'Work, and sleep.' },
      });
    });

    test('a field being typed in keeps its text while the other tab’s answers come in', async ({ page, context }) => {
      await page.goto(PLAN);
      const other = await secondTab(context, PLAN);
      await questions(page).pressSequentially('Can I bring');
      await answer(intention(other), 'To be kind to myself.');
      await answer(questions(other), 'Something else entirely?');

      await expect(intention(page)).toHaveValue('To be kind to myself.');
      await expect(questions(page)).toHaveValue('Can I bring');
      await expect(questions(page)).toBeFocused();
      await questions(page).pressSequentially(' a blanket?');
      await questions(page).press('Tab');

      await page.reload();
      await expect(intention(page)).toHaveValue('To be kind to myself.');
      await expect(questions(page)).toHaveValue('Can I bring a blanket?');
    });

    test('the touch agreement in one tab and the stop signal in the other: both are kept', async ({
      page,
      context,
    }) => {
      await page.goto(PLAN);
      const other = await secondTab(context, PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.touch('none'), exact: true }).check();
      await answer(box(other, PLAN_WORDS.field('pauseSignal')), 'I say "pause".');
      // The first tab's choice showed in the second without a reload.
      await expect(other.getByRole('radio', { name: PLAN_WORDS.touch('none'), exact: true })).toBeChecked();
      await page.reload();
      await expect(page.getByRole('radio', { name: PLAN_WORDS.touch('none'), exact: true })).toBeChecked();
      await expect(box(page, PLAN_WORDS.field('pauseSignal'))).toHaveValue('I say "pause".');
      expect(JSON.parse((await stored(page, TOOL_STORAGE_KEYS.plan)) ?? '')).toEqual({
        v: 1,
        answers: { pauseSignal: 'I say "pause".', touch: 'none' },
      });
    });

    test('both tabs change the touch agreement: the latest is kept, and the other tab says so', async ({
      page,
      context,
    }) => {
      await page.goto(PLAN);
      const other = await secondTab(context, PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.touch('if-asked'), exact: true }).check();
      await other.getByRole('radio', { name: PLAN_WORDS.touch('own-words'), exact: true }).check();
      await answer(box(other, PLAN_WORDS.field('touchOwnWords')), 'A hand on my arm.');

      await expect(page.getByRole('radio', { name: PLAN_WORDS.touch('own-words'), exact: true })).toBeChecked();
      await expect(box(page, PLAN_WORDS.field('touchOwnWords'))).toHaveValue('A hand on my arm.');
      await expect(
        page.getByRole('status').filter({ hasText: PLAN_SAYS.changedElsewhere([PLAN_WORDS.section('touch')]) }),
      ).toBeVisible();
      await expect(page.getByRole('group', { name: PLAN_WORDS.section('touch') })).toHaveAccessibleDescription(
        new RegExp(escapeRegExp(PLAN_SAYS.changedHere)),
      );
      expect(JSON.parse((await stored(page, TOOL_STORAGE_KEYS.plan)) ?? '')).toEqual({
        v: 1,
        answers: { touch: 'own-words', touchOwnWords: 'A hand on my arm.' },
      });
    });

    test('"Clear my answers" in one tab empties the other', async ({ page, context }) => {
      await page.goto(PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.way('silence') }).check();
      await answer(intention(page), 'To rest.');
      const other = await secondTab(context, PLAN);
      await expect(intention(other)).toHaveValue('To rest.');
      await other.getByRole('button', { name: UI.tools.clear }).click();
      await other.getByRole('button', { name: UI.tools.confirmClear }).click();

      await expect(intention(page)).toHaveValue('');
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('silence') })).not.toBeChecked();
      await expect(page.getByText(PLAN_SAYS.clearedElsewhere())).toBeVisible();
      // A later answer in the first tab does not bring the cleared ones back.
      await answer(questions(page), 'Who will be there?');
      expect(JSON.parse((await stored(page, TOOL_STORAGE_KEYS.plan)) ?? '')).toEqual({
        v: 1,
        answers: { questions: 'Who will be there?' },
      });
    });
  });

  test.describe(`${lang}: the checklist in two tabs`, () => {
    test('a tick in each tab: both are kept', async ({ page, context }) => {
      await page.goto(CHECKLIST);
      const other = await secondTab(context, CHECKLIST);
      await prescriber(page).check();
      await packBag(other).check();
      await page.reload();
      await expect(prescriber(page)).toBeChecked();
      await expect(packBag(page)).toBeChecked();
      // The second tab showed the first tab's tick, and counts it, without a reload.
      await expect(prescriber(other)).toBeChecked();
      await expect(other.getByRole('status').filter({ hasText: UI.checklist.overall })).toHaveText(
        new RegExp(
          `^\\s*${escapeRegExp(UI.checklist.overall)}\\s*${templatePattern(UI.checklist.progress.template, { done: '2', total: '\\d+' })}\\s*$`,
        ),
      );
    });

    test('"Clear my answers" in one tab empties the other', async ({ page, context }) => {
      await page.goto(CHECKLIST);
      await prescriber(page).check();
      const other = await secondTab(context, CHECKLIST);
      await other.getByRole('button', { name: UI.tools.clear }).click();
      await other.getByRole('button', { name: UI.tools.confirmClear }).click();
      await expect(prescriber(page)).not.toBeChecked();
      await expect(page.getByText(toolSays('checklist', lang).clearedElsewhere())).toBeVisible();
    });
  });

  /**
   * Playwright starts Chromium with --disable-back-forward-cache, so Back reloads the page and the bug
   * never shows. This browser is started without that one flag, so Back restores the page as it was
   * left, scripts and all, as a reader's browser does.
   */
  test.describe(`${lang}: back to a plan kept in the back/forward cache`, () => {
    test('shows what another tab saved meanwhile, and never saves the old answers over it', async ({ baseURL }) => {
      const found = findChromium(process.env, { playwright: false });
      const browser = await chromium.launch({
        ...(found.found ? { executablePath: found.path } : {}),
        args: [...CHROMIUM_ARGS],
        ignoreDefaultArgs: ['--disable-back-forward-cache'],
      });
      try {
        const context = await browser.newContext(baseURL ? { baseURL } : {});
        const page = await context.newPage();
        const watcher = watch(page);
        watchers.push(watcher);
        await page.goto(PLAN);
        await answer(intention(page), 'To rest.');
        await page.evaluate(() => {
          // Survives only if this very document comes back; a reload would start a new one.
          Object.assign(window, { hsLeftAt: Date.now() });
          addEventListener('pageshow', (event) => Object.assign(window, { hsRestored: event.persisted }));
        });
        await page.locator(`a[href="${CHECKLIST}"]`).first().click();
        await page.waitForURL(`**${CHECKLIST}`);

        const other = await secondTab(context, PLAN);
        await expect(intention(other)).toHaveValue('To rest.');
        await answer(intention(other), 'To be open.');
        await answer(questions(other), 'How long?');
        await other.close();

        // A page restored from the cache fires no `load`, so wait for the navigation only.
        await page.goBack({ waitUntil: 'commit' });
        await page.waitForFunction(() => 'hsRestored' in window);
        const evidence = await page.evaluate(() => ({
          persisted: (window as unknown as { hsRestored: boolean }).hsRestored,
          sameDocument: 'hsLeftAt' in window,
          navigation: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
        }));
        // Restored from the cache: same document (a reload would be a "back_forward" navigation).
        expect(evidence).toEqual({ persisted: true, sameDocument: true, navigation: 'navigate' });

        await expect(intention(page)).toHaveValue('To be open.');
        await expect(questions(page)).toHaveValue('How long?');
        await expect(
          page.getByRole('status').filter({ hasText: PLAN_SAYS.changedElsewhere([PLAN_WORDS.field('intention')]) }),
        ).toBeVisible();
        await answer(box(page, PLAN_WORDS.field('rideName')), 'Sam');
        expect(JSON.parse((await stored(page, TOOL_STORAGE_KEYS.plan)) ?? '')).toEqual({
          v: 1,
          answers: { intention: 'To be open.', questions: 'How long?', rideName: 'Sam' },
        });
      } finally {
        await browser.close();
      }
    });
  });
}

/** The ids of a language's checklist items (content/checklist/items.yaml, items.<lang>.yaml). */
function checklistIds(lang: string): string[] {
  const file = editionOf(lang).root ? 'items.yaml' : `items.${lang}.yaml`;
  const { items } = load(readFileSync(path.join(CONTENT, 'checklist', file), 'utf8')) as { items: { id: string }[] };
  return items.map((item) => item.id);
}

test.describe('a client’s answers are the same in every language', () => {
  const [root, ...others] = EDITIONS;
  for (const other of others) {
    const from = pathsOf(root?.lang ?? '');
    const to = pathsOf(other.lang);
    const item = (page: Page, id: string) => page.locator(`main input[type="checkbox"][value="${id}"]`);
    const field = (page: Page, name: string) => page.locator(`form[data-plan] textarea[name="${name}"]`);

    test(`the ${other.lang} checklist has the same items, by id, as the ${root?.lang} one`, () => {
      expect(new Set(checklistIds(other.lang))).toEqual(new Set(checklistIds(root?.lang ?? '')));
    });

    test(`ticks and answers show in ${other.lang}, changes there show back, and Clear in one clears both`, async ({
      page,
    }) => {
      const [first = '', second = ''] = checklistIds(root?.lang ?? '');
      await page.goto(from.checklist);
      await item(page, first).check();
      await item(page, second).check();
      await page.goto(from.plan);
      const [name = ''] = await page
        .locator('form[data-plan] textarea[name]')
        .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('name') ?? ''));
      await answer(field(page, name), 'To rest.');

      // The other language's pages show the same ticks and answer.
      await page.goto(to.checklist);
      await expect(page.locator('html')).toHaveAttribute('lang', other.locale);
      await expect(item(page, first)).toBeChecked();
      await expect(item(page, second)).toBeChecked();
      await item(page, second).uncheck();
      await page.goto(to.plan);
      await expect(field(page, name)).toHaveValue('To rest.');
      await answer(field(page, name), 'To rest, and to listen.');

      // Changed there, they show back here.
      await page.goto(from.checklist);
      await expect(item(page, first)).toBeChecked();
      await expect(item(page, second)).not.toBeChecked();
      await page.goto(from.plan);
      await expect(field(page, name)).toHaveValue('To rest, and to listen.');

      // Clear in the other language: both tools are empty in this one.
      for (const tool of [to.checklist, to.plan]) {
        await page.goto(tool);
        await page.getByRole('button', { name: uiOf(other.lang).tools.clear }).click();
        await page.getByRole('button', { name: uiOf(other.lang).tools.confirmClear }).click();
        await expect(
          page.getByText(
            toolMessages(
              toolScriptWords(uiOf(other.lang), tool === to.plan ? 'plan' : 'checklist', other.lang),
            ).cleared(),
          ),
        ).toBeVisible();
      }
      await page.goto(from.checklist);
      await expect(item(page, first)).not.toBeChecked();
      await page.goto(from.plan);
      await expect(field(page, name)).toHaveValue('');
    });
  }
});
