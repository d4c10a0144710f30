/**
 * A content loader for the clinic settings' words in other languages: content/settings/clinic.<language>.yaml,
 * one entry per file with the language as its id (clinic.es.yaml → es). clinic.yaml itself is the
 * `settings` collection's. A site in one language has no such file, and the collection stays empty
 * without a warning (Astro's glob() loader warns when nothing matches).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../integrations/shared/yaml-file';
import { clinicWordsFile, clinicWordsLanguage } from '../lib/clinic-language';

/** The language files among a settings folder's file names, each with its language; a YAML file named otherwise stops the build. */
export function clinicWordsFiles(names: readonly string[]): { lang: string; name: string }[] {
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .flatMap((name) => {
      const lang = clinicWordsLanguage(name);
      return lang === undefined ? [] : [{ lang, name }];
    });
}

export function clinicWords(): Loader {
  return {
    name: 'holding-space:clinic-words',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const dir = fileURLToPath(new URL('content/settings/', config.root));
      const sync = async () => {
        const parsed = await Promise.all(
          clinicWordsFiles(readdirSync(dir)).map(async ({ lang, name }) => {
            const filePath = path.join(dir, name);
            const data = parseYaml(readFileSync(filePath, 'utf8'), clinicWordsFile(lang));
            return { id: lang, data: await parseData({ id: lang, data: data as Record<string, unknown>, filePath }) };
          }),
        );
        store.clear();
        for (const { id, data } of parsed) store.set({ id, data, filePath: clinicWordsFile(id) });
      };
      await sync();
      // In `astro dev`, a broken edit is reported and the last good words are kept until it is fixed.
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(dir)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
