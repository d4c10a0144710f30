import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's own types, as AxeBuilder takes and returns them (axe-core comes with it). */
type RunOptions = Parameters<AxeBuilder['options']>[0];
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
type AxeContext = { include: string[]; exclude: string[] };

/** The axe-core rule tags every page is checked against: WCAG 2.0, 2.1 and 2.2 A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Which rules one axe run checks, and where. */
export interface AxeCheck {
  /** Every rule with one of these tags … */
  tags?: readonly string[];
  /** … or exactly these rules. */
  rules?: readonly string[];
  /** Rules turned off. */
  off?: readonly string[];
  /** One part of the page (a selector); the whole page when left out. */
  include?: string;
}

/**
 * What axe finds in the page as it is now. Legacy mode runs axe.run() in the page itself, not
 * finishRun() in a new blank page each time: half the time, for the same rules (the site has no
 * frames). AxeBuilder puts axe into a document (its 500 KB script, evaluated twice) on every run; a
 * later run on the same document calls the axe.run() already there with the same context and
 * options, as AxeBuilder would. Only violations are kept whole (resultTypes): axe then skips making
 * selectors for every passing node, which no check here reads.
 */
export async function axeViolations(page: Page, check: AxeCheck): Promise<Violation[]> {
  const options: RunOptions = {
    resultTypes: ['violations'],
    runOnly: check.tags ? { type: 'tag', values: [...check.tags] } : { type: 'rule', values: [...(check.rules ?? [])] },
    rules: Object.fromEntries((check.off ?? []).map((rule) => [rule, { enabled: false }])),
  };
  // The context AxeBuilder makes of its include() calls.
  const context: AxeContext = { include: check.include ? [check.include] : [], exclude: [] };
  const inPage = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!inPage) {
    const builder = new AxeBuilder({ page }).setLegacyMode(true).options(options);
    if (check.include) builder.include(check.include);
    return (await builder.analyze()).violations;
  }
  return page.evaluate(
    async ([context, options]) => {
      const { axe } = window as unknown as {
        axe: { run(context: AxeContext, options: RunOptions): Promise<{ violations: Violation[] }> };
      };
      return (await axe.run(context, options)).violations;
    },
    [context, options] as const,
  );
}

/**
 * What axe finds, against AXE_TAGS, in one part of the page as it is now (a form with its notices
 * showing, the crisis block), one "rule: help" line each.
 */
export async function axeFindingsIn(page: Page, selector: string): Promise<string[]> {
  const violations = await axeViolations(page, { tags: AXE_TAGS, include: selector });
  return violations.map((violation) => `${violation.id}: ${violation.help}`);
}
