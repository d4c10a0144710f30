/**
 * The addresses a site has shared with readers (`content/published-addresses.yaml`): links in
 * messages and QR codes on paper, which must keep working. Each one must still be served, or be sent
 * on by a redirect (content/redirects.yaml) to a page that is. A new page needs no entry: the list
 * grows when an address is shared, not when a page is built.
 */
import type { Redirect } from '../../src/integrations/shared/redirects';
import { checkTopLevelFields, place, readListFile, topLevelList, type ListFile } from './content-list';

export interface PublishedAddress {
  address: string;
  /** Where the entry is in the file, so a problem names it. */
  line?: number;
}

/** A path on this site: a page (ending with /) or a file (such as a handout PDF). */
const ADDRESS = /^\/([a-z0-9-]+\/)*([a-z0-9-]+\.[a-z0-9]+)?$/;

/** Checks the parsed file; every problem names the file, the line and the entry. */
export function parsePublishedAddresses(file: ListFile): PublishedAddress[] {
  checkTopLevelFields(file, ['addresses']);
  const seen = new Map<string, number>();
  return topLevelList(file, 'addresses').map((value, index) => {
    const line = file.lines.get(`addresses.${index}`);
    const where = `${place(file.name, line)}: addresses.${index}`;
    if (typeof value !== 'string' || !ADDRESS.test(value)) {
      throw new Error(
        `${where} received ${JSON.stringify(value)}, expected an address on this site such as /guides/safety/ or /handouts/pdf/getting-help-a4.pdf`,
      );
    }
    const first = seen.get(value);
    if (first !== undefined) throw new Error(`${where}: ${value} is already listed as addresses.${first}`);
    seen.set(value, index);
    return line === undefined ? { address: value } : { address: value, line };
  });
}

export function readPublishedAddresses(file: URL): PublishedAddress[] {
  return parsePublishedAddresses(readListFile(file));
}

/**
 * What is wrong with each published address on a built site, as a message an editor can act on:
 * gone with no redirect, or redirected to an address the build does not serve.
 */
export function publishedAddressProblems(
  published: readonly PublishedAddress[],
  redirects: readonly Redirect[],
  served: (address: string) => boolean,
  file = 'content/published-addresses.yaml',
): string[] {
  return published.flatMap(({ address, line }) => {
    const where = place(file, line);
    const redirect = redirects.find((entry) => entry.from === address);
    if (redirect) {
      return served(redirect.to)
        ? []
        : [`${where}: ${address} is redirected to ${redirect.to}, which is not a page on this site`];
    }
    if (served(address)) return [];
    return [
      `${where}: ${address} was shared with readers and is gone. Add a redirect to content/redirects.yaml (from: ${address}, to: its new address), or bring the page back.`,
    ];
  });
}
