/**
 * What an editor may write in a guide or handout (MDX), checked node by node while the build reads
 * the file (src/integrations/mdast-content-rules.ts). Content is words, Markdown and the documented
 * content components with their values in quotes; nothing in it can run:
 *
 * - no `import` / `export` lines and no `{…}` expressions: MDX runs them as JavaScript when the site is
 *   built, so they could print environment variables or files into a page (`{/* comments *\/}` are fine);
 * - no HTML elements but a few harmless inline ones (no `<script>`, `<style>`, `<iframe>`, forms …);
 * - no `on…=` or `style=` attributes, and attribute values only as literal text in quotes;
 * - links only to web, phone, text-message and email addresses or to this site; images only from
 *   this site, so reading a page never contacts another website.
 *
 * Why a check over MDX rather than a switch to Markdoc or plain Markdown: the guides already use MDX
 * components with typed, checked props, and a refusal list over MDX's own syntax tree keeps every
 * page and component as it is while closing everything MDX adds beyond them (ESM, expressions, raw
 * elements). Allow-lists, not deny-lists: anything not named here is refused.
 */

/**
 * The components content may use, with the props each takes. The pages pass these components to MDX
 * (src/pages/[...guides]/[id].astro and src/pages/[...handouts]/[id].astro); docs/guides.md "Components for content"
 * documents them.
 */
export const CONTENT_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Callout: ['type', 'title'],
  ClinicSetting: ['name', 'list'],
  GlossaryList: ['group'],
  PracticalDetail: ['name'],
  SampleOnly: [],
  SessionWay: ['way'],
  Term: ['id'],
  Timeline: ['label'],
  TimelineStep: ['title', 'when'],
  // Handouts only.
  ChecklistItems: ['phases'],
  ContactDetails: [],
  Keep: [],
};

/** HTML elements content may use, with their attributes: inline, harmless, no addresses. */
const CONTENT_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  kbd: [],
  small: [],
  sub: [],
  sup: [],
};

/** Attributes any allowed HTML element may carry. */
const GLOBAL_HTML_ATTRIBUTES = ['lang', 'dir'];

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file: …) is refused. */
const LINK_SCHEMES = ['https', 'http', 'tel', 'sms', 'mailto'] as const;

/** Elements that get their own reason, because they are the usual ways code or other sites get in. */
const DANGEROUS_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'it would run code in every reader’s browser',
  style: 'it would restyle the whole site, and the security policy blocks it',
  iframe: 'it would load another website into the page',
  frame: 'it would load another website into the page',
  object: 'it would load a plugin or another website into the page',
  embed: 'it would load a plugin or another website into the page',
  form: 'it could send what a reader types to another website',
  link: 'it would load a file from another website',
  meta: 'it could send readers to another website',
  base: 'it would change where every link on the page goes',
  img: 'write images as Markdown, ![description](/file.png)',
  a: 'write links as Markdown, [words](address)',
};

/** The parts of an MDX syntax-tree node these rules read (mdast with the MDX extensions). */
export interface ContentNode {
  type: string;
  name?: string | null | undefined;
  value?: string | null | undefined;
  url?: string | undefined;
  attributes?: readonly ContentAttribute[] | undefined;
}

interface ContentAttribute {
  type: string;
  name?: string | undefined;
  value?: string | null | undefined | { type: string; value?: string | undefined };
}

/** A `{…}` expression that holds only a comment, such as `{/* note for editors *\/}`: nothing runs. */
export function isCommentOnly(expression: string): boolean {
  const trimmed = expression.trim();
  return /^\/\*[\s\S]*\*\/$/.test(trimmed) && trimmed.indexOf('*/') === trimmed.length - 2;
}

/**
 * The scheme of an address as a browser reads it (lower case), or undefined for an address on this
 * site (relative, `/…`, `#…`, `?…`) or a scheme-relative `//host/…`. Browsers drop tabs and line breaks
 * anywhere and control characters and spaces at the start, so `java\tscript:` is still javascript:.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Why a link address is refused, or undefined when it is fine. */
export function linkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return `link to "${url}": only web (https://), phone (tel:), text message (sms:) and email (mailto:) addresses, or addresses on this site, can be linked`;
  }
  if (/^\s*(https?:)?[\\/][\\/][^/?#]*@/i.test(url)) {
    return `link to "${url}": an address with a name and password before "@" hides where it really goes; link to the plain address`;
  }
  return undefined;
}

