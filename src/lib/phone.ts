/**
 * Phone numbers as people read them. Crisis lines are stored as the digits a phone dials; a long
 * run of digits is hard to read and to copy by hand in a crisis, so US-style numbers are grouped.
 * Short codes (911, 988, 741741) and numbers of other shapes are shown as stored.
 */
export function readableNumber(digits: string): string {
  const match = /^(\+?1)?(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (!match) return digits;
  const [, country, area, exchange, line] = match;
  return `${country ? `${country.replace('+', '')}-` : ''}${area}-${exchange}-${line}`;
}
