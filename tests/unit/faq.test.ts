import { describe, expect, it } from 'vitest';
import { faqEntries, faqJsonLd, jsonForScript, mdxAnswerText } from '../../src/lib/faq';

const setting = (name: string) => ({ 'fasting.solids': '4 hours' })[name] ?? `?${name}`;

describe('faqEntries', () => {
  it('takes each ## heading as a question and the text under it as the answer', () => {
    const body = [
      'Intro text is not a question.',
      '## Can I stop?',
      'Yes. [Read more](/guides/your-choice/#stop)',
      '## Can I eat?',
      'Stop eating <ClinicSetting name="fasting.solids" /> before. You <Term id="integration">make sense</Term> of it.',
    ].join('\n');
    expect(faqEntries(body, setting)).toEqual([
      { question: 'Can I stop?', answer: 'Yes. Read more' },
      { question: 'Can I eat?', answer: 'Stop eating 4 hours before. You make sense of it.' },
    ]);
  });
});

describe('mdxAnswerText', () => {
  it('keeps hyphens in words and drops Markdown marks', () => {
    expect(mdxAnswerText('**Ketamine-assisted** therapy', setting)).toBe('Ketamine-assisted therapy');
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
