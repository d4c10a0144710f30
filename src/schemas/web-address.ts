/**
 * Checks on the web addresses in `content/`: a source, a crisis line's page, the site's own address.
 * Readers in distress tap these links, so each must be a plain https address that goes where it
 * says. The raw text is checked, not what `new URL()` makes of it: a browser quietly rewrites
 * `https:/\evil.example` to `https://evil.example/`, and `https://care.example@evil.example/`
 * opens evil.example, while an editor reading the file sees neither.
 */

/** What is wrong with an address, in the order an editor would fix it. */
export type AddressProblem = 'missing-https' | 'http' | 'credentials' | 'unusual';

/** The part between `https://` and the first `/`, `?` or `#`. */
const authority = (raw: string) => /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(raw)?.[1] ?? '';

/** Why `raw` is not a plain https address a reader can trust; undefined when it is one. */
export function addressProblem(raw: string): AddressProblem | undefined {
  if (/^http:\/\//i.test(raw)) return 'http';
  if (!raw.startsWith('https://')) return 'missing-https';
  // Spaces, backslashes and control characters are all rewritten or dropped by browsers.
  if (/[\s\\]/.test(raw) || [...raw].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)) {
    return 'unusual';
  }
  if (authority(raw).includes('@')) return 'credentials';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'unusual';
  }
  if (url.username !== '' || url.password !== '') return 'credentials';
  // A host the reader's browser can reach on the internet: a name with a dot, as written.
  const host = authority(raw).replace(/:\d+$/, '');
  if (!/^[^.:[\]]+(\.[^.:[\]]+)+\.?$/.test(host)) return 'unusual';
  return undefined;
}

/** The message for an address field, naming it as `what` ("source url"). */
export function addressMessage(what: string, problem: AddressProblem): string {
  switch (problem) {
    case 'http':
      return `${what} must start with https://, not http://: the site never sends readers to pages that are not secure`;
    case 'credentials':
      return `${what} must not contain a user name or password (…@); write the plain address, such as https://example.org/page`;
    case 'unusual':
      return `${what} must be a plain web address, such as https://example.org/page, with no spaces or backslashes (\\)`;
    case 'missing-https':
      return `${what} must be a full web address starting with https://, such as https://example.org/page`;
  }
}

/**
 * The site's own address: https, a host name with an optional port, and optionally the path the site
 * is published under (https://example.org/kat/), in plain folder names; no `?…` or `#…`. The one rule
 * for both astro.config.mjs (src/integrations/shared/site-url.ts) and the content contract (src/schemas/clinic.ts).
 */
export function siteUrlMessage(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return 'siteUrl is required, for example https://care.example.org';
  if (addressProblem(raw) === 'http' || (!raw.startsWith('https://') && /^https?:/i.test(raw))) {
    return 'siteUrl must start with https://, such as https://care.example.org: browsers warn readers away from http:// sites, and links, previews and QR codes use this address';
  }
  if (addressProblem(raw) !== undefined || !/^https:\/\/[a-z0-9.-]+(:\d+)?(\/[a-z0-9._~-]+)*\/?$/i.test(raw)) {
    return 'siteUrl must be the address the site is published at, such as https://care.example.org or https://example.org/kat/, with nothing after the path (no ? or #) and only letters, digits, - . _ ~ in folder names';
  }
  return undefined;
}
