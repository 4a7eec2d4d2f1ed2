import { CHINESE_TITLES, ENGLISH_POSITIONS, THAI_POSITIONS } from './titles.ts';
import type { Span } from './types.ts';

const ALL = [...THAI_POSITIONS, ...ENGLISH_POSITIONS, ...CHINESE_TITLES].sort((a, b) => b.length - a.length);

/** The title of office printed at an offset of the text (after optional spaces), or `null`. */
export function positionAt(text: string, offset: number): Span | null {
  // `Li Wei, the Director of …`: a comma and an article may come first.
  const start = offset + (/^[\s,]*(?:the\s+)?/.exec(text.slice(offset))?.[0].length ?? 0);
  for (const title of ALL) {
    if (!text.startsWith(title, start)) continue;
    const end = start + title.length;
    // An English title is a whole word (`Director`, not `Directorate`).
    if (/[A-Za-z]$/.test(title) && /[A-Za-z]/.test(text[end] ?? '')) continue;
    return { start, end, text: title };
  }
  return null;
}
