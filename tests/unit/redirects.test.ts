import { expect, it } from 'vitest';
import { astroRedirects, parseRedirects } from '../../src/lib/redirects';

it('reads redirects into the form Astro takes', () => {
  const redirects = parseRedirects({ redirects: [{ from: '/guides/old/', to: '/guides/new/' }] });
  expect(astroRedirects(redirects)).toEqual({ '/guides/old/': '/guides/new/' });
  expect(parseRedirects({ redirects: [] })).toEqual([]);
});

it('names the entry and field of an address that is not a site address', () => {
  expect(() => parseRedirects({ redirects: [{ from: 'guides/old', to: '/guides/new/' }] })).toThrow(
    'content/redirects.yaml: redirects.0.from received "guides/old", expected an address on this site that starts and ends with /',
  );
  expect(() => parseRedirects({ redirects: [{ from: '/a/' }] })).toThrow(/redirects\.0\.to received undefined/);
});

it('refuses loops, repeats and chains', () => {
  expect(() => parseRedirects({ redirects: [{ from: '/a/', to: '/a/' }] })).toThrow(/sends \/a\/ to itself/);
  expect(() =>
    parseRedirects({
      redirects: [
        { from: '/a/', to: '/b/' },
        { from: '/a/', to: '/c/' },
      ],
    }),
  ).toThrow(/listed twice/);
  expect(() =>
    parseRedirects({
      redirects: [
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/c/' },
      ],
    }),
  ).toThrow(/\/b\/ is itself redirected/);
});

it('refuses a file without a list', () => {
  expect(() => parseRedirects({})).toThrow(/redirects must be a list/);
});
