import { expect, it } from 'vitest';
import { pdfJobsIn } from '../../src/integrations/handout-pdfs';

it('reads the PDFs a built page links to, with their paper size', () => {
  const html =
    '<p><a href="/handouts/pdf/x-letter.pdf" data-handout-pdf="letter" download>US Letter</a>' +
    '<a href="/handouts/pdf/x-a4.pdf" data-handout-pdf="a4" download>A4</a><a href="/other/">other</a></p>';
  expect(pdfJobsIn(html, '/handouts/x/')).toEqual([
    { page: '/handouts/x/', pdf: '/handouts/pdf/x-letter.pdf', paper: 'letter' },
    { page: '/handouts/x/', pdf: '/handouts/pdf/x-a4.pdf', paper: 'a4' },
  ]);
});

it('stops the build on a PDF link it cannot make', () => {
  expect(() => pdfJobsIn('<a href="/a.pdf" data-handout-pdf="legal">', '/handouts/x/')).toThrow(
    /\/handouts\/x\/ has a PDF link without an href or a known paper size/,
  );
});
