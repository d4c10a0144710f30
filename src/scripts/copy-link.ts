/**
 * "Copy link" beside a section heading: puts the section's full address on the clipboard and says
 * "Copied". Where the clipboard is refused (older browsers, pages not served over https), it shows
 * the address in a text box, selected, so the reader can copy it themselves.
 *
 * The same button copies another page's address (`data-href`) or a ready-made message
 * (`data-copy`) on the page for clinicians.
 */
import { announce } from './announce';
import { loadScriptWords } from './script-words';

const RESET_AFTER_MS = 2500;

/** The absolute address a button stands for: `data-href`, or the section named by `data-target`. */
export function sectionAddress(control: HTMLElement): string {
  const href = control.dataset['href'];
  if (href) return new URL(href, window.location.href).href;
  const url = new URL(window.location.href);
  url.hash = control.dataset['target'] ?? '';
  return url.href;
}

export async function run(control: HTMLElement): Promise<void> {
  const message = control.dataset['copy'];
  const text = message ?? sectionAddress(control);
  const label = control.querySelector<HTMLElement>('[data-label]');
  // Asked for first, while the browser still counts the click as the reader's (clipboard permission).
  const copied = navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
  const words = loadScriptWords().then(
    ({ sharing }) => sharing,
    () => undefined,
  );
  if (!(await copied)) {
    showAddress(control, text, (await words)?.[message ? 'messageToCopy' : 'linkToCopy']);
    const said = (await words)?.[message ? 'messageSelected' : 'linkSelected'];
    if (said) announce(said);
    return;
  }
  const sharing = await words;
  // Without its words (the file could not load) the button still copied; it just says nothing.
  if (!sharing) return;
  if (label) {
    const original = (label.dataset['original'] ??= label.textContent ?? '');
    label.textContent = sharing.copied;
    window.setTimeout(() => (label.textContent = original), RESET_AFTER_MS);
  }
  announce(message ? sharing.messageCopied : sharing.linkCopied);
}

function showAddress(control: HTMLElement, address: string, name = ''): void {
  let field = control.parentElement?.querySelector<HTMLInputElement>('input[data-copy-fallback]');
  if (!field) {
    field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.dataset['copyFallback'] = '';
    field.className = 'copy-fallback';
    field.setAttribute('aria-label', name);
    control.after(field);
  }
  field.value = address;
  field.focus();
  field.select();
}
