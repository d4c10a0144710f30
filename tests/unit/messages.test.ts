import { describe, expect, it } from 'vitest';
import { composeMessages, linkBlanks, type MessageTemplate } from '../../src/lib/messages';
import { cliniciansSchema } from '../../src/schemas/words';
import { readClinicians } from '../support/words';

const templates: MessageTemplate[] = [
  { moment: 'Before', text: 'Please read:\n{guide:a}\n{handout:h}\n{clinic.shortName}' },
  { moment: 'Help', text: 'Save these: {page:get-help}' },
  { moment: 'Later', text: 'Soon:\n{guide:not-yet}' },
];
const published = {
  guides: new Map([['a', '/guides/a/']]),
  handouts: new Map([['h', '/handouts/h/']]),
  pages: { 'get-help': '/get-help/', checklist: '/checklist/', plan: '/plan/' },
  home: '/',
};
// The same pages in another language, named by the same ids and linked at that language's addresses.
const spanish = {
  guides: new Map([['a', '/es/guias/a-es/']]),
  handouts: new Map([['h', '/es/folletos/h-es/']]),
  pages: { 'get-help': '/es/ayuda/', checklist: '/es/lista/', plan: '/es/plan/' },
  home: '/es/',
};
const sign = (text: string) => text.replace('{clinic.shortName}', 'Riverbend');

describe('composeMessages', () => {
  it('puts full addresses in place of the link blanks, and fills the clinic settings', () => {
    const { messages } = composeMessages(templates, published, 'https://care.example.org', sign);
    expect(messages[0]).toEqual({
      moment: 'Before',
      pages: 'guide a, handout h',
      text: 'Please read:\nhttps://care.example.org/guides/a/\nhttps://care.example.org/handouts/h/\nRiverbend',
      links: ['https://care.example.org/guides/a/', 'https://care.example.org/handouts/h/'],
    });
    expect(messages[1]?.text).toBe('Save these: https://care.example.org/get-help/');
  });
  it("links to the pages in the messages' language, named by the clinic's own file names", () => {
    const { messages } = composeMessages(templates, spanish, 'https://care.example.org', sign);
    expect(messages[0]?.links).toEqual([
      'https://care.example.org/es/guias/a-es/',
      'https://care.example.org/es/folletos/h-es/',
    ]);
    expect(messages[1]?.text).toBe('Save these: https://care.example.org/es/ayuda/');
  });
  it('leaves out a message whose page is not published, and says which page', () => {
    const { messages, missing } = composeMessages(templates, published, 'https://care.example.org', sign);
    expect(messages.map((message) => message.moment)).toEqual(['Before', 'Help']);
    expect(missing).toEqual(['"Later" needs guide not-yet']);
  });
});

describe('linkBlanks', () => {
  it('finds the link blanks in order, and only those', () => {
    expect(linkBlanks('{page:plan} {clinic.name} {handout:h} {guide:g}')).toEqual([
      { page: 'plan' },
      { handout: 'h' },
      { guide: 'g' },
    ]);
  });
});

describe('the messages file', () => {
  const schema = cliniciansSchema({ guides: ['what-is-kat'], handouts: ['getting-help'] });
  const issues = (text: string) =>
    schema
      .safeParse({ messages: [{ moment: 'Before', text }] })
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('accepts links to pages that exist, and clinic settings', () => {
    expect(issues('Please read this page:\n{guide:what-is-kat}\n{handout:getting-help}\n{clinic.shortName}')).toEqual(
      [],
    );
  });
  it('refuses a blank that is neither a page nor a clinic setting, naming the field', () => {
    for (const blank of [
      '{guide:what-is-cat}',
      '{handout:nope}',
      '{page:home}',
      '{gide:what-is-kat}',
      '{clinic.nam}',
    ]) {
      const found = issues(`Please read this page:\n{guide:what-is-kat}\n${blank}`);
      expect(found, blank).toHaveLength(1);
      expect(found[0], blank).toMatch(
        new RegExp(
          `^messages\\.0\\.text: message text uses \\${blank.slice(0, -1)}\\}, which is not a page or a clinic setting`,
        ),
      );
    }
  });
  it('refuses a message with no link', () => {
    expect(issues('Please come in on time, {clinic.shortName}.')).toEqual([
      'messages.0.text: message text needs at least one link, such as {guide:what-is-kat}',
    ]);
  });
  it('refuses an unknown field and a missing one, naming them', () => {
    const found = schema
      .safeParse({ messages: [{ moment: 'Before', txt: 'Read {guide:what-is-kat}' }] })
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(found).toEqual([
      'messages.0.text: message text is required',
      'messages.0.txt: unknown field "txt" in messages.0; did you mean "text"?',
    ]);
  });
  it('has every real message with a moment and at least one link', () => {
    for (const message of readClinicians().messages) {
      expect(message.moment.length).toBeGreaterThan(3);
      expect(linkBlanks(message.text).length, message.moment).toBeGreaterThan(0);
    }
  });
});
