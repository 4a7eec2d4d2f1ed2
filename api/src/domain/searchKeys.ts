/**
 * Folds a name or alias to the key used for exact matching: lower case, Unicode NFKC, with
 * spaces, dots, hyphens and other punctuation removed, so `บพท.`, `บพท` and `หน่วย บพท.`
 * or `PMU-A` and `pmua` meet.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\-–—_·,:;'"“”‘’()[\]{}/\\]+/gu, '');
}
