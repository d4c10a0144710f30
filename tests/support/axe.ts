import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe-core rule tags every page is checked against: WCAG 2.0, 2.1 and 2.2 A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What axe finds, against AXE_TAGS, in one part of the page as it is now (a form with its notices
 * showing, the crisis block), one "rule: help" line each. Legacy mode runs axe.run() in the page
 * itself, not finishRun() in a new blank page each time: half the time, for the same rules (the site
 * has no frames).
 */
export async function axeFindingsIn(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).include(selector).withTags(AXE_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}
