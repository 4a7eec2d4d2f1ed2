/** Month names and abbreviations as Thai, English and Chinese texts print them, with their month numbers. */
export const MONTH_NAMES: readonly (readonly [string, number])[] = [
  ...['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'].map(
    (name, i) => [name, i + 1] as const,
  ),
  ...['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'].map(
    (name, i) => [name, i + 1] as const,
  ),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (name, i) => [name, i + 1] as const,
  ),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map(
    (name) =>
      [name, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3)) + 1] as const,
  ),
];

/** A regular-expression source for one month name: Thai abbreviations with or without their dots, English ones with an optional dot. */
export function monthPattern(name: string): string {
  if (/^[a-z]+$/.test(name)) return name.length <= 4 ? `${name}\\.?` : name;
  if (name.includes('.')) {
    const letters = name.split('.').filter(Boolean);
    return letters.join('\\.?\\s?') + '\\.?';
  }
  return name;
}

/** Month number of a printed month name (any case, abbreviation dots and spacing optional). */
export function monthNumber(printed: string): number | undefined {
  const key = printed.toLowerCase().replace(/[.\s]/g, '');
  for (const [name, month] of MONTH_NAMES) if (name.replace(/\./g, '') === key) return month;
  return undefined;
}

/** The value of a number printed in ASCII or Thai digits. */
export function digitsValue(printed: string): number {
  return Number(printed.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
}
