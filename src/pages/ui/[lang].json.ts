/**
 * /ui/<lang>.json: the words search and the Copy link and Share buttons say once a reader acts, for
 * each language in content/ui/ (src/lib/script-words.ts says why they are a file of their own), with
 * the crisis phrases and the crisis lines' buttons search shows first for them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { getClinic, getCrisisPhrasesFor, getUiFor } from '../../data/collections';
import { scriptWords, searchCrisisLines } from '../../lib/script-words';
import { GET_HELP_PATH } from '../../lib/addresses';

export const getStaticPaths = (async () =>
  (await getCollection('ui')).map((entry) => ({ params: { lang: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = String(params['lang']);
  const crisis = {
    phrases: await getCrisisPhrasesFor(lang),
    lines: searchCrisisLines((await getClinic()).crisisLines),
    helpPath: GET_HELP_PATH,
  };
  // Optional per language: without content/synonyms/<lang>.yaml, search takes words as typed.
  const synonyms = (await getEntry('synonyms', lang))?.data.synonyms ?? [];
  return new Response(JSON.stringify(scriptWords(await getUiFor(lang), lang, crisis, synonyms)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
