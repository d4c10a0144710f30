import { handoutPath, handoutPdfPath } from '../../src/lib/addresses';
import { describe, expect, it } from 'vitest';
import { pdfMode, printedAddress, shortAddress } from '../../src/lib/handouts';
import { countPdfPages } from '../../src/integrations/shared/pdf-pages';
import { locateChromium, SYSTEM_CHROMIUM } from '../../src/integrations/shared/chromium';

describe('handout addresses', () => {
  it('puts pages under /handouts/ and PDFs under /handouts/pdf/', () => {
    expect(handoutPath('getting-help')).toBe('/handouts/getting-help/');
    expect(handoutPdfPath('getting-help', 'a4')).toBe('/handouts/pdf/getting-help-a4.pdf');
  });
  it('prints addresses without the scheme or www, keeping the path', () => {
    expect(shortAddress('https://www.care.example.org/handouts/x/')).toBe('care.example.org/handouts/x/');
    expect(shortAddress('https://care.example.org/')).toBe('care.example.org');
    expect(shortAddress('http://localhost:4321/a/#b')).toBe('localhost:4321/a/#b');
  });
});

describe('printed link addresses', () => {
  it('drop the scheme, www. and the trailing slash', () => {
    expect(printedAddress('https://988lifeline.org/')).toBe('988lifeline.org');
    expect(printedAddress('https://www.nhs.uk/mental-health/')).toBe('nhs.uk/mental-health');
    expect(printedAddress('http://example.org/a/b.htm')).toBe('example.org/a/b.htm');
  });
  it('keep a query or a fragment whole, since the page needs them', () => {
    expect(printedAddress('https://www.accessdata.fda.gov/rems/index.cfm?event=x&REMS=386')).toBe(
      'accessdata.fda.gov/rems/index.cfm?event=x&REMS=386',
    );
    expect(printedAddress('https://example.org/faq/#fees')).toBe('example.org/faq/#fees');
  });
  it('leave the site’s own, phone and email links to the print stylesheet', () => {
    for (const href of ['/guides/safety/', '#top', 'tel:+15550100142', 'mailto:care@example.org']) {
      expect(printedAddress(href), href).toBeUndefined();
    }
  });
});

describe('HANDOUT_PDFS', () => {
  it('defaults to auto and accepts on and off', () => {
    expect(pdfMode(undefined)).toBe('auto');
    expect(pdfMode('')).toBe('auto');
    expect(pdfMode('on')).toBe('on');
    expect(pdfMode('off')).toBe('off');
  });
  it('refuses anything else, saying what it accepts', () => {
    expect(() => pdfMode('yes')).toThrow('HANDOUT_PDFS: received "yes", expected auto, on or off');
  });
});

describe('finding Chromium', () => {
  const only =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('takes CHROME_PATH first, then the system browser, then Playwright’s', () => {
    const all = only('/opt/chrome', SYSTEM_CHROMIUM, '/pw/chrome');
    const playwright = () => '/pw/chrome';
    expect(locateChromium({ chromePath: '/opt/chrome', playwrightPath: playwright, exists: all })).toEqual({
      found: true,
      path: '/opt/chrome',
      source: 'CHROME_PATH',
    });
    expect(locateChromium({ playwrightPath: playwright, exists: all })).toMatchObject({ path: SYSTEM_CHROMIUM });
    expect(locateChromium({ playwrightPath: playwright, exists: only('/pw/chrome') })).toMatchObject({
      source: 'playwright',
    });
  });
  it('asks Playwright (which is slow to load) only when CHROME_PATH and the system browser are missing', () => {
    const asked: string[] = [];
    const playwright = () => {
      asked.push('playwright');
      return '/pw/chrome';
    };
    locateChromium({ chromePath: '/opt/chrome', playwrightPath: playwright, exists: only('/opt/chrome') });
    locateChromium({ playwrightPath: playwright, exists: only(SYSTEM_CHROMIUM) });
    expect(asked).toEqual([]);
    locateChromium({ playwrightPath: playwright, exists: only() });
    expect(asked).toEqual(['playwright']);
  });
  it('says why when there is none, including a CHROME_PATH that points nowhere', () => {
    expect(locateChromium({ exists: only() })).toMatchObject({ found: false, reason: /no Chromium found/ });
    expect(locateChromium({ chromePath: '/nowhere', exists: only(SYSTEM_CHROMIUM) })).toMatchObject({
      found: false,
      reason: 'CHROME_PATH is set to /nowhere, but there is no file there',
    });
  });
});

describe('counting PDF pages', () => {
  const pdf = (pages: number) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj << /Type /Pages /Count ${pages} >> endobj\n${Array.from({ length: pages }, (_, i) => `${i + 2} 0 obj << /Type /Page /Parent 1 0 R >> endobj`).join('\n')}`,
      'latin1',
    );
  it('counts page objects, not the page tree', () => {
    expect(countPdfPages(pdf(1))).toBe(1);
    expect(countPdfPages(pdf(3))).toBe(3);
  });
  it('refuses something that is not a PDF', () => {
    expect(() => countPdfPages(Buffer.from('<html>'))).toThrow(/not a PDF/);
  });
});
