import { createReadStream } from 'node:fs';

/** Lines read together from one chunk of a file. */
export interface LineBatch {
  readonly lines: readonly string[];
  /** The number of the first line of the batch, counted from 1. */
  readonly first: number;
}

/** Cuts a stream of text chunks into batches of whole lines (a line longer than a chunk is carried over; `\r\n` ends a line too). */
export async function* lineBatches(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<LineBatch> {
  let carry = '';
  let next = 1;
  for await (const chunk of chunks) {
    const text = carry + chunk;
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lines.push(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
    }
    carry = text.slice(start);
    if (lines.length === 0) continue;
    yield { lines, first: next };
    next += lines.length;
  }
  if (carry.length > 0) yield { lines: [stripCr(carry)], first: next };
}

/** Reads a UTF-8 text file in chunks of about a megabyte as batches of lines, so memory stays flat however large the file. */
export function readLineBatches(file: string, chunkBytes = 1 << 20): AsyncGenerator<LineBatch> {
  // The stream decodes UTF-8 across chunk boundaries itself.
  return lineBatches(createReadStream(file, { encoding: 'utf8', highWaterMark: chunkBytes }) as AsyncIterable<string>);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
