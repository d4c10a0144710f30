/**
 * A content loader for one YAML file holding a list of entries, each with an `id` (content/glossary.yaml).
 *
 * Astro's own `file()` loader logs a YAML syntax error as "Error reading data from …" and carries on
 * with an empty collection, and only warns when two entries share an id, so one silently replaces the
 * other. This one stops the build instead, naming the file, the line and the mistake.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
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

/** Loads `fileName` (relative to the project root) into the collection, one entry per list item. */
export function yamlList(fileName: string): Loader {
  return {
    name: 'holding-space:yaml-list',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const filePath = fileURLToPath(new URL(fileName, config.root));
      const sync = async () => {
        const entries = yamlListEntries(parseYaml(readFileSync(filePath, 'utf8'), fileName), fileName);
        const parsed = await Promise.all(
          entries.map(async ({ id, data }) => ({ id, data: await parseData({ id, data, filePath }) })),
        );
        store.clear();
        for (const { id, data } of parsed) store.set({ id, data, filePath: fileName });
      };
      await sync();
      // In `astro dev`, a broken edit is reported and the last good list is kept until it is fixed.
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed !== filePath) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
