/**
 * /ui/<lang>.json: the words search and the Copy link and Share buttons say once a reader acts, for
 * each language in content/ui/ (src/lib/script-words.ts says why they are a file of their own).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { getUiFor } from '../../data/collections';
import { scriptWords } from '../../lib/script-words';

export const getStaticPaths = (async () =>
  (await getCollection('ui')).map((entry) => ({ params: { lang: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = String(params['lang']);
  // Optional per language: without content/synonyms/<lang>.yaml, search takes words as typed.
  const synonyms = (await getEntry('synonyms', lang))?.data.synonyms ?? [];
  return new Response(JSON.stringify(scriptWords(await getUiFor(lang), lang, synonyms)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
