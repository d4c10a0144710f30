/**
 * Named stored values the storage unit tests and the browser tests share: what a reader's browser
 * might hold after a crash, a hand edit, an older or newer copy of the site.
 */
import { TOOL_STORAGE_KEYS } from '../../src/lib/constants';

/** Real checklist ids (content/checklist/items.yaml) used across the fixtures. */
export const TICKED_IDS = ['tell-your-prescriber', 'pack-your-bag'] as const;

export const STORED = {
  /** Written by this version of the site. */
  checklistCurrent: JSON.stringify({ v: 1, ticked: [...TICKED_IDS] }),
  /** Cut off mid-write: not JSON, but both ids are still legible. */
  checklistCutOff: `{"v":1,"ticked":["${TICKED_IDS[0]}","${TICKED_IDS[1]}","sleep-w`,
  /** Valid JSON with values of the wrong type beside the readable ids, and an item that was removed. */
  checklistWrongTypes: JSON.stringify({
    v: 1,
    ticked: [TICKED_IDS[0], 42, null, { id: 'x' }, 'an-item-we-removed', TICKED_IDS[1]],
  }),
  /** From a newer copy of the site this code does not know. */
  checklistFutureVersion: JSON.stringify({ v: 9, ticked: [...TICKED_IDS], colours: { theme: 'blue' } }),
  /** Not JSON at all. */
  garbage: '}{ this is not JSON',
  /** Plan answers as a copy of the site from before the touch agreement wrote them. */
  planCurrent: JSON.stringify({ v: 1, answers: { way: 'silence', intention: 'To rest' } }),
  /** A touch agreement given as its label, not its value, beside answers that are fine. */
  planWrongTouch: JSON.stringify({
    v: 1,
    answers: { pauseSignal: 'Stop', touch: 'No touch', touchOwnWords: 'No hugs' },
  }),
  /** Plan answers with a way that does not exist and a number where text belongs. */
  planWrongTypes: JSON.stringify({
    v: 1,
    answers: {
      way: 'flying',
      intention: 'To be open',
      talkAbout: 42,
      questions: ['a list'],
      ridePhone: '(555) 010-0199',
    },
  }),
  /**
   * A version far below any real one (hand-edited, or written by a broken copy): migrating from it step
   * by step would take forever, so it must be read field by field instead.
   */
  checklistHugeNegativeVersion: `{"v":-9e15,"ticked":["${TICKED_IDS[0]}","${TICKED_IDS[1]}"]}`,
  /** The same for the plan. */
  planHugeNegativeVersion: '{"v":-9e15,"answers":{"way":"silence","intention":"To rest"}}',
  /** Plan answers cut off in the middle of the last one. */
  planCutOff: '{"v":1,"answers":{"way":"silence","intention":"To be \\"open\\"","talkAbout":"My gran',
} as const;

/**
 * Stored versions that are not a whole number from 1 to the current version, as JSON text: each must be
 * read field by field, at once. (`1e999` parses as Infinity; JSON has no NaN, so tests of `migrate`
 * pass NaN directly.)
 */
export const ODD_VERSIONS = [
  '-9e15',
  '-9007199254740993',
  '-1e999',
  '1e999',
  '0',
  '-1',
  '1.5',
  '9e15',
  '"1"',
  'null',
  'true',
  '[1]',
  '{"n":1}',
] as const;

export { TOOL_STORAGE_KEYS };
