/**
 * Questions and answers from the "Questions people ask" guide, for its FAQPage structured data
 * (JSON-LD). Each `##` heading is a question; the text up to the next `##` is its answer. Read from
 * the MDX source, so the data always matches the page, with no script at run time.
 */

export interface FaqEntry {
  question: string;
  answer: string;
}

/** Turns a piece of MDX into the words a reader sees; clinic settings are filled in by `setting`. */
export function mdxAnswerText(source: string, setting: (name: string) => string): string {
  return source
    .replace(/<ClinicSetting\s+name=["']([^"']+)["']\s*\/>/g, (_, name: string) => setting(name))
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function faqEntries(body: string, setting: (name: string) => string): FaqEntry[] {
  const sections = body.split(/^## /m).slice(1);
  return sections.map((section) => {
    const [heading = '', ...rest] = section.split('\n');
    // Any ### inside an answer belongs to that answer.
    return { question: heading.trim(), answer: mdxAnswerText(rest.join('\n'), setting) };
  });
}

/** schema.org FAQPage for a list of questions. */
export function faqJsonLd(entries: readonly FaqEntry[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/** JSON for inside a <script> element: "<" is escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
