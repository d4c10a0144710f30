/**
 * The checklist with JavaScript: ticks saved in this browser, one tick at a time, so two tabs never
 * erase each other's ticks (src/features/tools/tool-sync.ts); restored on return; progress lines per phase and
 * overall; and Clear. Without it the page still reads, ticks and prints.
 */
import { TOOL_STORAGE_KEYS } from '../../lib/constants';
import type { Fields } from './merge';
import { clearTool, loadChecklist, openStore, saveChecklist } from './storage';
import { connectToolPage, pageToolMessages } from './tool-page';
import { syncTool } from './tool-sync';

const boxes = [...document.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
const ids = boxes.map((box) => box.value);
const store = openStore(() => window.localStorage);
const messages = pageToolMessages();

/** Ticks as merge fields: a ticked item is 'on', an unticked one is absent. */
const ticks = (ticked: Iterable<string>): Fields => Object.fromEntries([...ticked].map((id) => [id, 'on']));

function showProgress(): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const phase = line.dataset['progress'];
    const mine = phase === 'all' ? boxes : boxes.filter((box) => box.closest('section')?.contains(line));
    const count = line.querySelector('[data-count]');
    const text = messages.progress(mine.filter((box) => box.checked).length, mine.length);
    // Only a real change is written, so screen readers hear only what changed.
    if (count && count.textContent !== text) count.textContent = text;
    line.hidden = false;
  }
}

const page = connectToolPage(store, messages, () => {
  for (const box of boxes) box.checked = false;
  clearTool(store, 'checklist');
  synced.cleared();
  showProgress();
});

const synced = syncTool(
  {
    key: TOOL_STORAGE_KEYS.checklist,
    names: ids,
    load: () => {
      const saved = loadChecklist(store, ids);
      return saved.found ? ticks(saved.ticked) : null;
    },
    save: (record) =>
      saveChecklist(
        store,
        ids.filter((id) => record[id]),
      ),
    read: () => ticks(boxes.filter((box) => box.checked).map((box) => box.value)),
    show: (values) => {
      for (const box of boxes) if (box.value in values) box.checked = Boolean(values[box.value]);
      showProgress();
    },
    label: (id) =>
      boxes
        .find((box) => box.value === id)
        ?.closest('label')
        ?.textContent?.trim() ?? id,
  },
  page,
  messages,
);

document.addEventListener('change', (event) => {
  if (!(event.target instanceof HTMLInputElement) || !boxes.includes(event.target)) return;
  page.announce('');
  synced.save();
  showProgress();
});

showProgress();
