/**
 * GOV.UK's character count, for a form's text boxes. Near its limit a box shows "You have N characters
 * remaining" under it, in the box's description, so a screen reader reads it with the box; it is said
 * aloud once typing pauses, not on every key. A paste or drop that does not all fit keeps what fits (the
 * box's own `maxlength` does that, with or without JavaScript) and says so under the box. The arithmetic
 * is in src/features/tools/text-limit.ts, the words come from the page (src/features/tools/tool-words.ts).
 */
import { charactersLeft, pasteFits } from './text-limit';
import type { ToolMessages } from './tool-words';
import { announce } from '../../scripts/announce';

type Box = HTMLInputElement | HTMLTextAreaElement;

/** Long enough to wait for a pause in typing (GOV.UK waits about a second too). */
const SAY_AFTER_MS = 1000;

const isBox = (target: EventTarget | null): target is Box =>
  (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.maxLength > 0;

/** Shows `text` in the note under the field `name`, or empties and hides the note. */
export function note(name: string, text = ''): void {
  const line = document.getElementById(`${name}-note`);
  if (!line) return;
  line.textContent = text;
  line.hidden = !text;
}

/** Brings the count under `box` up to date, and returns what it says ('' while hidden). */
export function showCount(box: Box, messages: ToolMessages): string {
  const line = document.getElementById(`${box.name}-count`);
  const left = charactersLeft(box.value.length, box.maxLength);
  // Hidden and empty below the threshold, so the box's description says nothing about it.
  const text = left === null ? '' : messages.charactersLeft(left);
  if (line && line.textContent !== text) line.textContent = text;
  if (line) line.hidden = !text;
  return text;
}

export function limitText(form: HTMLFormElement, messages: ToolMessages): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let said = '';
  let dragged: EventTarget | null = null;

  form.addEventListener('input', ({ target }) => {
    if (!isBox(target)) return;
    const text = showCount(target, messages);
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (text && text !== said) announce(text);
      said = text;
    }, SAY_AFTER_MS);
  });

  /** Called before `text` goes into `box`; says what was cut once it is in. */
  const arriving = (box: Box, text: string, replacesSelection: boolean) => {
    const fits = pasteFits(text, {
      max: box.maxLength,
      length: box.value.length,
      selectionStart: replacesSelection ? (box.selectionStart ?? 0) : 0,
      selectionEnd: replacesSelection ? (box.selectionEnd ?? 0) : 0,
      multiline: box instanceof HTMLTextAreaElement,
    });
    if (fits === null) return;
    // After the browser has put in what fits and fired `input`.
    setTimeout(() => {
      const message = messages.pasteCut(fits, box.maxLength);
      note(box.name, message);
      clearTimeout(timer);
      // The notice says what the box holds, so the count need not be said on top of it.
      said = showCount(box, messages);
      announce(message);
    });
  };

  form.addEventListener('paste', (event) => {
    if (isBox(event.target)) arriving(event.target, event.clipboardData?.getData('text/plain') ?? '', true);
  });
  // Text dragged within the same box only moves; text dropped from elsewhere is added at the drop point.
  form.addEventListener('dragstart', ({ target }) => (dragged = target));
  form.addEventListener('dragend', () => (dragged = null));
  form.addEventListener('drop', (event) => {
    if (isBox(event.target) && event.target !== dragged)
      arriving(event.target, event.dataTransfer?.getData('text/plain') ?? '', false);
  });
}
