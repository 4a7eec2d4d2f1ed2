import { pinyin } from 'pinyin-pro';
import { toSimplified } from './toSimplified.ts';

// Two-character surnames, so the given-name-first order (`Guangjun Zhang`) splits them right.
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
]);
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * Romanisations of a Chinese personal name in Hanyu Pinyin without tones, surname first and
 * surname last (`张广军` → `Zhang Guangjun`, `Guangjun Zhang`); none for text that is not a name
 * of two to four Chinese characters.
 */
export function romanizeChineseName(name: string): string[] {
  const simplified = toSimplified(name.trim());
  if (!HAN_NAME.test(simplified)) return [];
  // `surname: 'head'` reads the first characters with their surname readings (单 → Shan).
  const syllables = pinyin(simplified, { toneType: 'none', type: 'array', surname: 'head', v: true });
  if (syllables.length !== [...simplified].length) return [];
  const surnameLength = COMPOUND_SURNAMES.has(simplified.slice(0, 2)) && simplified.length > 2 ? 2 : 1;
  const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const surname = capital(syllables.slice(0, surnameLength).join(''));
  const given = capital(syllables.slice(surnameLength).join(''));
  return [`${surname} ${given}`, `${given} ${surname}`];
}
