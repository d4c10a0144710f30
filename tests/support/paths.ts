import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, whatever folder a test is started from. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const CONTENT = path.join(ROOT, 'content');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
