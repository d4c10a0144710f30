/**
 * Keeps only the CSS rules that can apply to one page (PurgeCSS's way, and as conservative): a rule
 * stays if, for at least one of its selectors, every class, id, element and attribute name the
 * selector requires is on the page (its HTML) or named in the code the page may run (which adds the
 * search dialog's results, say, only once the reader acts). Used by src/integrations/page-css.ts.
 *
 * Conservative on purpose, never clever: states are not matched (pseudo-classes and pseudo-elements
 * require nothing), `:not()` requires nothing, `:is()`/`:where()`/`:has()` require one of their
 * selectors, an attribute's value is never compared, and a selector this module cannot read keeps
 * its rule. At-rules that hold rules (@media, @supports, @layer, @container) are pruned inside; every
 * other at-rule stays (@font-face, @property, @layer order statements …), and so do custom properties
 * (they sit in :root/* rules, which always apply); @keyframes stay while a kept rule names them.
 */
import postcss, { type AtRule, type Container, type Root, type Rule } from 'postcss';
import { parse as parseSelector, type Selector } from 'css-what';

/** The names on one page, and the text of the scripts it may run. */
export interface PageNames {
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  /** Element names, lower case. */
  elements: ReadonlySet<string>;
  /** Attribute names, lower case. */
  attributes: ReadonlySet<string>;
  /** Every script the page may run, inline or fetched, one text each: names found in them count as present. */
  scripts: readonly string[];
}

/**
 * Attributes the browser sets by itself as the reader acts, with no script and none in the HTML: a
 * `<details>` opened by a click, a `<dialog>` opened by showModal().
 */
const BROWSER_SET_ATTRIBUTES = new Set(['open']);

/** At-rules whose rules are pruned inside; they go when nothing is left in them. */
const GROUPING_AT_RULES = new Set(['media', 'supports', 'layer', 'container', 'scope', 'starting-style']);

/** Pseudo-classes that match when one of their selectors does. */
const ANY_OF = new Set(['is', 'where', 'matches', '-webkit-any', '-moz-any', 'has']);

/** A character that would make a name found in a script part of a longer name (`site-menu-item`). */
const NAME_CHARACTER = /[\w-]/;

/** A name made only of name characters: in a script, it stands alone exactly when it is a whole word. */
const WORD = /^[\w-]+$/;

/** `data-search-open` → `searchOpen`, as a script reads it from `element.dataset`. */
const datasetKey = (attribute: string) =>
  attribute.slice('data-'.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Whether a name stands alone in a script: `.site-menu a` counts for `site-menu`, `site-menu-item` does not. */
function namedIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!NAME_CHARACTER.test(before) && !NAME_CHARACTER.test(after)) return true;
  }
  return false;
}

/**
 * Answers "does this script name it" for every script text met, worked out once per text: most pages
 * run the same script files, so a text's words are collected once, and a name with other characters
 * (`sm:text-xl`) is searched for once per text.
 */
function scriptReader() {
  const texts = new Map<string, { words?: Set<string>; others: Map<string, boolean> }>();
  return (text: string, name: string): boolean => {
    let known = texts.get(text);
    if (!known) {
      known = { others: new Map() };
      texts.set(text, known);
    }
    if (WORD.test(name)) {
      known.words ??= new Set(text.match(/[\w-]+/g));
      return known.words.has(name);
    }
    let found = known.others.get(name);
    if (found === undefined) {
      found = namedIn(text, name);
      known.others.set(name, found);
    }
    return found;
  };
}

type ScriptReader = ReturnType<typeof scriptReader>;

/** Builds the "is this name on the page" test, remembering the answers for the scripts. */
function presence(names: PageNames, inScript: ScriptReader) {
  const inScripts = new Map<string, boolean>();
  const named = (name: string): boolean => {
    let found = inScripts.get(name);
    if (found === undefined) {
      found = names.scripts.some((text) => inScript(text, name));
      inScripts.set(name, found);
    }
    return found;
  };
  return {
    class: (name: string) => names.classes.has(name) || named(name),
    id: (name: string) => names.ids.has(name) || named(name),
    element: (name: string) => names.elements.has(name) || named(name),
    attribute: (name: string) =>
      BROWSER_SET_ATTRIBUTES.has(name) ||
      names.attributes.has(name) ||
      named(name) ||
      (name.startsWith('data-') && named(datasetKey(name))),
  };
}

type Present = ReturnType<typeof presence>;

/** Whether every name one selector (a sequence of compounds) requires is present. */
function sequenceCanApply(sequence: Selector[], present: Present): boolean {
  return sequence.every((token) => {
    switch (token.type) {
      case 'tag':
        return present.element(token.name.toLowerCase());
      case 'attribute':
        if (token.name === 'class' && token.action === 'element') return present.class(token.value);
        if (token.name === 'id' && token.action === 'equals') return present.id(token.value);
        return present.attribute(token.name.toLowerCase());
      case 'pseudo':
        if (Array.isArray(token.data) && ANY_OF.has(token.name.toLowerCase())) {
          return token.data.some((inner) => sequenceCanApply(inner, present));
        }
        return true;
      default:
        // Combinators, `*`, pseudo-elements, `&`: they require no name.
        return true;
    }
  });
}

/** A selector list read once: its selectors, or undefined when this module cannot read it (its rule is kept). */
function readSelector(selector: string): Selector[][] | undefined {
  try {
    return parseSelector(selector);
  } catch {
    return undefined;
  }
}

