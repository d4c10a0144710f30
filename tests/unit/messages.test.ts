import { expect, it } from 'vitest';
import { MESSAGES, composeMessages, type MessageTemplate } from '../../src/lib/messages';

const templates: MessageTemplate[] = [
  { moment: 'Before', text: 'Please read:', pages: [{ guide: 'a' }, { handout: 'h' }] },
  { moment: 'Help', text: 'Save these:', pages: [{ path: '/get-help/' }] },
  { moment: 'Later', text: 'Soon:', pages: [{ guide: 'not-yet' }] },
];

it('fills in full addresses and signs each message', () => {
  const { messages } = composeMessages(
    templates,
    { guides: new Set(['a']), handouts: new Set(['h']) },
    'https://care.example.org',
    'Riverbend',
  );
  expect(messages[0]).toEqual({
    moment: 'Before',
    text: 'Please read:\nhttps://care.example.org/guides/a/\nhttps://care.example.org/handouts/h/\nRiverbend',
    links: ['https://care.example.org/guides/a/', 'https://care.example.org/handouts/h/'],
  });
  expect(messages[1]?.links).toEqual(['https://care.example.org/get-help/']);
});

it('leaves out a message whose page is not published, and says which page', () => {
  const { messages, missing } = composeMessages(
    templates,
    { guides: new Set(['a']), handouts: new Set(['h']) },
    'https://care.example.org',
    'R',
  );
  expect(messages.map((message) => message.moment)).toEqual(['Before', 'Help']);
  expect(missing).toEqual(['"Later" needs guide not-yet']);
});

it('every real message has a moment, words and at least one page', () => {
  for (const message of MESSAGES) {
    expect(message.moment.length).toBeGreaterThan(3);
    expect(message.text.length).toBeGreaterThan(20);
    expect(message.pages.length).toBeGreaterThan(0);
  }
});
