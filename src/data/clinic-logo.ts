/** The clinic's logo for pages (ClinicMark.astro), read once per build. */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { getClinic } from './collections';
import { readLogoFile } from '../integrations/shared/clinic-logo';
import type { Logo } from '../lib/logo';

// The settings file as the content collection reads it: content/settings/ under the project.
const SETTINGS_FILE = pathToFileURL(path.resolve('content/settings/clinic.yaml'));

let logo: Promise<Logo | undefined> | undefined;

/** The checked logo, or undefined when the settings name none (the clinic's name then stands alone). */
export function getClinicLogo(): Promise<Logo | undefined> {
  logo ??= getClinic().then((clinic) => (clinic.logo ? readLogoFile(SETTINGS_FILE, clinic.logo) : undefined));
  return logo;
}
