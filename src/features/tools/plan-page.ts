/**
 * The session plan with JavaScript: answers saved in this browser as the reader types (after a
 * short pause, at once when a field is left or the page is hidden), field by field, so two tabs never
 * erase each other's answers (src/features/tools/tool-sync.ts); restored on return; a character count near
 * each box's limit; and Clear. Without it the form still fills in and prints.
 */
import { TOOL_STORAGE_KEYS } from '../../lib/constants';
import { PLAN_FIELDS, planChoicesOf, type PlanAnswers } from './plan';
import { PRINTED_LINE_CHARS, wrappedLines } from './print-lines';
import { clearTool, loadPlan, openStore, savePlan } from './storage';
import { limitText, note, showCount } from './text-limits';
import { connectToolPage, pageToolMessages } from './tool-page';
import { syncTool } from './tool-sync';

/** Long enough not to write on every key press, short enough that little is lost if the tab dies. */
const SAVE_AFTER_MS = 400;

const form = document.querySelector<HTMLFormElement>('form[data-plan]');

if (form) {
  const store = openStore(() => window.localStorage);
  const messages = pageToolMessages();
  // The choices this page offers (content/plan/ may leave one out): only those are read and saved.
  const choices = planChoicesOf(form.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  const control = (name: string) => form.elements.namedItem(name);
  const box = (name: string) => {
    const found = control(name);
    return found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement ? found : null;
  };

  const read = (): PlanAnswers => {
    const answers: PlanAnswers = {};
    for (const name of PLAN_FIELDS) {
      const value = (control(name) as RadioNodeList | HTMLInputElement | HTMLTextAreaElement | null)?.value;
      if (value) answers[name] = value;
    }
    return answers;
  };

  const show = (values: PlanAnswers) => {
    for (const [name, value = ''] of Object.entries(values)) {
      const found = control(name);
      if (found instanceof RadioNodeList) {
        for (const radio of found) if (radio instanceof HTMLInputElement) radio.checked = radio.value === value;
      }
      const text = box(name);
      if (text) {
        text.value = value;
        showCount(text, messages);
      }
      note(name);
    }
  };

  // The text box the reader has typed in since it got focus; it keeps its text if another tab changes it.
  let typing: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    synced.save();
  };

  const page = connectToolPage(store, messages, () => {
    clearTimeout(timer);
    timer = undefined;
    form.reset();
    clearTool(store, 'plan');
    synced.cleared();
    show(Object.fromEntries(PLAN_FIELDS.map((name) => [name, ''])));
  });

  const synced = syncTool(
    {
      key: TOOL_STORAGE_KEYS.plan,
      names: PLAN_FIELDS,
      load: () => {
        const loaded = loadPlan(store, choices);
        return loaded.found ? loaded.answers : null;
      },
      save: (record) => savePlan(store, record, choices),
      read,
      show,
      label: (name) =>
        (box(name)?.labels?.[0] ?? form.querySelector(`fieldset:has([name="${name}"]) legend`))?.textContent?.trim() ??
        name,
      editing: () => typing,
      mark: (names) => {
        for (const name of names) note(name, messages.changedHere);
      },
    },
    page,
    messages,
  );

  limitText(form, messages);
  for (const name of PLAN_FIELDS) {
    const text = box(name);
    if (text) showCount(text, messages);
  }

  form.addEventListener('input', ({ target }) => {
    page.announce('');
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      note(target.name);
      if (target.type !== 'radio') typing = target.name;
    }
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  });
  form.addEventListener('change', save);
  // Leaving a field saves it, and shows what another tab changed in it while it was being typed in.
  form.addEventListener('focusout', () => {
    typing = null;
    save();
  });
  // "Save my plan", or Enter in a field: save at once and say so. The form never goes anywhere.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
    page.announce(store.working ? messages.saved : messages.notSaved);
  });
  // Leaving or hiding the page saves what is still waiting for the pause.
  window.addEventListener('pagehide', () => {
    typing = null;
    if (timer !== undefined) save();
  });
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && timer !== undefined && save(),
  );

  // Text boxes print at the height of what they hold. Where CSS can size them by their content
  // (field-sizing in print.css), the browser does it at the printed width. Elsewhere each box gets the
  // rows its words need on paper, where a section beside another is half the sheet wide; a height
  // measured on screen would cut off lines that wrap more on paper.
  if (!CSS.supports('field-sizing', 'content')) {
    window.addEventListener('beforeprint', () => {
      for (const box of form.querySelectorAll('textarea')) {
        box.dataset['rows'] ??= String(box.rows);
        const width = box.closest('.print-half') ? PRINTED_LINE_CHARS.half : PRINTED_LINE_CHARS.full;
        box.rows = wrappedLines(box.value, width);
      }
    });
    window.addEventListener('afterprint', () => {
      for (const box of form.querySelectorAll('textarea')) {
        box.rows = Number(box.dataset['rows']) || box.rows;
        delete box.dataset['rows'];
      }
    });
  }
}
