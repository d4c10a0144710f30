/**
 * The checklist with JavaScript: ticks saved in this browser and restored on return, progress lines
 * per phase and overall, and Clear. Without it the page still reads, ticks and prints.
 */
import { progressText } from '../lib/progress';
import { clearTool, loadChecklist, openStore, saveChecklist } from '../lib/storage';
import { connectToolPage } from './tool-page';

const boxes = [...document.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
const store = openStore(() => window.localStorage);

const saved = loadChecklist(
  store,
  boxes.map((box) => box.value),
);
// With nothing stored, keep what the browser shows (it may have kept ticks across a reload itself).
if (saved.found) for (const box of boxes) box.checked = saved.ticked.includes(box.value);

function showProgress(): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const phase = line.dataset['progress'];
    const mine = phase === 'all' ? boxes : boxes.filter((box) => box.closest('section')?.contains(line));
    const count = line.querySelector('[data-count]');
    const text = progressText(mine.filter((box) => box.checked).length, mine.length);
    // Only a real change is written, so screen readers hear only what changed.
    if (count && count.textContent !== text) count.textContent = text;
    line.hidden = false;
  }
}

const page = connectToolPage(store, 'ticks', () => {
  for (const box of boxes) box.checked = false;
  clearTool(store, 'checklist');
  showProgress();
});

document.addEventListener('change', (event) => {
  if (!(event.target instanceof HTMLInputElement) || !boxes.includes(event.target)) return;
  saveChecklist(
    store,
    boxes.filter((box) => box.checked).map((box) => box.value),
  );
  page.showStorage();
  page.announce('');
  showProgress();
});

showProgress();
