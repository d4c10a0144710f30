/**
 * What the two tools (the checklist and the plan) say while they work: counts near a box's limit, a
 * paste that did not all fit, changes from another tab. The words come from content/ui/<lang>.yaml
 * (`tools` there). The page writes the ones its script needs into the page as JSON (ToolActions.astro,
 * `data-words`), since a browser script never imports content; `toolMessages` words them there.
 */
import type { StoredTool } from '../../lib/constants';
import type { Ui } from '../../lib/ui';
import { fill, fillPlural, type PluralForms } from '../../lib/ui-format';

/** The words a tool page's script needs, as the page carries them. */
export interface ToolScriptWords {
  /** The page's language, for plural forms and numbers. */
  lang: string;
  /** What the reader enters: "ticks", "answers". */
  things: string;
  cleared: string;
  clearedElsewhere: string;
  changedElsewhere: PluralForms;
  changedHere: string;
  quoted: string;
  charactersLeft: PluralForms;
  charactersOver: PluralForms;
  pasteNone: PluralForms;
  pasteSome: PluralForms;
  boxHolds: PluralForms;
  /** The checklist's "5 of 12 done". */
  progress: string;
  /** What "Save my plan" says. */
  saved: string;
  notSaved: string;
}

/** The words for one tool's script, from the site's interface words. */
export function toolScriptWords(ui: Ui, tool: StoredTool, lang: string): ToolScriptWords {
  const { tools } = ui;
  return {
    lang,
    things: tools[tool].things,
    cleared: tools.cleared.template,
    clearedElsewhere: tools.clearedElsewhere.template,
    changedElsewhere: tools.changedElsewhere.forms,
    changedHere: tools.changedHere,
    quoted: tools.quoted.template,
    charactersLeft: tools.charactersLeft.forms,
    charactersOver: tools.charactersOver.forms,
    pasteNone: tools.pasteNone.forms,
    pasteSome: tools.pasteSome.forms,
    boxHolds: tools.boxHolds.forms,
    progress: ui.checklist.progress.template,
    saved: ui.plan.planSaved,
    notSaved: ui.plan.planNotSaved,
  };
}

/** The tools' messages, worded from a page's words. */
export function toolMessages(words: ToolScriptWords) {
  const { lang, things } = words;
  const plural = (forms: PluralForms, count: number) => fillPlural(forms, { count }, lang);
  return {
    /** A text box's count near its limit, as GOV.UK's character count says it. */
    charactersLeft: (left: number) =>
      left < 0 ? plural(words.charactersOver, -left) : plural(words.charactersLeft, left),
    /** After a paste or drop that did not all fit; the box keeps the first `fits` characters. */
    pasteCut: (fits: number, max: number) =>
      fits === 0 ? plural(words.pasteNone, max) : `${plural(words.pasteSome, fits)} ${plural(words.boxHolds, max)}`,
    /** Fields, by their labels, whose words another tab or window changed after this one. */
    changedElsewhere: (labels: readonly string[]) =>
      fillPlural(
        words.changedElsewhere,
        {
          count: labels.length,
          fields: new Intl.ListFormat(lang).format(labels.map((text) => fill(words.quoted, { text }, lang))),
        },
        lang,
      ),
    /** Beside one such field. */
    changedHere: words.changedHere,
    /** When another tab or window cleared everything. */
    clearedElsewhere: () => fill(words.clearedElsewhere, { things }, lang),
    /** After "Clear my answers". */
    cleared: () => fill(words.cleared, { things }, lang),
    /** "5 of 12 done". */
    progress: (done: number, total: number) => fill(words.progress, { done, total }, lang),
    /** What "Save my plan" says, when the browser saves and when it cannot. */
    saved: words.saved,
    notSaved: words.notSaved,
  };
}

export type ToolMessages = ReturnType<typeof toolMessages>;
