/**
 * Progressive enhancement for the few buttons that need JavaScript: "Copy link" and "Share" beside
 * each section heading and on the clinicians' page, and "Print" on handouts. They are `hidden` in
 * the HTML, so a reader without JavaScript never meets a button that does nothing; this script
 * shows them and then only listens, once, on the document, for a click on one.
 *
 * It loads only on pages that have such a button, and it is one small file (under 1 KB gzipped).
 * Loading the handlers on intent with import() was tried and measured: Vite's preload helper, which
 * Astro's client build does not let a site turn off, made the first file larger than all of this.
 */
import { run as copyLink } from './copy-link';
import { run as share } from './share';

type Run = (control: HTMLElement) => Promise<void> | void;

const handlers: Record<string, Run> = {
  'copy-link': copyLink,
  share,
  print: () => window.print(),
};

const canShare = typeof navigator.share === 'function';
for (const control of document.querySelectorAll<HTMLElement>('[data-enhance]')) {
  // Share only where the device has a share sheet (most phones); everyone else gets Copy link.
  if (control.dataset['enhance'] !== 'share' || canShare) control.hidden = false;
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest<HTMLElement>('[data-enhance]');
  const run = control ? handlers[control.dataset['enhance'] ?? ''] : undefined;
  if (!control || !run) return;
  event.preventDefault();
  void run(control);
});
