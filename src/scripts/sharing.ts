/**
 * The Copy link and Share buttons' code, bundled on its own (each button names its address in
 * `data-src`) and fetched by the page's intent loader at the first press, or when the pointer or focus
 * reaches a button. The press that fetched it runs once it is here: the browser's permission to write
 * to the clipboard or open the share sheet lasts a few seconds after a click, far longer than this takes.
 */
import { run as copyLink } from './copy-link';
import { run as share } from './share';
import { loadScriptWords } from './script-words';

// The words the buttons say after a press, fetched alongside this code.
loadScriptWords().catch(() => undefined);

window.holdingSpaceShare = (control) => (control.dataset['enhance'] === 'share' ? share : copyLink)(control);
