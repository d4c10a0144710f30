/**
 * A content loader for the interface words: one file per language in content/ui/, named by the
 * language (en.yaml, es.yaml). Each file is checked against the keys the site uses (src/lib/ui.ts);
 * the check depends on the language, whose plural forms differ, so it runs here, where the file's
 * name is known, rather than as the collection's one schema. A mistake stops the build, naming the
 * file and every key that is wrong.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../integrations/shared/yaml-file';
import { parseUi, uiFile, uiMissing, uiWords, type Ui, type UiData } from '../lib/ui';
import { LANGUAGE_FILE, languageOf } from '../lib/language';

/** The language a file in content/ui/ is for, from its name; anything but a language code stops the build. */
export function uiFileLanguage(name: string): string {
  const match = name.endsWith('.yaml') ? LANGUAGE_FILE.exec(name) : null;
  if (!match?.[1]) {
    throw new Error(
      `content/ui/${name}: received a file named "${name}", expected a language code and .yaml, such as en.yaml or es.yaml`,
    );
  }
  return match[1];
}

/** One file of content/ui/, read and checked. */
function readUiFile(dir: string, name: string): { lang: string; file: string; data: UiData } {
  const lang = uiFileLanguage(name);
  const file = uiFile(lang);
  return { lang, file, data: parseUi(parseYaml(readFileSync(path.join(dir, name), 'utf8'), file), lang) };
}

/**
 * The interface words in the settings' language, for build code that runs before the content
 * collections exist (astro.config.mjs: the pages left at old addresses).
 */
export function readUi(folder: URL, locale: string): Ui {
  const lang = languageOf(locale);
  const dir = fileURLToPath(folder);
  if (!existsSync(path.join(dir, `${lang}.yaml`))) throw new Error(uiMissing(lang, locale));
  return uiWords(readUiFile(dir, `${lang}.yaml`).data, lang);
}

export function uiStrings(folder = 'content/ui'): Loader {
  return {
    name: 'holding-space:ui-strings',
    load: async ({ config, store, watcher, logger }) => {
      const dir = fileURLToPath(new URL(`${folder}/`, config.root));
      const sync = () => {
        const entries = readdirSync(dir)
          .filter((name) => !name.startsWith('.'))
          .map((name) => readUiFile(dir, name));
        store.clear();
        for (const { lang, file, data } of entries) store.set({ id: lang, data, filePath: file });
      };
      sync();
      // In `astro dev`, a broken edit is reported and the last good words are kept until it is fixed.
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(dir)) return;
        try {
          sync();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
