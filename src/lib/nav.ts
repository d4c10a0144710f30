import { PHASES, type Phase } from '../schemas/names';
import type { Ui } from './ui';

/** The little a navigation list needs to know about a guide. */
export interface NavItem {
  id: string;
  data: { title: string; phase: Phase; order: number };
}

/** Reading order across the whole site: by phase, then `order`, then title so ties are stable. */
export function sortGuides<T extends NavItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      PHASES.indexOf(a.data.phase) - PHASES.indexOf(b.data.phase) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
}

/** Guides grouped under each phase that has any, in reading order. */
export function groupByPhase<T extends NavItem>(items: readonly T[]): { phase: Phase; items: T[] }[] {
  const sorted = sortGuides(items);
  return PHASES.map((phase) => ({ phase, items: sorted.filter((item) => item.data.phase === phase) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The guides before and after one guide in reading order. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/**
 * The guides before and after each guide in reading order, for the links at the foot of a guide:
 * sorted once, then looked up by id, so a build with a page per guide does not sort for each page.
 */
export function readingNeighbours<T extends NavItem>(items: readonly T[]): (id: string) => Neighbours<T> {
  const sorted = sortGuides(items);
  const indexOf = new Map(sorted.map((item, index) => [item.id, index]));
  return (id) => {
    const index = indexOf.get(id);
    if (index === undefined) throw new Error(`neighbours: no guide with id "${id}"`);
    const previous = sorted[index - 1];
    const next = sorted[index + 1];
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  };
}

// A guide's address lives in addresses.ts with every other page address.

/** The two tools a client uses before a session, linked from the header and the home page. */
export function toolLinks(
  ui: Pick<Ui, 'header'>,
  paths: { checklist: string; plan: string },
): { href: string; label: string; description: string }[] {
  return [
    { href: paths.checklist, label: ui.header.checklist, description: ui.header.checklistAbout },
    { href: paths.plan, label: ui.header.plan, description: ui.header.planAbout },
  ];
}
