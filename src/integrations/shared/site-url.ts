/**
 * Reads `siteUrl` and `locale` from the clinic settings for `astro.config.mjs`, which runs before
 * content collections exist. The whole settings file is validated later by the content contract;
 * these checks only stop a build early, with the contract's own messages, if a value is unusable.
 */
import { siteUrlMessage } from '../../schemas/web-address';
import { LOCALE, LOCALE_MESSAGE } from '../../lib/language';
import { displayPath, readYaml } from './yaml-file';

/** The settings the build needs before the content collections exist. */
export interface SiteSettings {
  /** The site's own address, https. */
  siteUrl: string;
  /** Language and region, such as en-US: `<html lang>` on pages the build writes itself. */
  locale: string;
}

function readFields(settingsFile: URL): Record<string, unknown> {
  const data = readYaml(settingsFile);
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

function siteUrlOf(fields: Record<string, unknown>, settingsFile: URL): string {
  const problem = siteUrlMessage(fields['siteUrl']);
  if (problem) throw new Error(`${displayPath(settingsFile)}: ${problem}`);
  return fields['siteUrl'] as string;
}

export function readSiteUrl(settingsFile: URL): string {
  return siteUrlOf(readFields(settingsFile), settingsFile);
}

export function readSiteSettings(settingsFile: URL): SiteSettings {
  const fields = readFields(settingsFile);
  const locale = fields['locale'];
  // The same rule as the content contract's locale (src/lib/language.ts).
  if (typeof locale !== 'string' || !LOCALE.test(locale)) {
    throw new Error(`${displayPath(settingsFile)}: ${LOCALE_MESSAGE}`);
  }
  return { siteUrl: siteUrlOf(fields, settingsFile), locale };
}
