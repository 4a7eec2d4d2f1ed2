import { toSimplifiedChar } from './toSimplified.ts';

/** A normalised text and, for each of its UTF-16 units, the span of the original it came from. */
export interface NormalizedText {
  readonly text: string;
  /** `starts[i]`: where in the original the unit `i` of `text` begins. */
  readonly starts: readonly number[];
  /** `ends[i]`: where in the original the unit `i` of `text` ends. */
  readonly ends: readonly number[];
}

// Dropped for matching: spacing, acronym dots, commas, apostrophes, hyphens and quotation marks,
// which names print in many ways (`บพท.` / `บพท`, `Guang Jun` / `Guangjun`, `PMU-A` / `PMU A`).
const DROPPED = new Set([...' \t\n\r\u00a0\u2009\u200b\u3000.,，\'’‘`-‐‑–—·・"“”«»「」『』']);
const THAI_DIGIT_ZERO = 0x0e50;
const THAI_NIKHAHIT = '\u0e4d';
const THAI_SARA_AA = '\u0e32';
const THAI_SARA_AM = '\u0e33';

/** Folds one code point: Thai digits to ASCII, full-width forms to ASCII, lower case, simplified Chinese. */
function foldChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= THAI_DIGIT_ZERO && code <= THAI_DIGIT_ZERO + 9) return String(code - THAI_DIGIT_ZERO);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase();
  if (code >= 0x2e80) return toSimplifiedChar(char);
  return char.toLowerCase();
}

/** Normalises a text for matching names, keeping a map from every normalised unit back to the original. */
export function normalizeText(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = original.slice(i, i + width);
    let end = i + width;
    let folded: string;
    if (DROPPED.has(char)) folded = '';
    else if (char === THAI_NIKHAHIT && original[end] === THAI_SARA_AA) {
      // นิคหิต + สระอา is the old way of typing สระอำ (`สํานักงาน` / `สำนักงาน`).
      folded = THAI_SARA_AM;
      end += 1;
    } else folded = foldChar(char);
    for (let k = 0; k < folded.length; k += 1) {
      starts.push(i);
      ends.push(end);
    }
    text += folded;
    i = end;
  }
  return { text, starts, ends };
}

/** Normalised form of a name, as the gazetteer keys it (`normalizeText` without the offset map). */
export function normalizeName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length;) {
    const code = name.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = name.slice(i, i + width);
    i += width;
    if (DROPPED.has(char)) continue;
    if (char === THAI_NIKHAHIT && name[i] === THAI_SARA_AA) {
      out += THAI_SARA_AM;
      i += 1;
    } else out += foldChar(char);
  }
  return out;
}
