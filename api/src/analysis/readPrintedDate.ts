import { findDates } from './findDates.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ISO day (`yyyy-mm-dd`) a printed publication date names, when it gives day, month and year
 * (`20 ก.ย. 2566`, `2017年4月5日`, `September 20, 2023`, `2023-09-20`); null otherwise, since a
 * date without its year or day is kept only as printed.
 */
export function readPrintedDate(printed: string): string | null {
  const text = printed.trim();
  if (ISO_DAY.test(text)) return text;
  const [first] = findDates(text);
  return first && ISO_DAY.test(first.date) && !first.endDate ? first.date : null;
}
