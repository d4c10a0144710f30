/** "Share" beside a section heading, on devices with a share sheet: shares the section's address. */
import { sectionAddress } from './copy-link';

export async function run(control: HTMLElement): Promise<void> {
  try {
    // The section's heading is the title; the clinicians' page buttons have no section, so the page's.
    const heading = document.getElementById(control.dataset['target'] ?? '')?.textContent?.trim();
    await navigator.share({ title: heading || document.title, url: sectionAddress(control) });
  } catch {
    // The reader closed the share sheet; nothing to do.
  }
}
