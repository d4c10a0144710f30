/** The kinds of `<Callout>` a guide may use; checked here so a typo stops the build. */
export const CALLOUT_TYPES = ['note', 'important', 'crisis'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function calloutType(value: unknown): CalloutType {
  if (typeof value !== 'string' || !(CALLOUT_TYPES as readonly string[]).includes(value)) {
    throw new Error(`<Callout>: received type=${JSON.stringify(value)}, expected one of: ${CALLOUT_TYPES.join(', ')}`);
  }
  return value as CalloutType;
}
