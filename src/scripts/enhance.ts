/**
 * Progressive enhancement for the few buttons that need JavaScript: "Copy link" and "Share" beside
 * each section heading, and "Print" on handouts. They are `hidden` in the HTML, so a reader without
 * JavaScript never meets a button that does nothing.
 *
 * This file is all that loads with the page (a few hundred bytes). It shows the buttons and waits.
 * What each button does lives in its own module, fetched the first time a person reaches for a
 * button (pointer over it, touch, or keyboard focus), so a reader who never uses them downloads
 * nothing more.
 */
type Kind = 'copy-link' | 'share' | 'print';
type Run = (control: HTMLElement) => Promise<void> | void;

const modules: Record<Kind, () => Promise<{ run: Run }>> = {
  'copy-link': () => import('./copy-link'),
  share: () => import('./share'),
  print: () => import('./print'),
};
const loading = new Map<Kind, Promise<{ run: Run }>>();

function load(kind: Kind): Promise<{ run: Run }> {
  let module = loading.get(kind);
  if (!module) {
    module = modules[kind]();
    loading.set(kind, module);
  }
  return module;
}

function controlOf(event: Event): { control: HTMLElement; kind: Kind } | undefined {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest<HTMLElement>('[data-enhance]');
  const kind = control?.dataset['enhance'];
  return control && kind && kind in modules ? { control, kind: kind as Kind } : undefined;
}

const canShare = typeof navigator.share === 'function';
for (const control of document.querySelectorAll<HTMLElement>('[data-enhance]')) {
  // Share only where the device has a share sheet (most phones); everyone else gets Copy link.
  if (control.dataset['enhance'] !== 'share' || canShare) control.hidden = false;
}

for (const type of ['pointerover', 'touchstart', 'focusin'] as const) {
  document.addEventListener(
    type,
    (event) => {
      const found = controlOf(event);
      if (found) void load(found.kind);
    },
    { passive: true },
  );
}

document.addEventListener('click', (event) => {
  const found = controlOf(event);
  if (!found) return;
  event.preventDefault();
  void load(found.kind).then(({ run }) => run(found.control));
});
