import { describe, expect, it } from 'vitest';
import { toDriverValue } from './executor.ts';

/** A Neo4j integer, as the driver represents it. */
const isNeo4jInt = (v: unknown, n: number) =>
  typeof v === 'object' && v !== null && 'toNumber' in v && (v as { toNumber(): number }).toNumber() === n;

describe('toDriverValue', () => {
  it('turns whole numbers into Neo4j integers at any depth, and leaves the rest as it is', () => {
    const rows = [{ id: 'a', props: { ordinal: 4, share: 0.5, names: ['x'], nested: { year: 2023 }, list: [1, 'b'] } }];
    const sent = toDriverValue(rows) as typeof rows;
    const props = sent[0]?.props as Record<string, unknown>;
    expect(isNeo4jInt(props.ordinal, 4)).toBe(true);
    expect(isNeo4jInt((props.nested as Record<string, unknown>).year, 2023)).toBe(true);
    expect(isNeo4jInt((props.list as unknown[])[0], 1)).toBe(true);
    expect((props.list as unknown[])[1]).toBe('b');
    expect(props.share).toBe(0.5);
    expect(props.names).toBe(rows[0]?.props.names);
    expect(rows[0]?.props.ordinal).toBe(4);
  });

  it('copies nothing when nothing changes', () => {
    const rows = [{ id: 'a', props: { names: ['x', 'y'], ok: true } }];
    expect(toDriverValue(rows)).toBe(rows);
  });
});
