/**
 * A Sätteri mdast plugin (Astro 7's Markdown processor) that applies src/integrations/shared/content-rules.ts to every
 * guide and handout as the build reads it, and stops the build listing every problem with its file,
 * line and column. It changes nothing in the tree; it only reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { nodeProblems, type ContentNode } from './shared/content-rules';

/** A refused piece of content, where it is. */
export interface ContentProblem {
  line: number | undefined;
  column: number | undefined;
  message: string;
}

/** The error the build stops with: one line per problem, each "file:line:column: what is wrong". */
export class ContentRulesError extends Error {
  /** Read by @astrojs/mdx to point its error overlay and log at the first problem. */
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(file: string, problems: readonly ContentProblem[]) {
    const lines = problems.map(
      (problem) =>
        `${file}${problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`}: ${problem.message}`,
    );
    super(
      `${file} has content that could run code or load another website, which content may not do (docs/guides.md, "What content may contain"):\n${lines.join('\n')}`,
    );
    this.name = 'ContentRulesError';
    this.line = problems[0]?.line;
    this.column = problems[0]?.column;
  }
}

/** The file as an editor knows it: relative to the project, when it is inside it. */
function displayPath(fileURL: URL | undefined): string {
  if (!fileURL) return 'a Markdown file';
  const absolute = fileURLToPath(fileURL);
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}

/**
 * The lines to add to a position for it to be the file's line. Astro compiles an MDX file with its
 * frontmatter blanked, so positions there are already the file's; it renders a Markdown (.md) file's
 * body alone, without the frontmatter and the blank lines after it (`content.trim()`), so positions
 * there count from the body's first line.
 */
function bodyLineOffset(fileURL: URL | undefined): number {
  if (!fileURL?.pathname.endsWith('.md')) return 0;
  const text = readFileSync(fileURL, 'utf8');
  const frontmatterEnd = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text)?.[0].length ?? 0;
  const bodyStart = frontmatterEnd + (/\S/.exec(text.slice(frontmatterEnd))?.index ?? 0);
  return text.slice(0, bodyStart).split('\n').length - 1;
}

/** One checker per document, so problems never leak from one file into another. */
export function contentRules(context: PluginFactoryContext): MdastPluginDefinition {
  const problems: ContentProblem[] = [];
  const check = (
    node: Readonly<ContentNode & { position?: { start: { line: number; column: number } } | undefined }>,
  ) => {
    for (const message of nodeProblems(node)) {
      problems.push({ line: node.position?.start.line, column: node.position?.start.column, message });
    }
  };
  return {
    name: 'holding-space:content-rules',
    // Positions are needed for the line numbers in the messages.
    options: { position: true },
    mdxjsEsm: check,
    mdxFlowExpression: check,
    mdxTextExpression: check,
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
    html: check,
    link: check,
    definition: check,
    image: check,
    before() {
      // MDX imports the file a frontmatter `layout:` names and renders the page inside it: code again.
      const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && Object.hasOwn(frontmatter, 'layout')) {
        problems.push({
          line: undefined,
          column: undefined,
          message:
            'layout: in the frontmatter would load a file of code around the page; guides and handouts get their layout from the site, so remove it',
        });
      }
    },
    after() {
      if (problems.length === 0) return;
      // Read only when there is something to report: a file with no problems costs nothing.
      const offset = bodyLineOffset(context.fileURL);
      const inFile = problems.map((problem) => ({
        ...problem,
        line: problem.line === undefined ? undefined : problem.line + offset,
      }));
      throw new ContentRulesError(displayPath(context.fileURL), inFile);
    },
  };
}
