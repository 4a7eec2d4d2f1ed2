import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './plainValues.ts';

describe('toPlain', () => {
  it('turns Neo4j integers into numbers and temporal values into ISO strings, deeply', () => {
    const row = {
      n: neo4j.int(42),
      big: 7n,
      when: new neo4j.types.Date(2023, 9, 20),
      list: [neo4j.int(1), { at: new neo4j.types.LocalTime(9, 30, 0, 0) }],
    };
    expect(toPlain(row)).toEqual({ n: 42, big: 7, when: '2023-09-20', list: [1, { at: '09:30:00' }] });
  });

  it('turns undefined into null, inside lists and maps too', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain({ a: undefined, b: [undefined, 1] })).toEqual({ a: null, b: [null, 1] });
  });

  it('returns plain parts as they are, and never changes its input', () => {
    const plain = { id: 'agency:crtdc', aliases: ['CRTDC'], nested: { n: 1 } };
    expect(toPlain(plain)).toBe(plain);
    const mixed = { keep: plain, n: neo4j.int(5), list: ['a', neo4j.int(2)] };
    const converted = toPlain(mixed) as typeof mixed;
    expect(converted).toEqual({ keep: plain, n: 5, list: ['a', 2] });
    expect(converted.keep).toBe(plain);
    expect(mixed.n).toEqual(neo4j.int(5));
    expect(mixed.list[1]).toEqual(neo4j.int(2));
  });

  it('copies objects of other classes into plain maps', () => {
    class Point {
      readonly x: number;
      readonly y: number;
      constructor(x: number, y: number) {
        this.x = x;
        this.y = y;
      }
    }
    const plain = toPlain(new Point(1, 2));
    expect(plain).toEqual({ x: 1, y: 2 });
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  });
});
