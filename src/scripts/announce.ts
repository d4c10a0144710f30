/**
 * One polite live region for the page, made on first use, so screen readers hear "Link copied"
 * without focus moving. The text is set a moment after the region exists, or it may be missed.
 */
let region: HTMLElement | undefined;

export function announce(message: string): void {
  if (!region) {
    region = document.createElement('p');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.dataset['pagefindIgnore'] = '';
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  window.setTimeout(() => (target.textContent = message), 100);
}
