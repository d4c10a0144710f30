/**
 * "Copy link" beside a section heading: puts the section's full address on the clipboard and says
 * "Copied". Where the clipboard is refused (older browsers, pages not served over https), it shows
 * the address in a text box, selected, so the reader can copy it themselves.
 */
import { announce } from './announce';

const RESET_AFTER_MS = 2500;

/** The absolute address of the section a button belongs to. */
export function sectionAddress(control: HTMLElement): string {
  const url = new URL(window.location.href);
  url.hash = control.dataset['target'] ?? '';
  return url.href;
}

export async function run(control: HTMLElement): Promise<void> {
  const address = sectionAddress(control);
  const label = control.querySelector<HTMLElement>('[data-label]');
  try {
    await navigator.clipboard.writeText(address);
  } catch {
    showAddress(control, address);
    announce('The link is selected. Copy it now.');
    return;
  }
  if (label) {
    label.textContent = 'Copied';
    window.setTimeout(() => (label.textContent = 'Copy link'), RESET_AFTER_MS);
  }
  announce('Link copied');
}

function showAddress(control: HTMLElement, address: string): void {
  let field = control.parentElement?.querySelector<HTMLInputElement>('input[data-copy-fallback]');
  if (!field) {
    field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.dataset['copyFallback'] = '';
    field.className = 'copy-fallback';
    field.setAttribute('aria-label', 'Link to this section');
    control.after(field);
  }
  field.value = address;
  field.focus();
  field.select();
}
