import { describe, expect, it } from 'vitest';
import { coalescedWriter, createJsonLogger } from './logger.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('coalescedWriter', () => {
  it('writes the lines of one turn of the event loop together, in order, once the turn is done', async () => {
    const writes: string[] = [];
    const write = coalescedWriter(
      (text) => writes.push(text),
      () => {},
    );
    write('a\n');
    write('b\n');
    write('c\n');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['a\nb\nc\n']);
    write('d\n');
    await nextTurn();
    expect(writes).toEqual(['a\nb\nc\n', 'd\n']);
  });

  it('writes what is pending when the process exits', () => {
    const writes: string[] = [];
    let atExit = () => {};
    const write = coalescedWriter(
      (text) => writes.push(text),
      (flush) => (atExit = flush),
    );
    write('last\n');
    atExit();
    expect(writes).toEqual(['last\n']);
  });
});

describe('createJsonLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const lines: string[] = [];
    createJsonLogger((l) => lines.push(l)).warn('slow', { durationMs: 12, operation: 'Entity' });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    const line = JSON.parse(lines[0] as string);
    expect(line).toMatchObject({ level: 'warn', msg: 'slow', durationMs: 12, operation: 'Entity' });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });
});
