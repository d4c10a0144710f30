import { describe, expect, it } from 'vitest';
import { pageFileProblems, pageId } from '../../src/integrations/shared/content-files';

describe('pageFileProblems', () => {
  it('accepts lowercase words joined by hyphens', () => {
    expect(pageFileProblems('content/guides', ['safety.mdx', 'what-is-kat.mdx', 'step-2.mdx'])).toEqual([]);
  });

  it('refuses a name with capitals, naming the file it clashes with', () => {
    expect(pageFileProblems('content/guides', ['safety.mdx', 'Safety.mdx'])).toEqual([
      'content/guides/Safety.mdx: the file name is the page address, so it must be lowercase words joined by hyphens, such as safety.mdx; content/guides/safety.mdx already has that address, so one page would replace the other',
    ]);
  });

  it('refuses spaces, underscores and other characters, suggesting a name', () => {
    expect(pageFileProblems('content/handouts', ['After your_session.mdx'])).toEqual([
      'content/handouts/After your_session.mdx: the file name is the page address, so it must be lowercase words joined by hyphens, such as after-your-session.mdx',
    ]);
  });

  it('names every pair of files that would share an address', () => {
    expect(pageFileProblems('content/guides', ['Safety.mdx', 'SAFETY.mdx'])).toEqual([
      expect.stringContaining('content/guides/Safety.mdx: '),
      expect.stringContaining(
        'content/guides/SAFETY.mdx: the file name is the page address, so it must be lowercase words joined by hyphens, such as safety.mdx; content/guides/Safety.mdx already has that address',
      ),
    ]);
  });
});

describe('Markdown guides', () => {
  it('accepts .md beside .mdx where a folder takes both', () => {
    expect(pageFileProblems('content/guides', ['safety.mdx', 'what-is-kat.md'], ['.md', '.mdx'])).toEqual([]);
  });

  it('refuses safety.md beside safety.mdx: one page would replace the other', () => {
    expect(pageFileProblems('content/guides', ['safety.mdx', 'safety.md'], ['.md', '.mdx'])).toEqual([
      'content/guides/safety.md: the file name is the page address, so it must be lowercase words joined by hyphens, such as safety.md; content/guides/safety.mdx already has that address, so one page would replace the other',
    ]);
  });

  it('refuses a .md file where only .mdx is taken, instead of leaving it out unseen', () => {
    expect(pageFileProblems('content/handouts', ['getting-help.md'])).toEqual([
      'content/handouts/getting-help.md: pages here are .mdx files; rename it getting-help.mdx',
    ]);
  });

  it('names a file with a capital extension, and leaves other files alone', () => {
    expect(pageFileProblems('content/guides', ['safety.MDX', 'notes.txt', '.DS_Store'], ['.md', '.mdx'])).toEqual([
      'content/guides/safety.MDX: the file name is the page address, so it must be lowercase words joined by hyphens, such as safety.mdx',
    ]);
  });
});

it('pageId is the file name without .md or .mdx', () => {
  expect(pageId('what-is-kat.mdx')).toBe('what-is-kat');
  expect(pageId('what-is-kat.md')).toBe('what-is-kat');
});
