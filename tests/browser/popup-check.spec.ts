/**
 * The dialog-and-menu check of the quality suite, tried on two named fixtures, so it is known to
 * pass a well-made dialog and to catch a badly made one even while the site has no dialog yet.
 */
import { expect, test } from '@playwright/test';
import { Problems, checkPopups } from '../support/browser';

const GOOD_DIALOG = `
  <main>
    <button type="button" aria-haspopup="dialog" aria-controls="search">Search</button>
    <dialog id="search" aria-label="Search"><input type="search" aria-label="Search for"><button type="button">Close</button></dialog>
  </main>
  <script>
    const dialog = document.getElementById('search');
    document.querySelector('[aria-controls]').addEventListener('click', () => dialog.showModal());
  </script>`;

const BAD_DIALOG = `
  <main>
    <button type="button" aria-haspopup="dialog" aria-controls="menu">Menu</button>
    <div id="menu" role="dialog" aria-modal="true" aria-label="Menu" hidden><a href="#one">One</a></div>
    <a href="#after">After</a>
  </main>
  <script>
    document.querySelector('[aria-controls]').addEventListener('click', () => document.getElementById('menu').hidden = false);
  </script>`;

const LEAKY_DIALOG = `
  <main>
    <button type="button" aria-haspopup="dialog" aria-controls="d">Open</button>
    <div id="d" role="dialog" aria-modal="true" aria-label="Leaky" hidden><button type="button">Inside</button></div>
    <a href="#after">After</a>
  </main>
  <script>
    const trigger = document.querySelector('[aria-controls]');
    const dialog = document.getElementById('d');
    trigger.addEventListener('click', () => { dialog.hidden = false; dialog.querySelector('button').focus(); });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { dialog.hidden = true; trigger.focus(); }
    });
  </script>`;

test('a native modal dialog passes the check', async ({ page }) => {
  await page.setContent(GOOD_DIALOG);
  const problems = new Problems();
  expect(await checkPopups(page, 'good', problems)).toBe(1);
  expect(problems.list).toEqual([]);
});

test('a dialog that leaves focus behind and ignores Escape fails the check', async ({ page }) => {
  await page.setContent(BAD_DIALOG);
  const problems = new Problems();
  expect(await checkPopups(page, 'bad', problems)).toBe(1);
  expect(problems.list).toEqual([
    'bad: "Menu": focus does not move into what it opens',
    'bad: "Menu": Escape does not close it',
  ]);
});

test('a modal dialog that lets Tab reach the page behind it fails the check', async ({ page }) => {
  await page.setContent(LEAKY_DIALOG);
  const problems = new Problems();
  expect(await checkPopups(page, 'leaky', problems)).toBe(1);
  expect(problems.list).toEqual(['leaky: "Open": Tab moves focus behind the open dialog']);
});
