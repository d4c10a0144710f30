/** Every page is valid HTML by html-validate, with the settings in .htmlvalidate.mjs. */
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths';
import { sitePages } from '../support/site-pages';

describe('valid HTML', () => {
  it('every page passes html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = sitePages();
    expect(pages.length).toBeGreaterThan(0);
    const reports = await Promise.all(pages.map((page) => validator.validateFile(path.join(DIST, page.file))));
    const failed = reports.filter((report) => !report.valid);
    const text = failed.map((report) => formatterFactory('text')(report.results)).join('\n');
    expect(failed.length, `html-validate found problems:\n${text.replaceAll(ROOT, '')}`).toBe(0);
  });
});
