/**
 * The peer for the benchmark: the same guides built with Starlight, the Astro documentation theme a
 * practice might pick instead. Installed from the npm registry into a temporary folder by the
 * benchmark itself; nothing is committed or added to this project's dependencies.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { clinicValue } from '../../src/lib/clinic-values';
import type { ClinicSettings } from '../../src/schemas/clinic';
import { CONTENT } from '../support/paths';
import { readSettingWords } from '../support/words';

export interface Peer {
  dir: string;
  dist: string;
  /** Replaces the peer's guides with these MDX bodies (id → { title, description, body }). */
  writeGuides(guides: PeerGuide[]): Promise<void>;
  remove(): Promise<void>;
}

export interface PeerGuide {
  id: string;
  title: string;
  description: string;
  body: string;
}

const STARLIGHT = '@astrojs/starlight@^0.42';
const ASTRO = 'astro@^7';

/** Installs Starlight into a new temporary project. Throws with npm's output when the registry is unreachable. */
export async function createPeer(siteTitle: string, site: string): Promise<Peer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'holding-space-starlight-'));
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'holding-space-peer', private: true, type: 'module' }, null, 2),
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', STARLIGHT, ASTRO], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm install of Starlight failed:\n${install.stdout}\n${install.stderr}`);
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: ${JSON.stringify(site)},
  trailingSlash: 'always',
  integrations: [starlight({ title: ${JSON.stringify(siteTitle)} })],
});
`,
  );
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await writeFile(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = path.join(dir, 'src', 'content', 'docs');
  return {
    dir,
    dist: path.join(dir, 'dist'),
    async writeGuides(guides) {
      await rm(docs, { recursive: true, force: true });
      await mkdir(path.join(docs, 'guides'), { recursive: true });
      await writeFile(
        path.join(docs, 'index.mdx'),
        `---\ntitle: ${JSON.stringify(siteTitle)}\ndescription: Guides\n---\n\n${guides
          .map((guide) => `- [${guide.title}](/guides/${guide.id}/)`)
          .join('\n')}\n`,
      );
      for (const guide of guides) {
        await writeFile(
          path.join(docs, 'guides', `${guide.id}.mdx`),
          `---\ntitle: ${JSON.stringify(guide.title)}\ndescription: ${JSON.stringify(guide.description)}\n---\n\n${guide.body}`,
        );
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * This site's guides as plain MDX for Starlight: frontmatter cut to title and description, imports
 * dropped, <ClinicSetting name="…" /> replaced by the clinic's words, other components unwrapped to
 * their text, so both sites carry the same words.
 */
export async function realGuidesForPeer(): Promise<PeerGuide[]> {
  const settings = load(await readFile(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')) as ClinicSettings;
  const words = readSettingWords();
  const folder = path.join(CONTENT, 'guides');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.mdx'));
  const guides: PeerGuide[] = [];
  for (const file of files) {
    const text = await readFile(path.join(folder, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    if (!match) continue;
    const data = load(match[1] ?? '') as { title: string; description: string; draft?: boolean };
    if (data.draft) continue;
    const body = (match[2] ?? '')
      .replace(/^import .*$/gm, '')
      .replace(/<ClinicSetting\s+name="([^"]+)"\s*\/>/g, (_, name: string) => clinicValue(settings, name, words))
      .replace(/<\/?[A-Z][\w.]*(\s[^>]*)?\/?>/g, '');
    guides.push({ id: file.replace(/\.mdx$/, ''), title: data.title, description: data.description, body });
  }
  return guides;
}
