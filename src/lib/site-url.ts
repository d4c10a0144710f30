/**
 * Reads `siteUrl` from the clinic settings for `astro.config.mjs`, which runs before content
 * collections exist. The whole settings file is validated later by the content contract; this
 * check only stops a build early with the same kind of message if the address is unusable.
 */
import { displayPath, readYaml } from './yaml-file';

export function readSiteUrl(settingsFile: URL): string {
  const data = readYaml(settingsFile);
  const siteUrl = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['siteUrl'] : undefined;
  if (typeof siteUrl !== 'string' || !/^https?:\/\/[^/]+\/?$/.test(siteUrl)) {
    throw new Error(
      `${displayPath(settingsFile)}: siteUrl must be the address of the site itself, for example https://care.example.org`,
    );
  }
  return siteUrl;
}
