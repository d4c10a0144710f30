/**
 * The checklist and the session plan in a real browser: saving, restoring, clearing, surviving
 * broken storage, keyboard use, print, and never making a request while in use.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { axeFindingsIn } from '../support/axe';
import { test } from '../support/browser';
import { STORAGE_KEYS } from '../../src/lib/constants';
import { STORED, TOOL_STORAGE_KEYS } from '../support/storage-fixtures';
import { checklistFile, checklistPhaseWords, planWords, readPlan, shownText } from '../support/words';
import { escapeRegExp } from '../support/regexp';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { templatePattern, toolSays } from '../support/ui';

// Every edition's checklist and plan, found by its own words and addresses. The checklist's items are
// found by their ids, the same in every language (a client's ticks are saved by id).
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);

  /** The words the tools show, from content/plan/ and the checklist file, to find controls by. */
  const PLAN_WORDS = planWords(lang);
  /** The first line to talk to someone now, as the plan prints it. */
  const talkNow = clinicOf(lang).crisisLines.find((line) => line.tier === 'talk-now');
  const PHASE_WORDS = checklistPhaseWords(lang);

  /** The checklist's overall progress line, with `done` ticked. */
  const overallSays = (done: string) =>
    new RegExp(
      `${templatePattern(UI.checklist.overall, {})}\\s*${templatePattern(UI.checklist.progress.template, { done, total: '\\d+' })}`,
    );

  const { checklist: CHECKLIST, plan: PLAN } = pathsOf(lang);

  /** How many items the checklist has for the week before, from the content, so a new item needs no test change. */
  const WEEK_BEFORE_ITEMS = (
    load(readFileSync(checklistFile(lang), 'utf8')) as { items: { phase: string }[] }
  ).items.filter((item) => item.phase === 'week-before').length;

  const item = (page: Page, id: string) => page.locator(`main input[type="checkbox"][value="${id}"]`);
  const prescriber = (page: Page) => item(page, 'tell-your-prescriber');
  const packBag = (page: Page) => item(page, 'pack-your-bag');
  const sleep = (page: Page) => item(page, 'sleep-well');
  const clearButton = (page: Page) => page.getByRole('button', { name: UI.tools.clear });
  const touchChoice = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
  const touchWords = (page: Page) => page.getByRole('textbox', { name: PLAN_WORDS.field('touchOwnWords') });

  /** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
  async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, key = 'Tab', limit = 60) {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`Could not reach ${target.toString()} with ${key}`);
  }

  /** Puts a value in the page's localStorage, as an earlier visit (or a fault) left it. */
  async function store(page: Page, key: string, value: string) {
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key, value });
  }

  /** Makes every use of localStorage throw, as when a browser blocks site data. */
  async function blockStorage(page: Page) {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  }

  /** Makes every write to localStorage fail, as when its quota is full. */
  async function fillQuota(page: Page) {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  }

  test.describe(`${lang}: the checklist`, () => {
    test('ticks are kept across a reload and a new visit', async ({ page, context }) => {
      await page.goto(CHECKLIST);
      await prescriber(page).check();
      await packBag(page).check();
      await page.reload();
      await expect(prescriber(page)).toBeChecked();
      await expect(packBag(page)).toBeChecked();
      await expect(sleep(page)).not.toBeChecked();

      // A fresh page gets no help from the browser's own form restore: only storage can tick these.
      const later = await context.newPage();
      await later.goto(CHECKLIST);
      await expect(prescriber(later)).toBeChecked();
      await expect(packBag(later)).toBeChecked();
    });

    test('shows progress per phase and overall', async ({ page }) => {
      await page.goto(CHECKLIST);
      const overall = page.getByRole('status').filter({ hasText: UI.checklist.overall });
      await expect(overall).toHaveText(overallSays('0'));
      await prescriber(page).check();
      await packBag(page).check();
      await expect(overall).toHaveText(overallSays('2'));
      // Each phase's line names its phase for screen readers, and is read out politely when it changes.
      const weekBefore = page.getByRole('region', { name: PHASE_WORDS['week-before'] }).locator('[data-progress]');
      await expect(weekBefore).toHaveText(
        new RegExp(
          `^\\s*${escapeRegExp(PHASE_WORDS['week-before'])}:\\s+${templatePattern(UI.checklist.progress.template, { done: '1', total: String(WEEK_BEFORE_ITEMS) })}\\s*$`,
        ),
      );
      await expect(weekBefore).toHaveAttribute('aria-live', 'polite');
    });

    test('"Clear my answers" asks once, then erases everything, for good', async ({ page }) => {
      await page.goto(CHECKLIST);
      await prescriber(page).check();
      await packBag(page).check();

      await clearButton(page).click();
      const dialog = page.getByRole('dialog', { name: UI.tools.clearTitle({ things: UI.tools.checklist.things }) });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: UI.tools.keep }).click();
      await expect(dialog).toBeHidden();
      await expect(prescriber(page)).toBeChecked();

      await clearButton(page).click();
      await dialog.getByRole('button', { name: UI.tools.confirmClear }).click();
      await expect(page.getByText(toolSays('checklist', lang).cleared())).toBeVisible();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.checklist)).toBeNull();

      await page.reload();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    });

    test('corrupt stored data: the page loads and keeps the ticks it can still read', async ({ page }) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(CHECKLIST);
      for (const corrupt of [STORED.checklistCutOff, STORED.checklistWrongTypes, STORED.checklistFutureVersion]) {
        await store(page, TOOL_STORAGE_KEYS.checklist, corrupt);
        await page.reload();
        await expect(prescriber(page), corrupt).toBeChecked();
        await expect(packBag(page), corrupt).toBeChecked();
        await expect(page.getByRole('checkbox', { checked: true }), corrupt).toHaveCount(2);
      }
      await store(page, TOOL_STORAGE_KEYS.checklist, STORED.garbage);
      await page.reload();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      await sleep(page).check();
      await expect(page.getByRole('status').filter({ hasText: UI.checklist.overall })).toHaveText(overallSays('1'));
      expect(errors).toEqual([]);
    });

    test('a stored version far outside the known range: the page loads, reads the ticks, and Clear clears', async ({
      page,
    }) => {
      await page.goto(CHECKLIST);
      await store(page, TOOL_STORAGE_KEYS.checklist, STORED.checklistHugeNegativeVersion);
      // Before the fix, migrating from version -9e15 counted up forever and this reload never finished.
      await page.reload({ timeout: 10_000 });
      await expect(prescriber(page)).toBeChecked();
      await expect(packBag(page)).toBeChecked();
      await clearButton(page).click();
      await page
        .getByRole('dialog', { name: UI.tools.clearTitle({ things: UI.tools.checklist.things }) })
        .getByRole('button', { name: UI.tools.confirmClear })
        .click();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.checklist)).toBeNull();
    });

    test('storage that throws: the page still works and says ticks will not be kept', async ({ page }) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await blockStorage(page);
      await page.goto(CHECKLIST);
      await expect(page.getByText(UI.tools.notSaving({ things: UI.tools.checklist.things }))).toBeVisible();
      await expect(page.getByText(UI.tools.saved({ things: UI.tools.checklist.things }))).toBeHidden();
      await prescriber(page).check();
      await expect(page.getByRole('status').filter({ hasText: UI.checklist.overall })).toHaveText(overallSays('1'));
      await clearButton(page).click();
      await page.getByRole('button', { name: UI.tools.confirmClear }).click();
      await expect(prescriber(page)).not.toBeChecked();
      expect(errors).toEqual([]);
    });

    test('a full quota: the notice appears when a tick cannot be saved', async ({ page }) => {
      await fillQuota(page);
      await page.goto(CHECKLIST);
      const notice = page.getByText(UI.tools.notSaving({ things: UI.tools.checklist.things }));
      await expect(notice).toBeHidden();
      await prescriber(page).check();
      await expect(notice).toBeVisible();
      await expect(prescriber(page)).toBeChecked();
    });

    test('keyboard only: Tab and Space tick, and Clear works from the keyboard', async ({ page }) => {
      await page.goto(CHECKLIST);
      await tabTo(page, prescriber(page));
      await page.keyboard.press('Space');
      await expect(prescriber(page)).toBeChecked();
      // Past the item's "Read more" link to the next box.
      await tabTo(page, item(page, 'arrange-your-ride-home'));
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);

      await tabTo(page, clearButton(page), 'Shift+Tab');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: UI.tools.clearTitle({ things: UI.tools.checklist.things }) });
      await expect(dialog).toBeVisible();
      // The safe choice has focus first; Escape closes without erasing.
      await expect(dialog.getByRole('button', { name: UI.tools.keep })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(clearButton(page)).toBeFocused();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);

      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: UI.tools.confirmClear })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      await expect(clearButton(page)).toBeFocused();
    });

    test('prints the items, ticks included, without navigation or buttons', async ({ page }) => {
      await page.goto(CHECKLIST);
      await prescriber(page).check();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: UI.header.navLabel })).toBeHidden();
      await expect(
        page.getByRole('button', {
          name: new RegExp(`${escapeRegExp(UI.tools.checklist.print)}|${escapeRegExp(UI.tools.clear)}`),
        }),
      ).toHaveCount(0);
      await expect(prescriber(page)).toBeVisible();
      await expect(prescriber(page)).toBeChecked();
      await expect(sleep(page)).toBeVisible();
      await expect(page.getByRole('heading', { name: PHASE_WORDS['after'] })).toBeVisible();
    });
  });

  test.describe(`${lang}: the session plan`, () => {
    const intention = () => 'To be open to whatever comes, and kind to myself.';

    test('keeps its answers across a reload and a new visit', async ({ page, context }) => {
      await page.goto(PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.way('silence') }).check();
      await page.getByRole('textbox', { name: PLAN_WORDS.field('intention') }).fill(intention());
      // Typed, never left: saved once typing pauses.
      await page.getByRole('textbox', { name: PLAN_WORDS.field('ridePhone') }).pressSequentially('555 010 0199');
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.plan))
        .toContain('555 010 0199');

      await page.reload();
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('silence') })).toBeChecked();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('intention') })).toHaveValue(intention());

      const later = await context.newPage();
      await later.goto(PLAN);
      await expect(later.getByRole('radio', { name: PLAN_WORDS.way('silence') })).toBeChecked();
      await expect(later.getByRole('textbox', { name: PLAN_WORDS.field('intention') })).toHaveValue(intention());
      await expect(later.getByRole('textbox', { name: PLAN_WORDS.field('ridePhone') })).toHaveValue('555 010 0199');
    });

    test('keeps the touch agreement, and the client’s own words about touch, across a reload', async ({ page }) => {
      await page.goto(PLAN);
      await expect(page.getByRole('group', { name: PLAN_WORDS.section('touch') })).toHaveAccessibleDescription(
        shownText(readPlan(lang).sections.touch.hint, lang).replace(/\s+/g, ' '),
      );
      await touchChoice(page, PLAN_WORDS.touch('shoulder')).check();
      await page.reload();
      await expect(touchChoice(page, PLAN_WORDS.touch('shoulder'))).toBeChecked();

      await touchChoice(page, PLAN_WORDS.touch('own-words')).check();
      await touchWords(page).fill('A hand on my shoulder if I cry. Never my face.');
      await touchWords(page).press('Tab');
      expect(
        JSON.parse((await page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.plan)) ?? ''),
      ).toEqual({
        v: 1,
        answers: { touch: 'own-words', touchOwnWords: 'A hand on my shoulder if I cry. Never my face.' },
      });
      await page.reload();
      await expect(touchChoice(page, PLAN_WORDS.touch('own-words'))).toBeChecked();
      await expect(touchChoice(page, PLAN_WORDS.touch('none'))).not.toBeChecked();
      await expect(touchWords(page)).toHaveValue('A hand on my shoulder if I cry. Never my face.');
    });

    test('prints every text box whole, even when it wraps more on paper than on screen', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(PLAN);
      await touchChoice(page, PLAN_WORDS.touch('own-words')).check();
      await touchWords(page).fill(
        'A hand on my shoulder is fine if I ask for it. Please do not touch my face or my hair.',
      );
      await page
        .getByRole('textbox', { name: PLAN_WORDS.field('pauseSignal') })
        .fill('I will say "pause", or raise my left hand and keep it up until you see it.');
      // Print is prepared at the wide window's width; the sheet is narrower, and these two sections print
      // side by side, so their words wrap onto more lines than a height fixed before printing allows.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.setViewportSize({ width: 760, height: 1000 });
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('textarea')]
          .filter((box) => box.scrollHeight > box.clientHeight + 1)
          .map((box) => box.name),
      );
      expect(cut).toEqual([]);
    });

    test('a plan stored before the touch agreement existed loads, and the touch question starts open', async ({
      page,
    }) => {
      await page.goto(PLAN);
      await store(page, TOOL_STORAGE_KEYS.plan, STORED.planCurrent);
      await page.reload();
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('silence') })).toBeChecked();
      for (const name of readPlan(lang).touch.map((choice) => choice.label))
        await expect(touchChoice(page, name)).not.toBeChecked();
      await touchChoice(page, PLAN_WORDS.touch('none')).check();
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.plan))
        .toBe(JSON.stringify({ v: 1, answers: { way: 'silence', intention: 'To rest', touch: 'none' } }));
    });

    test('Enter in a field, or "Save my plan", saves at once, sends nothing and keeps the page', async ({ page }) => {
      await page.goto(PLAN);
      await page.getByRole('textbox', { name: PLAN_WORDS.field('rideName') }).fill('Sam');
      await page.keyboard.press('Enter');
      await expect(page.getByText(UI.plan.planSaved)).toBeVisible();
      await expect(page).toHaveURL((url) => url.pathname === PLAN);
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('rideName') })).toHaveValue('Sam');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('emergencyName'), exact: true }).fill('Jordan');
      await page.getByRole('button', { name: UI.tools.plan.save }).click();
      await expect(page.getByText(UI.plan.planSaved)).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.plan)).toContain('Jordan');
    });

    test('typing the search shortcut "/" in an answer types it, and opens nothing', async ({ page }) => {
      await page.goto(PLAN);
      const questions = page.getByRole('textbox', { name: PLAN_WORDS.field('questions') });
      await questions.pressSequentially('Food and/or drink?');
      await expect(questions).toHaveValue('Food and/or drink?');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('"Clear my answers" empties the form and the stored copy', async ({ page }) => {
      await page.goto(PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.way('not-sure') }).check();
      await page.getByRole('textbox', { name: PLAN_WORDS.field('questions') }).fill('How long?');
      await clearButton(page).click();
      await page
        .getByRole('dialog', { name: UI.tools.clearTitle({ things: UI.tools.plan.things }) })
        .getByRole('button', { name: UI.tools.confirmClear })
        .click();
      await expect(page.getByText(toolSays('plan', lang).cleared())).toBeVisible();
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('not-sure') })).not.toBeChecked();
      await page.reload();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('questions') })).toHaveValue('');
      expect(await page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.plan)).toBeNull();
    });

    test('corrupt stored data: the page loads and keeps the answers it can still read', async ({ page }) => {
      await page.goto(PLAN);
      await store(page, TOOL_STORAGE_KEYS.plan, STORED.planCutOff);
      await page.reload();
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('silence') })).toBeChecked();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('intention') })).toHaveValue('To be "open"');
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('talkAbout') })).toHaveValue('');
    });

    test('a stored version far outside the known range: the form loads its answers, and Clear clears', async ({
      page,
    }) => {
      await page.goto(PLAN);
      await store(page, TOOL_STORAGE_KEYS.plan, STORED.planHugeNegativeVersion);
      await page.reload({ timeout: 10_000 });
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('silence') })).toBeChecked();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('intention') })).toHaveValue('To rest');
      await clearButton(page).click();
      await page
        .getByRole('dialog', { name: UI.tools.clearTitle({ things: UI.tools.plan.things }) })
        .getByRole('button', { name: UI.tools.confirmClear })
        .click();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('intention') })).toHaveValue('');
      expect(await page.evaluate((key) => localStorage.getItem(key), TOOL_STORAGE_KEYS.plan)).toBeNull();
    });

    test('storage that throws: the form still works and says answers will not be kept', async ({ page }) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await blockStorage(page);
      await page.goto(PLAN);
      await expect(page.getByText(UI.tools.notSaving({ things: UI.tools.plan.things }))).toBeVisible();
      await page.getByRole('textbox', { name: PLAN_WORDS.field('intention') }).fill(intention());
      await page.getByRole('radio', { name: PLAN_WORDS.way('focus') }).check();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('intention') })).toHaveValue(intention());
      expect(errors).toEqual([]);
    });

    test('prints on one page, with the clinic contact and crisis lines, without site chrome', async ({ page }) => {
      await page.goto(PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.way('focus') }).check();
      await page.getByRole('textbox', { name: PLAN_WORDS.field('intention') }).fill(intention());
      await page
        .getByRole('textbox', { name: PLAN_WORDS.field('talkAbout') })
        .fill('My grandmother, who died last spring. The move to a new city, and how lonely the first months were.');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('notTalkAbout') }).fill('My ex-partner, for now.');
      await page
        .getByRole('textbox', { name: PLAN_WORDS.field('pauseSignal') })
        .fill('I will say "pause" or raise my left hand.');
      await touchChoice(page, PLAN_WORDS.touch('own-words')).check();
      await touchWords(page).fill(
        'A hand on my shoulder is fine if I ask for it. Please do not touch my face or hair.',
      );
      await page.getByRole('textbox', { name: PLAN_WORDS.field('rideName') }).fill('Sam Rivera (my sister)');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('ridePhone') }).fill('(555) 010-0199');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('emergencyName'), exact: true }).fill('Jordan Lee');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('emergencyPhone'), exact: true }).fill('(555) 010-0123');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('questions') }).fill('How long until I can work?');

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: UI.header.navLabel })).toBeHidden();
      await expect(page.getByRole('link', { name: UI.header.getHelp })).toBeHidden();
      await expect(page.getByRole('heading', { name: UI.contact.printHeading })).toBeVisible();
      await expect(
        page
          .getByRole('listitem')
          .filter({ hasText: UI.help.printTier({ tier: UI.help.talkNow }) })
          .filter({ hasText: talkNow?.name ?? '' }),
      ).toBeVisible();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('rideName') })).toHaveValue(
        'Sam Rivera (my sister)',
      );
      // Only the chosen way prints.
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('silence') })).toBeHidden();
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('focus') })).toBeVisible();
      // The touch agreement prints beside the stop signal: the chosen answer and the client's own words.
      await expect(page.getByRole('heading', { name: PLAN_WORDS.section('touch') })).toBeVisible();
      await expect(touchChoice(page, PLAN_WORDS.touch('own-words'))).toBeVisible();
      await expect(touchChoice(page, PLAN_WORDS.touch('none'))).toBeHidden();
      await expect(touchWords(page)).toBeVisible();
      await expect(touchWords(page)).toHaveValue(/do not touch my face/);

      for (const format of ['Letter', 'A4']) {
        const pdf = await page.pdf({ format });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages, format).toHaveLength(1);
      }
    });
  });

  /**
   * Opens a tool page and lets it go quiet. Chromium fetches the site's icon on its own, sometimes after
   * the page is idle; waiting for that fetch first (up to 5 s) means any request after this is the page's.
   */
  async function openAndSettle(page: Page, address: string): Promise<void> {
    const icon = page
      .waitForRequest((request) => request.url().endsWith('/favicon.svg'), { timeout: 5000 })
      .catch(() => undefined);
    await page.goto(address, { waitUntil: 'networkidle' });
    await icon;
  }

  test.describe(`${lang}: no request leaves the page while the tools are used`, () => {
    test('the checklist', async ({ page }) => {
      await openAndSettle(page, CHECKLIST);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await prescriber(page).check();
      await packBag(page).check();
      await prescriber(page).uncheck();
      await clearButton(page).click();
      await page.getByRole('button', { name: UI.tools.confirmClear }).click();
      await sleep(page).check();
      await page.waitForTimeout(500);
      expect(requests).toEqual([]);
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.filter((key) => !STORAGE_KEYS.includes(key))).toEqual([]);
    });

    test('the plan', async ({ page }) => {
      await openAndSettle(page, PLAN);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.getByRole('radio', { name: PLAN_WORDS.way('reassurance') }).check();
      await page.getByRole('textbox', { name: PLAN_WORDS.field('talkAbout') }).pressSequentially('Sleep, and work.');
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: PLAN_WORDS.field('emergencyName'), exact: true }).fill('Jordan Lee');
      await page.keyboard.press('Tab');
      await page.waitForTimeout(800);
      await clearButton(page).click();
      await page.getByRole('button', { name: UI.tools.confirmClear }).click();
      await page.waitForTimeout(200);
      expect(requests).toEqual([]);
    });
  });

  test.describe(`${lang}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    // Playwright turns scripts off after parsing, so <noscript> text stays hidden here; the build
    // tests check that it is there.
    test('the checklist reads and ticks, with no button that needs JavaScript', async ({ page }) => {
      await page.goto(CHECKLIST);
      await expect(page.getByRole('heading', { level: 1, name: UI.checklist.title })).toBeVisible();
      await packBag(page).check();
      await expect(packBag(page)).toBeChecked();
      await expect(page.getByRole('button', { name: UI.tools.clear })).toBeHidden();
    });

    test('an empty plan, to fill in by hand, prints every choice on one page', async ({ page }) => {
      await page.goto(PLAN);
      await page.emulateMedia({ media: 'print' });
      await expect(touchChoice(page, PLAN_WORDS.touch('none'))).toBeVisible();
      await expect(touchChoice(page, PLAN_WORDS.touch('own-words'))).toBeVisible();
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('touchOwnWords') })).toBeVisible();
      for (const format of ['Letter', 'A4']) {
        const pdf = await page.pdf({ format });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages, format).toHaveLength(1);
      }
    });

    test('the plan fills in, and prints what was typed', async ({ page }) => {
      await page.goto(PLAN);
      await page.getByRole('radio', { name: PLAN_WORDS.way('not-sure') }).check();
      await page.getByRole('textbox', { name: PLAN_WORDS.field('talkAbout') }).fill('Work.');
      await touchChoice(page, PLAN_WORDS.touch('if-asked')).check();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('textbox', { name: PLAN_WORDS.field('talkAbout') })).toHaveValue('Work.');
      await expect(page.getByRole('radio', { name: PLAN_WORDS.way('not-sure') })).toBeVisible();
      await expect(touchChoice(page, PLAN_WORDS.touch('if-asked'))).toBeVisible();
      await expect(touchChoice(page, PLAN_WORDS.touch('own-words'))).toBeHidden();
      await expect(page.getByRole('heading', { name: UI.contact.printHeading })).toBeVisible();
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang}: the touch agreement, ${colorScheme}`, () => {
      test.use({ colorScheme });

      for (const width of [390, 1280]) {
        test(`at ${width} px, with the client’s own words typed in, axe finds nothing and nothing scrolls sideways`, async ({
          page,
        }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(PLAN);
          await touchChoice(page, PLAN_WORDS.touch('own-words')).check();
          await touchWords(page).fill(`Only my hand. ${'x'.repeat(240)}`);
          await expect(page.locator('#touchOwnWords-count')).toBeVisible();
          expect(await axeFindingsIn(page, 'form[data-plan]')).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        });
      }
    });
  }
}
