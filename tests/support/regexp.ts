/** A text as a pattern that matches it exactly, for names made of it and more ("Copy link: Safety"). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
