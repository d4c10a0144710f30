/**
 * /ui/<lang>.json: the words search and the Copy link and Share buttons say once a reader acts, for
 * each language in content/ui/ (src/lib/script-words.ts says why they are a file of their own), with
 * the crisis phrases and the crisis lines' buttons search shows first for them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getClinic, getCrisisPhrasesFor, getEditions, getGuides, getPaths, getUiFor } from '../../data/collections';
import { scriptWords, searchCrisisLines, searchStages } from '../../lib/script-words';

export const getStaticPaths = (async () =>
  (await getEditions()).map((edition) => ({ params: { lang: edition.lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = String(params['lang']);
  const clinic = await getClinic(lang);
  const paths = await getPaths(lang);
  const crisis = {
    phrases: await getCrisisPhrasesFor(lang),
    lines: searchCrisisLines(clinic.crisisLines),
    helpPath: paths.getHelp,
  };
  const dialog = {
    stages: searchStages((await getGuides(lang)).map((guide) => guide.data.phase)),
    phone: clinic.phone,
    paths,
  };
  // Optional per language: without content/synonyms/<lang>.yaml, search takes words as typed.
  const { synonyms = [], fillers = [] } = (await getEntry('synonyms', lang))?.data ?? {};
  return new Response(JSON.stringify(scriptWords(await getUiFor(lang), lang, crisis, dialog, synonyms, fillers)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
