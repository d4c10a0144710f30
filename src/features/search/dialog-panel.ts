/**
 * The search dialog's contents, built in the browser when a reader first opens it, from the words
 * in /ui/<lang>.json (src/lib/script-words.ts): the same title, form, stage filter, status line and
 * "nothing found" help the search page's panel has in its HTML (SearchPanel.astro, same classes), so
 * no page carries them. The page's loader (src/scripts/intent.ts) has already opened the dialog with
 * its search field, which is moved in here as it is: what the reader typed, and focus, stay.
 */
import { TOPIC_INDEX_ID } from '../../lib/constants';
import type { SearchDialogWords } from '../../lib/script-words';

type Child = Node | string;

/** An element with attributes and children; `undefined` children are left out. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: (Child | undefined)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter((child): child is Child => child !== undefined));
  return node;
}

/** "call us on {phone}" with the phone as a link, at the place the words put it. */
function callUs(words: SearchDialogWords): Child[] {
  const [before = '', after = ''] = words.callUs.split('{phone}');
  const phone = el('a', { href: `tel:${words.phone.dial}`, class: 'search-phone' }, words.phone.display);
  return [before, phone, after].filter((part) => part !== '');
}

/** Fills the open shell dialog: its title and Close button, the panel around `field`, and the way out. */
export function buildDialog(dialog: HTMLDialogElement, field: HTMLInputElement, words: SearchDialogWords): void {
  const focused = document.activeElement === field;
  const { selectionStart, selectionEnd } = field;
  const topics = `${words.searchPath}#${TOPIC_INDEX_ID}`;
  const titleId = 'search-dialog-title';
  field.removeAttribute('aria-labelledby');
  for (const [name, value] of Object.entries({
    id: 'dialog-q',
    name: 'q',
    autocomplete: 'off',
    enterkeyhint: 'search',
    'aria-describedby': 'dialog-hint',
  }))
    field.setAttribute(name, value);

  const stages = el(
    'select',
    { id: 'dialog-phase', name: 'phase', class: 'search-select' },
    el('option', { value: '' }, words.allStages),
    ...words.stages.map((stage) => el('option', { value: stage.value }, stage.heading)),
  );
  const panel = el(
    'div',
    { class: 'search-panel', 'data-search-panel': '', 'data-state': 'idle' },
    el(
      'form',
      { action: words.searchPath, method: 'get', role: 'search', 'aria-label': words.label, class: 'search-form' },
      el(
        'div',
        {},
        el('label', { for: 'dialog-q', class: 'search-label' }, words.label),
        el('p', { id: 'dialog-hint', class: 'search-hint' }, words.hint),
        el(
          'div',
          { class: 'search-row' },
          field,
          el('button', { type: 'submit', class: 'search-submit' }, words.submit),
        ),
      ),
      el(
        'div',
        { class: 'search-filter' },
        el('label', { for: 'dialog-phase', class: 'search-label' }, words.stage),
        stages,
      ),
    ),
    el('p', { role: 'status', class: 'search-status', 'data-search-status': '' }),
    el('div', { 'data-search-results': '' }),
    el(
      'div',
      { 'data-search-empty': '', hidden: '', class: 'search-empty' },
      el('p', {}, words.nothingFound),
      el(
        'ul',
        { class: 'search-ways' },
        el('li', {}, el('a', { href: topics }, words.seeAtoZ)),
        el('li', {}, ...callUs(words)),
      ),
    ),
  );
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.classList.add('no-print');
  dialog.replaceChildren(
    el(
      'div',
      { class: 'search-dialog-head' },
      el('h2', { id: titleId, class: 'search-dialog-title' }, words.title),
      // A button in a form with method="dialog" closes the dialog natively.
      el('form', { method: 'dialog' }, el('button', { type: 'submit', class: 'search-close' }, words.close)),
    ),
    panel,
    el(
      'p',
      { class: 'search-dialog-foot' },
      el('a', { href: topics }, words.allTopics),
      el('a', { href: words.helpPath }, words.feelingUnsafe),
    ),
  );
  // Moving the field took focus from it; give it back where the reader was typing.
  if (focused) {
    field.focus();
    field.setSelectionRange(selectionStart, selectionEnd);
  }
}
