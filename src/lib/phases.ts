import type { Phase } from './schemas';

/** How each phase is named in navigation and on the home page, in the order a reader meets them. */
export const PHASE_INFO: Record<Phase, { label: string; heading: string }> = {
  about: { label: 'About KAT', heading: 'Understanding ketamine-assisted therapy' },
  before: { label: 'Before', heading: 'Before a session' },
  during: { label: 'During', heading: 'During a session' },
  after: { label: 'After', heading: 'After a session' },
  support: { label: 'Support', heading: 'Support and information' },
};
