/** The clinic settings as the site reads them: content/settings/clinic.yaml, through its schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { clinicSettingsSchema, type ClinicSettings } from '../../src/lib/schemas';
import { CONTENT } from './paths';

export function readClinic(): ClinicSettings {
  return clinicSettingsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')));
}
