import { createHash } from 'node:crypto';
import type { Lang } from '../../../common/langs.ts';
import type { TextAnalysis } from '../analysis/index.ts';

/** One text's analysis waiting for review, as the batch command writes it. */
export interface PendingReview {
  readonly status: 'pending';
  /** The file the text was read from, by its name in the folder. */
  readonly sourceFile: string;
  readonly language: Lang;
  /** SHA-256 of the text as read (UTF-8), to tell whether the file changed since. */
  readonly textSha256: string;
  /** Where the names came from: the graph at a stamp, or none (`--offline`). */
  readonly gazetteer: { readonly source: 'graph' | 'none'; readonly entities: number; readonly stamp: string | null };
  readonly text: string;
  readonly analysis: TextAnalysis;
}

/** Guesses a text's language from the script most of its letters are in. */
export function guessLanguage(text: string): Lang {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const thai = count(/\p{Script=Thai}/gu);
  const han = count(/\p{Script=Han}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  if (thai >= han && thai >= latin && thai > 0) return 'th';
  if (han >= latin && han > 0) return 'zh';
  return 'en';
}

/** Builds the pending-review record of one text. */
export function pendingReview(
  sourceFile: string,
  text: string,
  language: Lang,
  gazetteer: PendingReview['gazetteer'],
  analysis: TextAnalysis,
): PendingReview {
  const textSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { status: 'pending', sourceFile, language, textSha256, gazetteer, text, analysis };
}
