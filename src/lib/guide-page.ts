/**
 * What a guide page shows besides its text, from the guide, the other guides, the clinic settings and
 * what the build read from the guide's body. Pure, so it is unit-tested; src/data/guide-route.ts
 * gathers the inputs for src/pages/[...guides]/[id].astro.
 */
import type { BodyFacts } from './body-facts';
import { clinicList, clinicValue, type SettingWords } from './clinic-values';
import { FAQ_GUIDE_ID } from './constants';
import { faqEntries, faqJsonLd, jsonForScript } from './faq';
import type { NavItem, Neighbours } from './nav';
import type { ClinicSettings } from '../schemas/clinic';
import { buildToc, type Heading, type TocEntry } from './toc';

export interface GuidePageInput<G extends NavItem & { data: { translation?: { of: string } | undefined } }> {
  guide: G;
  /** The guides before and after a guide, for the previous and next links (readingNeighbours in nav.ts). */
  neighbours: (id: string) => Neighbours<G>;
  clinic: ClinicSettings;
  /** The words clinic settings read in (content/values/, content/routes/). */
  words: SettingWords;
  /** The guide's h2 and h3 headings, the session ways included (renderGuide in src/data/collections.ts). */
  headings: readonly Heading[];
  facts: BodyFacts;
}

export interface GuidePage<G extends NavItem> {
  toc: TocEntry[];
  minutes: number;
  /** The questions page's FAQPage structured data, ready for its <script type="application/ld+json">. */
  faqJson: string | undefined;
  previous: G | undefined;
  next: G | undefined;
  locale: string;
  /** true while the site shows the fictional sample clinic. */
  sample: boolean;
}

export function guidePage<G extends NavItem & { data: { translation?: { of: string } | undefined } }>({
  guide,
  neighbours,
  clinic,
  words,
  headings,
  facts,
}: GuidePageInput<G>): GuidePage<G> {
  const { previous, next } = neighbours(guide.id);
  // The questions page tells search engines it is a list of questions, as data (not a script). Each
  // setting reads as the page shows it.
  const faqJson =
    (guide.data.translation?.of ?? guide.id) === FAQ_GUIDE_ID
      ? jsonForScript(
          faqJsonLd(
            faqEntries(facts.sections, (part) =>
              'setting' in part ? clinicValue(clinic, part.setting, words) : clinicList(clinic, part.list).join(', '),
            ),
          ),
        )
      : undefined;
  return {
    toc: buildToc(headings),
    minutes: facts.minutes,
    faqJson,
    previous,
    next,
    locale: clinic.locale,
    sample: clinic.sample,
  };
}