/** Whether a selector list can match anything on the page. */
const selectorCanApply = (selectors: Selector[][] | undefined, present: Present): boolean =>
  selectors === undefined || selectors.some((sequence) => sequenceCanApply(sequence, present));

/** The rules pruneIn() decides on, in the order it meets them (the @keyframes' steps are not among them). */
function prunableRules(container: Container, rules: Rule[] = []): Rule[] {
  for (const node of container.nodes ?? []) {
    if (node.type === 'rule') {
      rules.push(node);
      if (node.nodes.some((child) => child.type === 'rule' || child.type === 'atrule')) prunableRules(node, rules);
    } else if (node.type === 'atrule' && GROUPING_AT_RULES.has(node.name.toLowerCase()) && node.nodes) {
      prunableRules(node, rules);
    }
  }
  return rules;
}

/** Removes, inside a container, every rule not kept and every grouping at-rule left empty. */
function pruneIn(container: Container, kept: (rule: Rule) => boolean): void {
  for (const node of [...(container.nodes ?? [])]) {
    if (node.type === 'rule') {
      if (!kept(node)) node.remove();
      else if (node.nodes.some((child) => child.type === 'rule' || child.type === 'atrule')) pruneIn(node, kept);
    } else if (node.type === 'atrule' && GROUPING_AT_RULES.has(node.name.toLowerCase()) && node.nodes) {
      pruneIn(node, kept);
      if (node.nodes.length > 0) continue;
      // An empty named layer still sets the layers' order where it first appears: keep it as a statement.
      if (node.name.toLowerCase() === 'layer' && node.params.trim()) {
        node.replaceWith(postcss.atRule({ name: 'layer', params: node.params, raws: { afterName: ' ' } }));
      } else node.remove();
    }
  }
}

/** Removes the @keyframes no kept declaration names. */
function pruneKeyframes(root: Root): void {
  const keyframes: AtRule[] = [];
  root.walkAtRules(/keyframes$/i, (rule) => {
    keyframes.push(rule);
  });
  if (keyframes.length === 0) return;
  const animations: string[] = [];
  root.walkDecls(/^(-\w+-)?animation(-name)?$/i, (declaration) => {
    animations.push(declaration.value);
  });
  const used = animations.join(' ');
  for (const rule of keyframes) {
    const name = rule.params.trim();
    if (!new RegExp(`(^|[\\s,])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s,])`).test(used)) rule.remove();
  }
}

/** Where a rule sits: each at-rule around it (name and condition), then its selector. */
const placeOf = (rule: Rule): string => {
  const parts = [rule.selector];
  for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent) {
    const atRule = parent as AtRule;
    parts.unshift(`@${atRule.name} ${atRule.params}`);
  }
  return parts.join(' ');
};
const declarationsOf = (rule: Rule) =>
  rule.nodes.flatMap((node) =>
    node.type === 'decl' ? [`${node.prop}:${node.value}${node.important ? '!' : ''}`] : [],
  );

/**
 * Removes the `@layer properties` blocks that say again what one before them said. Tailwind writes one
 * into each stylesheet it compiles (the custom properties' first values, for browsers without
 * @property), so a page whose stylesheets are joined (the site's and the guides') got it twice. A later
 * block goes only when an earlier one in the same place already gives each of its declarations the
 * same value, and only in that layer, where Tailwind writes nothing else.
 */
function withoutRepeatedProperties(root: Root): void {
  const said = new Map<string, Set<string>>();
  root.each((node) => {
    if (node.type !== 'atrule' || node.name.toLowerCase() !== 'layer' || node.params.trim() !== 'properties') return;
    const rules: Rule[] = [];
    node.walkRules((rule) => {
      rules.push(rule);
    });
    const repeated = rules.every((rule) => {
      const before = said.get(placeOf(rule));
      return before !== undefined && declarationsOf(rule).every((declaration) => before.has(declaration));
    });
    if (rules.length > 0 && repeated) {
      node.remove();
      return;
    }
    for (const rule of rules) {
      const place = placeOf(rule);
      said.set(place, new Set([...(said.get(place) ?? []), ...declarationsOf(rule)]));
    }
  });
}

/**
 * A pruner for one stylesheet, for many pages: the stylesheet and each rule's selectors are read once,
 * and a page's result depends only on which rules it keeps, so the pruned text is made once per such
 * choice (a site has a few dozen) and shared by every page that makes the same one.
 */
export function cssPruner(css: string): (names: PageNames) => string {
  const root = postcss.parse(css);
  const selectors = prunableRules(root).map((rule) => readSelector(rule.selector));
  const inScript = scriptReader();
  const results = new Map<string, string>();
  return (names) => {
    const present = presence(names, inScript);
    // One character per rule: kept or not.
    let choice = '';
    for (const selector of selectors) choice += selectorCanApply(selector, present) ? '1' : '0';
    let result = results.get(choice);
    if (result === undefined) {
      const copy = root.clone();
      const dropped = new Set(prunableRules(copy).filter((_, index) => choice[index] === '0'));
      pruneIn(copy, (rule) => !dropped.has(rule));
      pruneKeyframes(copy);
      withoutRepeatedProperties(copy);
      result = copy.toString();
      results.set(choice, result);
    }
    return result;
  };
}

/** The stylesheet with only what can apply to the page; the rules kept are written exactly as before. */
export function pruneCss(css: string, names: PageNames): string {
  return cssPruner(css)(names);
}
