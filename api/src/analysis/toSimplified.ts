import { Converter } from 'opencc-js';

const traditionalToSimplified = Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();
const HAN = /\p{Script=Han}/u;

/**
 * Simplified form of one character (OpenCC's traditional → mainland table), itself when it has
 * none; one character at a time, so every character keeps its place in the offset map.
 */
export function toSimplifiedChar(char: string): string {
  const known = cache.get(char);
  if (known !== undefined) return known;
  const converted = HAN.test(char) ? traditionalToSimplified(char) : char;
  // A character whose simplified form is more than one character stays as it is.
  const simplified = [...converted].length === 1 ? converted : char;
  cache.set(char, simplified);
  return simplified;
}

/** Simplified form of a whole string, character by character. */
export function toSimplified(text: string): string {
  let out = '';
  for (const char of text) out += toSimplifiedChar(char);
  return out;
}
