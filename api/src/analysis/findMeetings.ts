import type { Mention, OrdinalMention } from './types.ts';

const CLAUSE_BREAK = /\n|\s{2,}|[。！？]/u;
const THAI_MEETING = /(?:การ)?ประชุม/gu;
const MAX_GAP = 160;

/**
 * Meetings named by a meeting word and an ordinal in one clause: Thai `การประชุม… ครั้งที่ 4`,
 * Chinese `第四次…会议`, English `4th … Meeting`; the span runs from the first to the last.
 */
export function findMeetings(text: string, ordinals: readonly OrdinalMention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(THAI_MEETING)) {
    const ordinal = ordinals.find((o) => o.start > m.index && o.start - m.index <= MAX_GAP && o.rule.startsWith('ordinal: Thai'));
    if (!ordinal) continue;
    const between = text.slice(m.index + m[0].length, ordinal.start);
    if (CLAUSE_BREAK.test(between) || /ประชุม/u.test(between)) continue;
    out.push({
      start: m.index,
      end: ordinal.end,
      text: text.slice(m.index, ordinal.end),
      kind: 'MEETING',
      candidates: [],
      rule: 'meeting: Thai ประชุม … ครั้งที่',
      attributes: { ordinal: String(ordinal.value) },
    });
  }
  for (const ordinal of ordinals) {
    const after = text.slice(ordinal.end, ordinal.end + MAX_GAP);
    const word = ordinal.rule.startsWith('ordinal: Chinese')
      ? /^[^。！？\n]{0,40}?(?:会议|大会|论坛|博览会|研讨会)/u.exec(after)
      : ordinal.rule.startsWith('ordinal: English')
        ? /^(?:\s+[A-Z][\w–-]*){0,8}?\s+(?:Meeting|Session|Conference|Forum|Seminar|Symposium|Workshop|School|Dialogue|Expo|Summit)\b/iu.exec(
            after,
          )
        : null;
    if (!word) continue;
    const end = ordinal.end + word[0].length;
    out.push({
      start: ordinal.start,
      end,
      text: text.slice(ordinal.start, end),
      kind: 'MEETING',
      candidates: [],
      rule: 'meeting: ordinal … meeting word',
      attributes: { ordinal: String(ordinal.value) },
    });
  }
  return out;
}
