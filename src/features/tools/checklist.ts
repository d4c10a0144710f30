/**
 * The preparation checklist as a reader sees it: items grouped by phase, in file order, each phase
 * headed as the checklist file says, with clinic settings filled in. Pure, so the page, the tests and
 * a handout can share it.
 */
import { clinicList, fillClinicValues, type SettingWords } from '../../lib/clinic-values';
import { type Checklist } from '../../schemas/checklist';
import { type ClinicSettings } from '../../schemas/clinic';
import { CHECKLIST_PHASES, type ChecklistPhase } from '../../schemas/names';

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
export function groupChecklist(checklist: Checklist, settings: ClinicSettings, words: SettingWords): ShownPhase[] {
  return CHECKLIST_PHASES.map((phase) => ({
    phase,
    heading: checklist.phases[phase],
    items: checklist.items
      .filter((item) => item.phase === phase)
      .map((item) => ({
        id: item.id,
        text: fillClinicValues(item.text, settings, words),
        ...(item.why ? { why: fillClinicValues(item.why, settings, words) } : {}),
        ...(item.list ? { list: clinicList(settings, item.list) } : {}),
        ...(item.guide ? { guide: item.guide } : {}),
      })),
  })).filter((group) => group.items.length > 0);
}
