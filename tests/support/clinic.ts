/** The clinic settings as the site reads them: content/settings/clinic.yaml, through its schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { clinicSettingsSchema, type ClinicSettings } from '../../src/schemas/clinic';
import { CONTENT } from './paths';

/** The settings of the site under test, or of the content folder given (the sample's, for example). */
export function readClinic(content = CONTENT): ClinicSettings {
  return clinicSettingsSchema.parse(load(readFileSync(path.join(content, 'settings', 'clinic.yaml'), 'utf8')));
}
