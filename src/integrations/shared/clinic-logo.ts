/**
 * Reads the clinic's logo file (setting `logo`, next to content/settings/clinic.yaml) and checks it
 * with src/lib/logo.ts. Any problem stops the build, naming the settings file, the setting and the
 * logo file, for the header (src/data/clinic-logo.ts) and the site's icon alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readLogo, type Logo } from '../../lib/logo';
import { displayPath } from './yaml-file';

/** The logo named in the settings, read and checked; throws a message an editor can act on. */
export function readLogoFile(settingsFile: URL, name: string): Logo {
  const file = new URL(name, settingsFile);
  const where = `${displayPath(settingsFile)}: logo: ${displayPath(file)}`;
  if (!existsSync(file)) {
    throw new Error(`${where} does not exist; put the SVG file next to the settings file, or leave logo out`);
  }
  const result = readLogo(readFileSync(file, 'utf8'));
  if (!result.logo) throw new Error(result.problems.map((problem) => `${where} ${problem}`).join('\n'));
  return result.logo;
}
