/**
 * The ways to reach a crisis line (call, text), as buttons on screen and as one line on paper. Pure,
 * so the crisis block, the printed contact line and their tests agree on every number and address.
 */
import { readableNumber } from './phone';
import { CRISIS_TIERS, type CrisisTier } from '../schemas/names';

/** The numbers of a crisis line, as the clinic settings give them. */
export interface CrisisNumbers {
  call?: string | undefined;
  text?: string | undefined;
  /** A word to start the text with, if the service asks for one (HOME). */
  textMessage?: string | undefined;
}

export interface CrisisWay {
  kind: 'call' | 'text';
  /** tel: or sms: address a phone can open. */
  href: string;
  /** The number as people read it (623-473-7433). */
  number: string;
  /** The word to text, when the service asks for one. */
  message?: string | undefined;
}

/** The lines emergency first, then talk-now, then peer support; the settings' order within a tier. */
export function inTierOrder<Line extends { tier: CrisisTier }>(lines: readonly Line[]): Line[] {
  return CRISIS_TIERS.flatMap((tier) => lines.filter((line) => line.tier === tier));
}

/** Call first, then text: a voice is the quickest help, and an emergency line always takes calls. */
export function crisisWays(line: CrisisNumbers): CrisisWay[] {
  const ways: CrisisWay[] = [];
  if (line.call) ways.push({ kind: 'call', href: `tel:${line.call}`, number: readableNumber(line.call) });
  if (line.text) {
    const body = line.textMessage ? `?&body=${encodeURIComponent(line.textMessage)}` : '';
    ways.push({
      kind: 'text',
      href: `sms:${line.text}${body}`,
      number: readableNumber(line.text),
      message: line.textMessage,
    });
  }
  return ways;
}

/** The words that name a way to reach a line, from content/ui (help.call, help.text …). */
export interface CrisisWayWords {
  call: (values: { number: string }) => string;
  text: (values: { number: string }) => string;
  textMessage: (values: { message: string; number: string }) => string;
  callOrText: (values: { number: string }) => string;
}

/** A button's words: "Call 988", "Text 988", "Text HOME to 741741". */
export function wayLabel(way: CrisisWay, words: CrisisWayWords): string {
  if (way.kind === 'call') return words.call({ number: way.number });
  return way.message
    ? words.textMessage({ message: way.message, number: way.number })
    : words.text({ number: way.number });
}

/**
 * The ways as short phrases for paper: one "Call or text 988" when both go to the same number with
 * nothing to type first, else one phrase for each way.
 */
export function wayPhrases(line: CrisisNumbers, words: CrisisWayWords): string[] {
  const ways = crisisWays(line);
  const [call, text] = ways;
  if (call?.kind === 'call' && text && text.number === call.number && !text.message) {
    return [words.callOrText({ number: call.number })];
  }
  return ways.map((way) => wayLabel(way, words));
}

/**
 * The text cut around each of `pieces` (phone numbers), each piece marked, so a page can keep a
 * number on one line: browsers break "623-473-7433" after a hyphen, and paper cannot be scrolled.
 */
export function cutAround(text: string, pieces: readonly string[]): { text: string; whole: boolean }[] {
  const wanted = [...new Set(pieces.filter((piece) => piece !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text === '' ? [] : [{ text, whole: false }];
  const pattern = new RegExp(`(${wanted.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, whole: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
