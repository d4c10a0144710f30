/**
 * The session plan with JavaScript: answers saved in this browser as the reader types (after a
 * short pause, at once when a field is left or the page is hidden), restored on return, and Clear.
 * Without it the form still fills in and prints.
 */
import { PLAN_FIELDS, type PlanAnswers } from '../lib/plan';
import { clearTool, loadPlan, openStore, savePlan } from '../lib/storage';
import { connectToolPage } from './tool-page';

/** Long enough not to write on every key press, short enough that little is lost if the tab dies. */
const SAVE_AFTER_MS = 400;

const form = document.querySelector<HTMLFormElement>('form[data-plan]');

if (form) {
  const store = openStore(() => window.localStorage);

  const field = (name: string) => form.elements.namedItem(name);

  const read = (): PlanAnswers => {
    const answers: PlanAnswers = {};
    for (const name of PLAN_FIELDS) {
      const control = field(name);
      if (
        control instanceof RadioNodeList ||
        control instanceof HTMLInputElement ||
        control instanceof HTMLTextAreaElement
      ) {
        if (control.value !== '') answers[name] = control.value;
      }
    }
    return answers;
  };

  const loaded = loadPlan(store);
  if (loaded.found) {
    for (const name of PLAN_FIELDS) {
      const control = field(name);
      const value = loaded.answers[name] ?? '';
      if (control instanceof RadioNodeList) {
        for (const radio of control) if (radio instanceof HTMLInputElement) radio.checked = radio.value === value;
      } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        control.value = value;
      }
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    savePlan(store, read());
    page.showStorage();
  };

  const page = connectToolPage(store, 'answers', () => {
    clearTimeout(timer);
    timer = undefined;
    form.reset();
    clearTool(store, 'plan');
  });

  form.addEventListener('input', () => {
    page.announce('');
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  });
  form.addEventListener('change', save);
  // "Save my plan", or Enter in a field: save at once and say so. The form never goes anywhere.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
    page.announce(
      store.working ? 'Your plan is saved on this device.' : 'This browser cannot save your plan right now.',
    );
  });
  // Leaving or hiding the page saves what is still waiting for the pause.
  window.addEventListener('pagehide', () => timer !== undefined && save());
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && timer !== undefined && save(),
  );

  // Text boxes print at the height of what they hold, in browsers that cannot size them by CSS.
  window.addEventListener('beforeprint', () => {
    for (const box of form.querySelectorAll('textarea')) box.style.height = `${box.scrollHeight + 4}px`;
  });
  window.addEventListener('afterprint', () => {
    for (const box of form.querySelectorAll('textarea')) box.style.height = '';
  });
}
