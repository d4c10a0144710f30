/**
 * The field rules every schema builds on: required text, strict objects that name unknown fields, web
 * addresses, dates, hours, lists and text with clinic-setting blanks. Every message is written for a
 * clinic editor, not a programmer: it says what the field must be. Astro prefixes each message with
 * the file and the field name when a build fails.
 */
import { z } from 'astro/zod';
import { placeholders } from '../lib/ui-format';
import { unknownFieldMessage } from './unknown-fields';
import { addressMessage, addressProblem } from './web-address';
import { CLINIC_VALUE_NAMES } from './names';

/** A required piece of text, with a message that names what is missing. */
export const text = (what: string, min = 1, max = 500) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(min, { error: min === 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters` })
    .max(max, { error: `${what} must be at most ${max} characters` });

/**
 * An object that allows only the fields it lists. A misspelt field stops the build and names the
 * field most likely meant, instead of being dropped along with what it said ("Call: '911'" once took
 * "Call 911" off every page). `invalid` is the message when the value is not an object at all;
 * `refused` gives a field its own message, for a field that must never be written.
 *
 * Each unknown field is its own issue, at its own path (`crisisLines.0.Call`), so Astro prints it as
 * "crisisLines.0.Call: …" and points at its line; z.strictObject would report them all at the
 * object's path, which at the top of a file is empty.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  invalid: string,
  refused: Readonly<Record<string, string>> = {},
) {
  const known = Object.keys(shape);
  const unknownField = z.custom<never>(() => false, {
    error: (issue) => {
      const path = issue.path ?? [];
      const field = String(path.at(-1));
      return refused[field] ?? unknownFieldMessage(field, known, path.slice(0, -1));
    },
  });
  // Typed as the strict object it behaves as: a field outside the shape always fails, so parsed data
  // never holds one.
  return z.object(shape, { error: invalid }).catchall(unknownField) as unknown as z.ZodObject<Shape, z.core.$strict>;
}

/**
 * A web address people can open: https only, because the site never sends readers to insecure
 * pages, and written plainly, with no user name, backslash or space (src/schemas/web-address.ts).
 */
export const httpsUrl = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} is required and must be a web address starting with https://`
          : addressMessage(what, 'missing-https'),
    })
    .superRefine((raw, ctx) => {
      const problem = addressProblem(raw);
      if (problem) ctx.addIssue({ code: 'custom', message: addressMessage(what, problem) });
    });

/**
 * An optional setting that may also be left blank: `fees:` with nothing after it (YAML reads it as
 * null), or only spaces, counts as not filled in, so an editor can keep the line as a reminder.
 */
export const blankable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
    schema.optional(),
  );

/**
 * A calendar date written as YYYY-MM-DD. YAML turns an unquoted date into a Date; a quoted one stays
 * text, so both are accepted, and anything else is refused with a message.
 */
export const calendarDate = (what: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value,
    z.date({ error: `${what} must be a date written as YYYY-MM-DD, for example 2026-03-01` }),
  );

/** A number of hours, in steps of a quarter hour, as clinics state waiting times. */
export const hours = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number of hours, for example 2 or 0.5` })
    .min(0, { error: `${what} must not be negative` })
    .max(max, { error: `${what} must be at most ${max} hours` })
    .multipleOf(0.25, { error: `${what} must be in quarter hours (0.25, 0.5, 0.75 …)` });

/** A whole number of sessions. */
export const sessionCount = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(0, { error: `${what} must not be negative` })
    .max(52, { error: `${what} must be at most 52` });

/** A list of short items shown as bullets (what to bring, what the clinic asks about …). */
export const itemList = (what: string) =>
  z
    .array(text(`each item in ${what}`, 1, 200), { error: `${what} must be a list of items` })
    .min(1, { error: `${what} needs at least one item` });

/** Lowercase words joined by hyphens: the form of every id and address on the site. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text that may contain `{name}` placeholders; each must name a clinic setting (src/lib/clinic-values.ts). */
export const textWithSettings = (what: string, max: number, min = 3) =>
  text(what, min, max).superRefine((value, ctx) => {
    for (const name of placeholders(value)) {
      if (!(CLINIC_VALUE_NAMES as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} uses {${name}}, which is not a clinic setting; use one of: ${CLINIC_VALUE_NAMES.map((known) => `{${known}}`).join(', ')}`,
        });
      }
    }
  });
