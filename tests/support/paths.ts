import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, whatever folder a test is started from: the code, the tests and their fixtures. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The site under test: its `content/` and its built `dist/`. The repository itself, unless HS_PROJECT
 * names another copy of the site (`npm run test:fixture` builds a second practice and points the
 * generic tests at it, so they prove they hold for content other than the sample's).
 */
export const PROJECT = process.env['HS_PROJECT'] ? path.resolve(process.env['HS_PROJECT']) : ROOT;
/** Whether the tests run against a copy other than the repository's own content. */
export const OTHER_PROJECT = path.relative(PROJECT, ROOT) !== '';
export const DIST = path.join(PROJECT, 'dist');
export const CONTENT = path.join(PROJECT, 'content');
/** The sample clinic's content, in the repository, whichever project is under test. */
export const SAMPLE_CONTENT = path.join(ROOT, 'content');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
