/**
 * The components a guide can use without importing them: `[id].astro` passes these to every MDX
 * page. Documented for editors in docs/guides.md, "Components for content".
 */
export { default as Callout } from './Callout.astro';
export { default as ClinicSetting } from './ClinicSetting.astro';
export { default as GlossaryList } from './GlossaryList.astro';
export { default as PracticalDetail } from './PracticalDetail.astro';
export { default as SampleOnly } from './SampleOnly.astro';
export { default as SessionWay } from './SessionWay.astro';
export { default as Term } from './Term.astro';
export { default as Timeline } from './Timeline.astro';
export { default as TimelineStep } from './TimelineStep.astro';
