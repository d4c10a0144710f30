/**
 * The words search and the Copy link and Share buttons say, fetched once from the file the page names
 * (`data-script-words`, src/lib/script-words.ts). Started as soon as their code has loaded, so the
 * words are here by the time a search ends or a link is copied.
 */
import type { ScriptWords } from '../lib/script-words';

let words: Promise<ScriptWords> | undefined;

export function loadScriptWords(): Promise<ScriptWords> {
  words ??= (async () => {
    const address = document.querySelector<HTMLElement>('[data-script-words]')?.dataset['scriptWords'];
    if (!address) throw new Error('script words: the page names no file of words (data-script-words)');
    const response = await fetch(address);
    if (!response.ok) throw new Error(`script words: ${address} answered ${response.status}`);
    return (await response.json()) as ScriptWords;
  })();
  return words;
}
