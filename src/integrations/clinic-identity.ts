/**
 * The clinic's identity from its settings (content/settings/clinic.yaml), for what the pages do not
 * draw themselves:
 * - its colours: a Vite plugin writes `colors.accent` and `colors.accentDark` (and the shades drawn
 *   from them, src/lib/theme.ts) into src/styles/global.css in place of the default tokens, so the
 *   stylesheet keeps its size, needs no inline style and is hashed for the security policy as before;
 * - its logo: /mark.svg, which pages show with `<use>` (src/components/ClinicMark.astro);
 * - its icon: /favicon.svg from the logo (or the short name's first letter) in the accent colour, and
 *   /apple-touch-icon.png (the home-screen icon) when there is a logo.
 * The files are served by `astro dev` and written into the build.
 * The content contract (src/schemas/clinic.ts) checks the same settings and names any that is wrong;
 * this step checks again only so that `astro dev` stops on a colour it cannot use.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { Resvg } from '@resvg/resvg-js';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ICON_PATH, MARK_PATH, TOUCH_ICON_PATH } from '../lib/addresses';
import { iconSvg, markSvg, touchIconSvg, type Logo } from '../lib/logo';
import {
  contrastProblems,
  DEFAULT_SCHEMES,
  HEX_COLOUR,
  schemeAccent,
  themeCss,
  type AccentSettings,
} from '../lib/theme';
import { readLogoFile } from './shared/clinic-logo';
import { displayPath, readYaml } from './shared/yaml-file';

/** The files, at the root of the site (under its base): the names of the addresses in src/lib/addresses.ts. */
const fileName = (address: string) => address.slice(address.lastIndexOf('/') + 1);
const ICON_FILE = fileName(ICON_PATH);
const TOUCH_ICON_FILE = fileName(TOUCH_ICON_PATH);
const MARK_FILE = fileName(MARK_PATH);

interface Identity {
  colors: AccentSettings;
  logo: Logo | undefined;
  shortName: string;
}

function readIdentity(settingsFile: URL): Identity {
  const data = readYaml(settingsFile);
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const rawColors = typeof fields['colors'] === 'object' && fields['colors'] !== null ? fields['colors'] : {};
  const colors: AccentSettings = {};
  for (const setting of ['accent', 'accentDark'] as const) {
    const value = (rawColors as Record<string, unknown>)[setting];
    // A colour the contract refuses is left to the contract's own message.
    if (typeof value === 'string' && HEX_COLOUR.test(value)) colors[setting] = value;
  }
  const problems = contrastProblems(colors);
  if (problems.length > 0) {
    throw new Error(
      problems
        .map((problem) => `${displayPath(settingsFile)}: colors.${problem.setting}: ${problem.message}`)
        .join('\n'),
    );
  }
  const logoName = fields['logo'];
  const logo =
    typeof logoName === 'string' && logoName.trim() !== '' ? readLogoFile(settingsFile, logoName) : undefined;
  const shortName = typeof fields['shortName'] === 'string' ? fields['shortName'] : '';
  return { colors, logo, shortName };
}

/** The logo's files (the mark pages show, the site's icons), by name. */
function icons({ colors, logo, shortName }: Identity): Map<string, { type: string; body: string | Buffer }> {
  const light = schemeAccent(colors, 'light');
  const files = new Map<string, { type: string; body: string | Buffer }>();
  files.set(ICON_FILE, { type: 'image/svg+xml', body: iconSvg(logo, light, shortName) });
  if (logo) {
    files.set(MARK_FILE, { type: 'image/svg+xml', body: markSvg(logo) });
    const png = new Resvg(touchIconSvg(logo, { accent: light.accent, page: DEFAULT_SCHEMES.light.page })).render();
    files.set(TOUCH_ICON_FILE, { type: 'image/png', body: png.asPng() });
  }
  return files;
}

/** Writes the clinic's colours into global.css before Tailwind reads it. */
function themePlugin(identity: () => Identity): Plugin {
  return {
    name: 'holding-space:clinic-theme',
    enforce: 'pre',
    transform: {
      // Before Tailwind's own 'pre' transform, which compiles the file.
      order: 'pre',
      // Only global.css: the bundler then never calls this for the other modules.
      filter: { id: /[\\/]styles[\\/]global\.css(?:$|\?)/ },
      handler(code, id) {
        const file = id.split('?')[0] ?? '';
        if (!file.endsWith(`${path.sep}styles${path.sep}global.css`) && !file.endsWith('/styles/global.css')) return;
        const { colors } = identity();
        if (colors.accent === undefined && colors.accentDark === undefined) return;
        return { code: themeCss(code, colors), map: null };
      },
    },
  };
}

export default function clinicIdentity(): AstroIntegration {
  let settingsFile: URL | undefined;
  const identity = () => {
    if (!settingsFile) throw new Error('clinic identity: the settings file is not known yet');
    return readIdentity(settingsFile);
  };
  return {
    name: 'holding-space:clinic-identity',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        settingsFile = new URL('content/settings/clinic.yaml', config.root);
        // Read now, so a logo or colour it cannot use stops `astro sync`, `dev` and `build` alike.
        identity();
        updateConfig({ vite: { plugins: [themePlugin(identity)] } });
      },
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.replace(/\/?$/, '/');
        server.middlewares.use((request, response, next) => {
          const name = request.url?.split('?')[0]?.slice(base.length);
          const file = name && request.url?.startsWith(base) ? icons(identity()).get(name) : undefined;
          if (!file) return next();
          response.setHeader('Content-Type', file.type);
          response.end(file.body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = icons(identity());
        for (const [name, file] of files) await writeFile(path.join(fileURLToPath(dir), name), file.body);
        logger.info(`Site icons written: ${[...files.keys()].join(', ')}`);
      },
    },
  };
}
