/**
 * The final table of `npm run bench`: each speed target of issue 16 with this site's figure, the
 * reference it is measured against, the ratio, the goal and whether it is met.
 */
import { ratio } from './stats';

export interface Target {
  name: string;
  /** This site's figure (a median of runs, or a byte count). */
  ours: number | undefined;
  reference: number | undefined;
  /** What the reference is: "Starlight cold", "its files at once", "12 KB"… */
  referenceName: string;
  /** The largest ours ÷ reference that meets the target. */
  goal: number;
  /** Met only below the goal, not at it (the 14 KB budget is "under"). */
  strict?: boolean;
  format: (value: number) => string;
}

export function met(target: Target): boolean | undefined {
  const { ours, reference } = target;
  if (ours === undefined || reference === undefined || !Number.isFinite(ours) || !Number.isFinite(reference))
    return undefined;
  const share = ours / reference;
  return target.strict ? share < target.goal : share <= target.goal;
}

export function printTargets(targets: readonly Target[], quick: boolean): void {
  console.log(`\nTargets${quick ? ' (QUICK RUN: not the measurement)' : ''}`);
  console.table(
    targets.map((target) => {
      const result = met(target);
      return {
        target: target.name,
        ours: target.ours === undefined ? 'n/a' : target.format(target.ours),
        reference:
          target.reference === undefined ? 'n/a' : `${target.format(target.reference)} (${target.referenceName})`,
        ratio: ratio(target.ours, target.reference),
        goal: `${target.strict ? '<' : '≤'} ${target.goal.toFixed(2)}×`,
        met: result === undefined ? 'not measured' : result ? 'yes' : 'MISS',
      };
    }),
  );
}
