/**
 * Reads `siteUrl` from the clinic settings for `astro.config.mjs`, which runs before content
 * collections exist. The whole settings file is validated later by the content contract; this
 * check only stops a build early, with the contract's own message, if the address is unusable.
 */
import { siteUrlMessage } from './web-address';
import { displayPath, readYaml } from './yaml-file';

export function readSiteUrl(settingsFile: URL): string {
  const data = readYaml(settingsFile);
  const siteUrl = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['siteUrl'] : undefined;
  const problem = siteUrlMessage(siteUrl);
  if (problem) throw new Error(`${displayPath(settingsFile)}: ${problem}`);
  return siteUrl as string;
}
