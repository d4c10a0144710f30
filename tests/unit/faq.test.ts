import { describe, expect, it } from 'vitest';
import { faqEntries, faqJsonLd, jsonForScript } from '../../src/lib/faq';

describe('faqEntries', () => {
  it('takes each section heading as a question and its text, settings filled in and spaces tidied, as the answer', () => {
    const sections = [
      { heading: 'Can I stop?', text: [' ', 'Yes. ', 'Read more', ' '] },
      { heading: 'Can I eat?', text: [' Stop eating ', { setting: 'fasting.solids' }, '\n before.  '] },
    ];
    expect(faqEntries(sections, () => '4 hours')).toEqual([
      { question: 'Can I stop?', answer: 'Yes. Read more' },
      { question: 'Can I eat?', answer: 'Stop eating 4 hours before.' },
    ]);
  });
});

describe('faqJsonLd', () => {
  it('describes a schema.org FAQPage', () => {
    const data = faqJsonLd([{ question: 'Q?', answer: 'A.' }]);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }],
    });
  });
});

it('escapes "<" so the data can never close its <script> element', () => {
  const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
  expect(json).not.toContain('</script>');
  expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
});
