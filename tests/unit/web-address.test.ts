import { describe, expect, it } from 'vitest';
import { addressProblem, siteUrlMessage } from '../../src/schemas/web-address';

describe('addressProblem', () => {
  it('accepts plain https addresses', () => {
    for (const url of [
      'https://988lifeline.org/',
      'https://www.nhs.uk/mental-health/?a=1&b=@x#top',
      'https://example.org:8443/x',
    ]) {
      expect(addressProblem(url), url).toBeUndefined();
    }
  });

  it('names each kind of problem', () => {
    expect(addressProblem('http://example.org/')).toBe('http');
    expect(addressProblem('ftp://example.org/')).toBe('missing-https');
    expect(addressProblem('https://user:pw@example.org/')).toBe('credentials');
    expect(addressProblem('https://example.org@evil.example/')).toBe('credentials');
    expect(addressProblem('https:/\\evil.example')).toBe('missing-https');
    expect(addressProblem('https://example.org\\@evil.example/')).toBe('unusual');
    expect(addressProblem('https://example.org/a b')).toBe('unusual');
    expect(addressProblem('https://localhost/')).toBe('unusual');
    expect(addressProblem('https://')).toBe('unusual');
  });
});

describe('siteUrlMessage', () => {
  it('accepts the address of a site, with or without a final slash, at its root or under a path', () => {
    for (const url of [
      'https://care.example.org',
      'https://care.example.org/',
      'https://example.org/kat/',
      'https://example.org/clinic/kat',
      'https://care.example.org:8443/',
    ]) {
      expect(siteUrlMessage(url), url).toBeUndefined();
    }
  });

  it('refuses http, a user name, a query, a fragment, an odd folder name or a missing address', () => {
    expect(siteUrlMessage('http://care.example.org')).toMatch(/^siteUrl must start with https:\/\//);
    expect(siteUrlMessage('HTTP://care.example.org')).toMatch(/^siteUrl must start with https:\/\//);
    for (const url of [
      'https://me@care.example.org',
      'https://example.org/kat/?page=1',
      'https://example.org/kat/#top',
      'https://example.org/my%20kat/',
      'https://example.org//kat/',
    ]) {
      expect(siteUrlMessage(url), url).toMatch(/^siteUrl must be the address the site is published at/);
    }
    expect(siteUrlMessage(undefined)).toBe('siteUrl is required, for example https://care.example.org');
  });
});
