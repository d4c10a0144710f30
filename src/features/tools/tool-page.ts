/**
 * What the checklist and the plan share once JavaScript runs: the Print and Clear buttons, the
 * question Clear asks first, and the lines that say whether answers are being saved.
 */
import type { Store } from './storage';
import { toolMessages, type ToolMessages, type ToolScriptWords } from './tool-words';

export interface ToolPage {
  /** Shows whether answers are being kept, after every read or write. */
  showStorage(): void;
  /** Says something politely to screen readers and on screen, such as "Your ticks are cleared." */
  announce(text: string): void;
}

function element<T extends Element>(selector: string): T | null {
  return document.querySelector<T>(selector);
}

/**
 * What the tool says, in the page's words: ToolActions.astro writes them into the page as JSON
 * (`data-words`), from content/ui/<lang>.yaml.
 */
export function pageToolMessages(): ToolMessages {
  const json = element<HTMLElement>('[data-tool-actions]')?.dataset['words'];
  if (!json) throw new Error('tool page: the tool actions carry no data-words');
  return toolMessages(JSON.parse(json) as ToolScriptWords);
}

/** Switches on the page's tool buttons. `onClear` runs after the reader confirms. */
export function connectToolPage(store: Store, messages: ToolMessages, onClear: () => void): ToolPage {
  const actions = element<HTMLElement>('[data-tool-actions]');
  const dialog = element<HTMLDialogElement>('[data-clear-dialog]');
  const cleared = element<HTMLElement>('[data-cleared]');
  const ok = element<HTMLElement>('[data-storage-ok]');
  const failed = element<HTMLElement>('[data-storage-failed]');

  const page: ToolPage = {
    showStorage() {
      if (ok) ok.hidden = !store.working;
      if (failed) failed.hidden = store.working;
    },
    announce(text) {
      if (cleared) cleared.textContent = text;
    },
  };

  if (actions) {
    actions.hidden = false;
    for (const button of actions.querySelectorAll('button')) button.disabled = false;
    actions.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    actions.querySelector('[data-action="clear"]')?.addEventListener('click', () => {
      page.announce('');
      dialog?.showModal();
    });
  }
  dialog?.addEventListener('close', () => {
    if (dialog.returnValue !== 'clear') return;
    dialog.returnValue = '';
    onClear();
    page.showStorage();
    page.announce(messages.cleared());
  });
  page.showStorage();
  return page;
}