/** Why an image address is refused, or undefined when it is a file on this site. */
export function imageProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (urlScheme(trimmed) !== undefined || /^[\\/][\\/]/.test(trimmed)) {
    return `image "${url}": images must be files on this site (an address starting with /), so reading a page never contacts another website`;
  }
  return undefined;
}

const list = (names: readonly string[]) => names.map((name) => `<${name}>`).join(', ');

/** What is wrong with one attribute of an element, or undefined. */
function attributeProblem(
  element: string,
  attribute: ContentAttribute,
  allowed: readonly string[],
): string | undefined {
  if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
    return `<${element} {…}>: spread attributes run as code when the site is built; write each value in quotes, name="…"`;
  }
  const name = attribute.name;
  if (/^on/i.test(name)) return `<${element} ${name}="…">: on… attributes run code in the reader’s browser`;
  if (name.toLowerCase() === 'style') {
    return `<${element} style="…">: style attributes are blocked by the site’s security policy; ask a developer for a style`;
  }
  if (typeof attribute.value === 'object' && attribute.value !== null) {
    return `<${element} ${name}={…}>: {…} runs as code when the site is built; write the value in quotes, ${name}="…"`;
  }
  if (!allowed.includes(name)) {
    return allowed.length === 0
      ? `<${element} ${name}="…">: <${element}> takes no attributes`
      : `<${element} ${name}="…">: <${element}> takes only ${allowed.join(', ')}`;
  }
  return undefined;
}

/** Every reason a node breaks the rules (empty when it is fine). Nodes are checked one at a time. */
export function nodeProblems(node: ContentNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        '"import" and "export" lines run as code when the site is built; content components work without importing them (docs/guides.md, "Components for content")',
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(node.value ?? '')
        ? []
        : [
            `{${abbreviate(node.value ?? '')}}: {…} runs as code when the site is built; write the words themselves, or a clinic setting as <ClinicSetting name="…" /> ({/* comments */} are fine)`,
          ];
    case 'html':
      // In an .mdx file a component is JSX, never HTML: a capital here is one in a Markdown (.md) guide.
      return /^\s*<[A-Z]/.test(node.value ?? '')
        ? [
            `raw HTML "${abbreviate(node.value ?? '')}": content components work in .mdx files only; rename the file to .mdx, or write Markdown`,
          ]
        : [
            `raw HTML "${abbreviate(node.value ?? '')}" cannot be used in content; write Markdown or a content component`,
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'link':
    case 'definition': {
      const problem = linkProblem(node.url ?? '');
      return problem ? [problem] : [];
    }
    case 'image': {
      const problem = imageProblem(node.url ?? '');
      return problem ? [problem] : [];
    }
    default:
      return [];
  }
}

function elementProblems(node: ContentNode): string[] {
  const name = node.name;
  if (!name) return ['<>…</> fragments cannot be used in content; write the words without them'];
  const componentProps = Object.hasOwn(CONTENT_COMPONENTS, name) ? CONTENT_COMPONENTS[name] : undefined;
  const htmlAttributes = Object.hasOwn(CONTENT_HTML, name) ? CONTENT_HTML[name] : undefined;
  const allowed = componentProps ?? (htmlAttributes ? [...htmlAttributes, ...GLOBAL_HTML_ATTRIBUTES] : undefined);
  if (allowed === undefined) {
    const lower = name.toLowerCase();
    if (Object.hasOwn(DANGEROUS_ELEMENTS, lower))
      return [`<${name}> cannot be used in content: ${DANGEROUS_ELEMENTS[lower]}`];
    return /^[A-Z]/.test(name)
      ? [`<${name}> is not a content component; use one of: ${list(Object.keys(CONTENT_COMPONENTS))}`]
      : [
          `<${name}> cannot be used in content; write Markdown, a content component, or one of: ${list(Object.keys(CONTENT_HTML))}`,
        ];
  }
  return (node.attributes ?? []).flatMap((attribute) => attributeProblem(name, attribute, allowed) ?? []);
}

/** The start of a long piece of code, for a message. */
function abbreviate(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}
