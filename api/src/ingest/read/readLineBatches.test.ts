import { describe, expect, it } from 'vitest';
import { lineBatches } from './readLineBatches.ts';

async function collect(chunks: string[]) {
  const seen: string[] = [];
  const firsts: number[] = [];
  for await (const batch of lineBatches(chunks)) {
    firsts.push(batch.first);
    seen.push(...batch.lines);
  }
  return { seen, firsts };
}

describe('lineBatches', () => {
  it('yields every line once, numbered, whatever the chunk boundaries', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i} การประชุม 中泰联合委员会 ${'x'.repeat(i % 7 === 0 ? 300 : 3)}`);
    const text = `${lines.join('\r\n')}\r\n`;
    // 64-character chunks cut lines, and some lines are longer than a chunk.
    const chunks = Array.from({ length: Math.ceil(text.length / 64) }, (_, i) => text.slice(i * 64, i * 64 + 64));
    const { seen, firsts } = await collect(chunks);
    expect(seen).toEqual(lines);
    expect(firsts[0]).toBe(1);
    expect(firsts.every((f, i) => i === 0 || f > (firsts[i - 1] as number))).toBe(true);
  });

  it('keeps a last line without a newline, and numbers lines across batches', async () => {
    expect(await collect(['one\ntw', 'o\nthree'])).toEqual({ seen: ['one', 'two', 'three'], firsts: [1, 2, 3] });
  });
});
