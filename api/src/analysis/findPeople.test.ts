import { describe, expect, it } from 'vitest';
import { findPeople } from './findPeople.ts';
import { positionAt } from './positionAt.ts';

function people(text: string) {
  return findPeople(text).map((p) => {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    return [p.text, p.attributes.honorific ?? p.attributes.position];
  });
}

describe('findPeople', () => {
  it('finds Thai names after honorifics and titles as printed, the span being the name alone', () => {
    expect(people('โดยมี ศ.นพ.สิริฤกษ์ ทรงศิวิไล ปลัดกระทรวง')).toEqual([['สิริฤกษ์ ทรงศิวิไล', 'ศ.นพ.']]);
    expect(people('ศ. ดร.นพ.สมชาย ใจดี กล่าว')).toEqual([['สมชาย ใจดี', 'ศ. ดร.นพ.']]);
    expect(people('ดร.อโศก กล่าวว่า')).toEqual([['อโศก', 'ดร.']]);
    expect(people('นางสาวสุดา มีสุข และ นายสมชาย เทียมบุญประเสริฐ')).toEqual([
      ['สุดา มีสุข', 'นางสาว'],
      ['สมชาย เทียมบุญประเสริฐ', 'นาย'],
    ]);
    expect(people('รศ.วิไล ศรีสุข ผศ.ดร.ชัย ทองดี นาง มาลี ดีงาม พล.อ.ประยุทธ์ จันทร์โอชา')).toEqual([
      ['วิไล ศรีสุข', 'รศ.'],
      ['ชัย ทองดี', 'ผศ.ดร.'],
      ['มาลี ดีงาม', 'นาง'],
      ['ประยุทธ์ จันทร์โอชา', 'พล.อ.'],
    ]);
  });

  it('does not read ordinary words that begin like an honorific as names', () => {
    expect(people('นายกรัฐมนตรี กล่าวถึงคุณภาพชีวิต')).toEqual([]);
  });

  it('finds English names after honorifics and titles of office', () => {
    expect(people('H.E. Mr.Zhang Guangiun รัฐมนตรี')).toEqual([['Zhang Guangiun', 'H.E. Mr.']]);
    expect(people('Ms. Li Na, Dr Sirirurg Songsivilai and Prof. Wang Qiang')).toEqual([
      ['Li Na', 'Ms.'],
      ['Sirirurg Songsivilai', 'Dr'],
      ['Wang Qiang', 'Prof.'],
    ]);
    expect(people('Vice Minister Zhang Guangjun met Minister Supamas')).toEqual([
      ['Zhang Guangjun', 'Vice Minister'],
      ['Supamas', 'Minister'],
    ]);
    // A name with an honorific, then a comma and a title: the honorific is not part of the name.
    expect(findPeople('Dr Somchai Rakdee, Director of PMU-A, attended.').map((p) => p.text)).toEqual(['Somchai Rakdee', 'Somchai Rakdee']);
    expect(findPeople('Pornchai Tarkulwaranont, Vice Minister of Science').map((p) => p.text)).toEqual(['Pornchai Tarkulwaranont']);
  });

  it('finds Chinese names before or after a title', () => {
    expect(people('科技部副部长张广军会见泰国大使韩志强。')).toEqual([
      ['张广军', '副部长'],
      ['韩志强', '大使'],
    ]);
    expect(people('王志刚部长表示，李娜女士出席')).toEqual([
      ['王志刚', '部长'],
      ['李娜', '女士'],
    ]);
  });

  it('reads the title of office printed beside a name', () => {
    const text = 'ดร.อโศก พลบำรุง ผู้อำนวยการฝ่ายวิจัย';
    const [person] = findPeople(text);
    expect(positionAt(text, person?.end ?? 0)).toEqual({ start: 16, end: 27, text: 'ผู้อำนวยการ' });
    expect(positionAt('Mr. Zhang Hui Deputy Director General of', 13)?.text).toBe('Deputy Director General');
  });
});
