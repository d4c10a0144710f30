/**
 * Glossary look-ups for `<Term>`: which definition a word in a guide points to. Pure, so the rule
 * that an unknown word stops the build is unit-tested without Astro.
 */
import type { GlossaryTerm } from '../schemas/glossary';

/** Address of a term's definition on the glossary page (`glossary`, the page's address in the reader's language). */
export function termPath(glossary: string, id: string): string {
  return `${glossary}#${id}`;
}

const normalise = (words: string) => words.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The term a `<Term>` means: by `id` when given, otherwise by its visible words, matched against
 * each term's name and its other forms. Throws "received … expected …" when nothing matches.
 */
export function resolveTerm(
  terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'forms'>[],
  request: { id?: string | undefined; words?: string | undefined },
): Pick<GlossaryTerm, 'id' | 'term' | 'forms'> {
  const ids = terms.map((term) => term.id);
  if (request.id !== undefined) {
    const found = terms.find((term) => term.id === request.id);
    if (!found) {
      throw new Error(`<Term>: received id="${request.id}", expected one of the glossary ids: ${ids.join(', ')}`);
    }
    return found;
  }
  const words = normalise(request.words ?? '');
  if (words === '') {
    throw new Error('<Term>: received no words and no id, expected <Term>word</Term> or <Term id="…">words</Term>');
  }
  const found = terms.find(
    (term) =>
      normalise(term.term) === words || term.id === words || term.forms.some((form) => normalise(form) === words),
  );
  if (!found) {
    throw new Error(
      `<Term>: received "${words}", expected a word defined in content/glossary.yaml (${ids.join(', ')}), or add id="…" to say which term it means`,
    );
  }
  return found;
}
