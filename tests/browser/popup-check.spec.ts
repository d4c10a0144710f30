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
