/**
 * A content loader for one YAML file holding a list of entries, each with an `id` (content/glossary.yaml).
 *
 * Astro's own `file()` loader logs a YAML syntax error as "Error reading data from …" and carries on
 * with an empty collection, and only warns when two entries share an id, so one silently replaces the
 * other. This one stops the build instead, naming the file, the line and the mistake.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../integrations/shared/yaml-file';

export interface YamlListEntry {
  id: string;
  data: Record<string, unknown>;
}

/** The entries of a parsed list file, checked for a list shape, an id on each and no id twice. */
export function yamlListEntries(data: unknown, file: string): YamlListEntry[] {
  if (!Array.isArray(data)) {
    throw new Error(`${file}: must be a list of entries, each starting with "- id:"`);
  }
  const firstIndex = new Map<string, number>();
  return data.map((item: unknown, index) => {
    const entry = typeof item === 'object' && item !== null && !Array.isArray(item) ? item : undefined;
    const id = (entry as Record<string, unknown> | undefined)?.['id'];
    if (!entry || typeof id !== 'string' || id.trim() === '') {
      throw new Error(`${file}: entry ${index + 1} has no id; every entry starts with "- id:" and a name`);
    }
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) {
      throw new Error(
        `${file}: id "${id}" is used by entry ${earlier + 1} and entry ${index + 1}; every entry needs its own id`,
      );
    }
    firstIndex.set(id, index);
    return { id, data: entry as Record<string, unknown> };
  });
}

/**
 * Loads `fileName` (relative to the project root) into the collection, one entry per list item. With
 * `languages`, each other language's list beside it (glossary.es.yaml beside glossary.yaml) is loaded
 * too, its entries' ids after the language's code (es/consent).
 */
export function yamlList(fileName: string, { languages = false } = {}): Loader {
  return {
    name: 'holding-space:yaml-list',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const filePath = fileURLToPath(new URL(fileName, config.root));
      const languageFile = new RegExp(
        `^${path.basename(fileName, '.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([a-z]{2})\\.yaml$`,
      );
      const files = () => [
        { file: fileName, path: filePath, prefix: '' },
        ...(languages
          ? readdirSync(path.dirname(filePath))
              .map((name) => languageFile.exec(name))
              .filter((match) => match !== null)
              .map((match) => ({
                file: path.posix.join(path.posix.dirname(fileName), match[0]),
                path: path.join(path.dirname(filePath), match[0]),
                prefix: `${match[1]}/`,
              }))
          : []),
      ];
      const sync = async () => {
        const parsed = await Promise.all(
          files().flatMap(({ file, path: onDisk, prefix }) =>
            yamlListEntries(parseYaml(readFileSync(onDisk, 'utf8'), file), file).map(async ({ id, data }) => ({
              id: `${prefix}${id}`,
              file,
              data: await parseData({ id: `${prefix}${id}`, data, filePath: onDisk }),
            })),
          ),
        );
        store.clear();
        for (const { id, data, file } of parsed) store.set({ id, data, filePath: file });
      };
      await sync();
      // In `astro dev`, a broken edit is reported and the last good list is kept until it is fixed.
      for (const { path: onDisk } of files()) watcher?.add(onDisk);
      watcher?.on('change', (changed) => {
        if (!files().some((file) => file.path === changed)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
