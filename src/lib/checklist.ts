/**
 * The preparation checklist as a reader sees it: items grouped by phase, in file order, with clinic
 * settings filled in. Pure, so the page, the tests and a handout can share it.
 */
import { clinicList, fillClinicValues } from './clinic-values';
import { CHECKLIST_PHASES, type ChecklistItem, type ChecklistPhase, type ClinicSettings } from './schemas';

/** How each phase is headed on the page; `id` is the heading's anchor, so /checklist/#day-of works. */
export const CHECKLIST_PHASE_HEADINGS: Record<ChecklistPhase, string> = {
  'week-before': 'A week before',
  'day-before': 'The day before',
  'day-of': 'On the day',
  after: 'After your session',
};

interface ShownItem {
  id: string;
  text: string;
  why?: string;
  list?: readonly string[];
  guide?: string;
}

export interface ShownPhase {
  phase: ChecklistPhase;
  heading: string;
  items: ShownItem[];
}

/** Items grouped under each phase that has any, with every `{setting}` filled in. */
export function groupChecklist(items: readonly ChecklistItem[], settings: ClinicSettings): ShownPhase[] {
  return CHECKLIST_PHASES.map((phase) => ({
    phase,
    heading: CHECKLIST_PHASE_HEADINGS[phase],
    items: items
      .filter((item) => item.phase === phase)
      .map((item) => ({
        id: item.id,
        text: fillClinicValues(item.text, settings),
        ...(item.why ? { why: fillClinicValues(item.why, settings) } : {}),
        ...(item.list ? { list: clinicList(settings, item.list) } : {}),
        ...(item.guide ? { guide: item.guide } : {}),
      })),
  })).filter((group) => group.items.length > 0);
}
