/** "Share" beside a section heading, on devices with a share sheet: shares the section's address. */
import { sectionAddress } from './copy-link';

export async function run(control: HTMLElement): Promise<void> {
  try {
    await navigator.share({ title: control.dataset['title'] ?? document.title, url: sectionAddress(control) });
  } catch {
    // The reader closed the share sheet; nothing to do.
  }
}
