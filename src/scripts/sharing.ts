/**
 * The code of the Copy buttons and of the guides' section links, bundled on its own (each control
 * names its address in `data-src`) and fetched by the page's intent loader at the first press, or
 * when the pointer or focus reaches a control. The press that fetched it runs once it is here: the
 * browser's permission to write to the clipboard lasts a few seconds after a click, far longer than
 * this takes.
 */
import { run } from './copy-link';
import { loadScriptWords } from './script-words';

// The words the controls say after a press, fetched alongside this code.
loadScriptWords().catch(() => undefined);

window.holdingSpaceShare = run;
