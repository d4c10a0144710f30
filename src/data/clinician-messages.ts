/**
 * The clinicians' ready-to-send messages of one language (content/clinicians/<lang>.yaml), with the
 * full addresses of that language's pages in place, and each handout of that language: what the page
 * for clinicians shows, in its own language and beside it in the site's others ("send in Spanish").
 */
import {
  entryOriginal,
  entrySlug,
  getGuides,
  getHandouts,
  getPaths,
  getSettingsFiller,
  getWords,
  type HandoutEntry,
} from './collections';
import { composeMessages, type Message } from '../lib/messages';

/** The messages of `lang`, and what a left-out one needs; addresses are made full against `site`. */
export async function getMessages(lang: string, site: string): Promise<{ messages: Message[]; missing: string[] }> {
  const paths = await getPaths(lang);
  return composeMessages(
    (await getWords('clinicians', lang)).messages,
    {
      // Messages name pages by their file names in the clinic's own language (translations by the
      // page they translate), and link to them in the messages' language.
      guides: new Map((await getGuides(lang)).map((guide) => [entryOriginal(guide), paths.guide(entrySlug(guide))])),
      handouts: new Map(
        (await getHandouts(lang)).map((handout) => [entryOriginal(handout), paths.handout(entrySlug(handout))]),
      ),
      pages: { 'get-help': paths.getHelp, checklist: paths.checklist, plan: paths.plan },
      home: paths.home,
    },
    site,
    await getSettingsFiller(lang),
  );
}

/** A handout of one language, by the root-language handout it stands for. */
export async function getHandoutsByOriginal(lang: string): Promise<Map<string, HandoutEntry>> {
  return new Map((await getHandouts(lang)).map((handout) => [entryOriginal(handout), handout]));
}
