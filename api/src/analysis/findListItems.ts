import type { Mention } from './types.ts';

// What introduces an enumeration: `ได้แก่`, `คือ`, `including`, `namely`, `包括`, `即`.
const LEAD = /(?:ได้แก่|คือ|ประกอบด้วย|including|namely|include|包括|即)\s*/gu;
const NUMBERED = /(?:^|\s)(\d{1,2})[).]\s*/gu;
const THAI_AREA = /(?:^|\s|และ)ด้าน/gu;
const GROUP_CUE = /Working Group|คณะทำงาน|工作组|working group/u;
const TRIM_TAIL = /(?:\s+(?:และ|and|or|หรือ|及|和))?[\s,，、;；]*$/u;
const LINE_END = /\n|\s{2,}|[。；;]/u;

/**
 * The items of an enumeration after `ได้แก่` / `คือ` / `including` / `包括`, numbered (`1) … 2) …`)
 * or Thai areas (`ด้าน… ด้าน…`): topics, or working groups when the lead-in names working groups.
 */
export function findListItems(text: string): Mention[] {
  const out: Mention[] = [];
  for (const lead of text.matchAll(LEAD)) {
    const from = lead.index + lead[0].length;
    const lineEnd = LINE_END.exec(text.slice(from));
    const to = lineEnd ? from + lineEnd.index : text.length;
    const body = text.slice(from, to);
    const clauseStart = Math.max(text.lastIndexOf('\n', lead.index), text.lastIndexOf('  ', lead.index), 0);
    const namesGroups = GROUP_CUE.test(text.slice(clauseStart, lead.index));
    const markers = [...body.matchAll(NUMBERED)].filter((m, i) => Number(m[1]) === i + 1);
    const areas = markers.length >= 2 ? [] : [...body.matchAll(THAI_AREA)];
    const starts = markers.length >= 2 ? markers : areas.length >= 2 && (areas[0]?.index ?? 99) < 3 ? areas : [];
    starts.forEach((marker, i) => {
      const itemStart = from + marker.index + marker[0].length;
      const next = starts[i + 1];
      // The last item ends at the line, or for Thai areas at the next space.
      let itemEnd = next ? from + next.index : to;
      if (!next && starts === areas) {
        const space = text.indexOf(' ', itemStart);
        if (space !== -1 && space < itemEnd) itemEnd = space;
      }
      const item = text.slice(itemStart, itemEnd).replace(TRIM_TAIL, '');
      if (item.length < 2 || item.length > 120) return;
      const rule = starts === areas ? 'list item: Thai ด้าน…' : 'list item: numbered';
      const base = { start: itemStart, end: itemStart + item.length, text: item, candidates: [], attributes: { number: String(i + 1) } };
      // A working group listed by its subject is named after the topic it works on: both are proposed.
      if (namesGroups && starts !== areas) out.push({ ...base, kind: 'WORKING_GROUP', rule: `${rule} under a working-group lead-in` });
      out.push({ ...base, kind: 'TOPIC', rule });
    });
  }
  return out;
}
