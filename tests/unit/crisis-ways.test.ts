import { describe, expect, it } from 'vitest';
import { crisisWays, cutAround, inTierOrder, wayLabel, wayPhrases } from '../../src/lib/crisis-ways';

const words = {
  call: ({ number }: { number: string }) => `Call ${number}`,
  text: ({ number }: { number: string }) => `Text ${number}`,
  textMessage: ({ message, number }: { message: string; number: string }) => `Text ${message} to ${number}`,
  callOrText: ({ number }: { number: string }) => `Call or text ${number}`,
};

describe('crisisWays', () => {
  it('gives a call first, then a text, each with the address a phone opens and the number as read', () => {
    expect(crisisWays({ call: '6234737433', text: '6234737433' })).toEqual([
      { kind: 'call', href: 'tel:6234737433', number: '623-473-7433' },
      { kind: 'text', href: 'sms:6234737433', number: '623-473-7433', message: undefined },
    ]);
  });

  it('starts the text with the word the service asks for', () => {
    expect(crisisWays({ text: '741741', textMessage: 'HOME' })).toEqual([
      { kind: 'text', href: 'sms:741741?&body=HOME', number: '741741', message: 'HOME' },
    ]);
    expect(crisisWays({ text: '85258', textMessage: 'SHOUT NOW' })[0]?.href).toBe('sms:85258?&body=SHOUT%20NOW');
  });

  it('gives nothing for a line without numbers', () => {
    expect(crisisWays({})).toEqual([]);
  });
});

describe('wayLabel and wayPhrases', () => {
  it('name a button by its way and number', () => {
    const [call, text] = crisisWays({ call: '988', text: '988' });
    expect(call && wayLabel(call, words)).toBe('Call 988');
    expect(text && wayLabel(text, words)).toBe('Text 988');
    const [home] = crisisWays({ text: '741741', textMessage: 'HOME' });
    expect(home && wayLabel(home, words)).toBe('Text HOME to 741741');
  });

  it('say "call or text" once for paper when both go to the same number with nothing to type', () => {
    expect(wayPhrases({ call: '988', text: '988' }, words)).toEqual(['Call or text 988']);
    expect(wayPhrases({ call: '911' }, words)).toEqual(['Call 911']);
    expect(wayPhrases({ call: '116123', text: '85258' }, words)).toEqual(['Call 116123', 'Text 85258']);
    expect(wayPhrases({ call: '741741', text: '741741', textMessage: 'HOME' }, words)).toEqual([
      'Call 741741',
      'Text HOME to 741741',
    ]);
  });
});

describe('cutAround', () => {
  it('cuts the text around each number, longest first, and marks the numbers', () => {
    expect(cutAround('Clinic (555) 010-0142 · Call or text 623-473-7433', ['623-473-7433', '(555) 010-0142'])).toEqual([
      { text: 'Clinic ', whole: false },
      { text: '(555) 010-0142', whole: true },
      { text: ' · Call or text ', whole: false },
      { text: '623-473-7433', whole: true },
    ]);
    expect(cutAround('1-623-473-7433', ['623-473-7433', '1-623-473-7433'])).toEqual([
      { text: '1-623-473-7433', whole: true },
    ]);
  });

  it('leaves text without numbers whole, and reads no number as a pattern', () => {
    expect(cutAround('Call 911', [])).toEqual([{ text: 'Call 911', whole: false }]);
    expect(cutAround('Call +1 (555)', ['+1 (555)'])).toEqual([
      { text: 'Call ', whole: false },
      { text: '+1 (555)', whole: true },
    ]);
    expect(cutAround('', ['911'])).toEqual([]);
  });
});

describe('inTierOrder', () => {
  it('puts emergency lines first, then talk-now, then peer support, keeping the order within a tier', () => {
    const lines = [
      { name: 'peer', tier: 'peer-support' },
      { name: 'talk A', tier: 'talk-now' },
      { name: 'emergency', tier: 'emergency' },
      { name: 'talk B', tier: 'talk-now' },
    ] as const;
    expect(inTierOrder(lines).map((line) => line.name)).toEqual(['emergency', 'talk A', 'talk B', 'peer']);
  });
});
