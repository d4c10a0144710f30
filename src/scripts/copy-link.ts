/**
 * Copies on a press, and says so. Two kinds of control:
 *
 * - A guide heading's "#" link (src/lib/anchor-headings.ts): the browser follows it to the section as
 *   usual, and this puts the section's full address on the clipboard and says "Link copied". If the
 *   browser refuses, nothing more happens: the address bar now shows the section's address.
 * - A Copy button on the page for clinicians (CopyButton.astro): copies an address (`data-href`) or
 *   words (`data-copy`) or the links of the list just before it (`data-copy-links`: each link's
 *   words, then its full address, a blank line between links), reads "Copied" for a few seconds and
 *   says what it copied. Where the clipboard is refused (older browsers, pages not served over
 *   https), it shows the words in a text box, selected, so the reader can copy them themselves.
 */
import { announce } from './announce';
import { loadScriptWords } from './script-words';

const RESET_AFTER_MS = 3000;
/** Each label as the page wrote it, put back after "Copied". */
const labels = new WeakMap<HTMLElement, Node[]>();

/** The absolute address a control stands for: its `data-href`, or the link's own address. */
function controlAddress(control: HTMLElement): string {
  return new URL(control.dataset['href'] ?? control.getAttribute('href') ?? '', window.location.href).href;
}

/** The links of a list as words to paste: each link's words, then its address. */
function linksOf(list: Element | null): string {
  const links = list?.querySelectorAll('a') ?? [];
  return Array.from(links, (link) => `${link.textContent?.trim() ?? ''}\n${link.href}`).join('\n\n');
}

export async function run(control: HTMLElement): Promise<void> {
  const message =
    control.dataset['copyLinks'] === undefined ? control.dataset['copy'] : linksOf(control.previousElementSibling);
  const text = message ?? controlAddress(control);
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
    if (control instanceof HTMLAnchorElement) return;
    showWords(control, text, (await words)?.[message ? 'messageToCopy' : 'linkToCopy']);
    const said = (await words)?.[message ? 'messageSelected' : 'linkSelected'];
    if (said) announce(said);
    return;
  }
  const sharing = await words;
  // Without its words (the file could not load) the control still copied; it just says nothing.
  if (!sharing) return;
  const label = control.querySelector<HTMLElement>('[data-label]');
  if (label) {
    // Its own nodes, kept: a label may mark a word of another language (<span lang>).
    if (!labels.has(label)) labels.set(label, [...label.childNodes]);
    const original = labels.get(label) ?? [];
    label.textContent = sharing.copied;
    control.dataset['state'] = 'copied';
    window.clearTimeout(Number(control.dataset['reset']));
    control.dataset['reset'] = String(
      window.setTimeout(() => {
        label.replaceChildren(...original);
        delete control.dataset['state'];
      }, RESET_AFTER_MS),
    );
  }
  const links = control.dataset['copyLinks'] !== undefined;
  announce(links ? sharing.linksCopied : message ? sharing.messageCopied : sharing.linkCopied);
}

function showWords(control: HTMLElement, words: string, name = ''): void {
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
  field.value = words;
  field.focus();
  field.select();
}
