/**
 * Redirects from old addresses (`content/redirects.yaml`), read by `astro.config.mjs` before content
 * collections exist, and by the address-stability test. Astro writes a small page at each old
 * address that sends the reader on, so they work on any static host.
 */
import { displayPath, readYaml } from './yaml-file';

export interface Redirect {
  from: string;
  to: string;
}

const ADDRESS = /^\/([a-z0-9-]+\/)*$/;

/** Checks the parsed file; every problem is named with the entry's position, for an editor. */
export function parseRedirects(data: unknown, file = 'content/redirects.yaml'): Redirect[] {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['redirects'] : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: redirects must be a list (write redirects: [] for none)`);
  const redirects = list.map((entry: unknown, index) => {
    const from = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['from'] : undefined;
    const to = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['to'] : undefined;
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (typeof value !== 'string' || !ADDRESS.test(value)) {
        throw new Error(
          `${file}: redirects.${index}.${field} received ${JSON.stringify(value)}, expected an address on this site that starts and ends with /, such as /guides/safety/`,
        );
      }
    }
    return { from: from as string, to: to as string };
  });
  const froms = new Set<string>();
  redirects.forEach((redirect, index) => {
    if (redirect.from === redirect.to) throw new Error(`${file}: redirects.${index} sends ${redirect.from} to itself`);
    if (froms.has(redirect.from)) throw new Error(`${file}: redirects.${index}.from ${redirect.from} is listed twice`);
    froms.add(redirect.from);
  });
  redirects.forEach((redirect, index) => {
    if (froms.has(redirect.to)) {
      throw new Error(
        `${file}: redirects.${index}.to ${redirect.to} is itself redirected; send ${redirect.from} straight to the final address`,
      );
    }
  });
  return redirects;
}

/** Reads and checks the file. */
export function readRedirects(file: URL): Redirect[] {
  return parseRedirects(readYaml(file), displayPath(file));
}

/** The form `astro.config.mjs` takes: { '/old/': '/new/' }. */
export function astroRedirects(redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to]));
}
