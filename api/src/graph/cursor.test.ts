import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('cursors', () => {
  it('round-trip any sort key, including Thai text', () => {
    const position = { key: 'กระทรวง', id: 'agency:mhesi' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('reject anything else with BAD_USER_INPUT', () => {
    for (const bad of ['', 'abc', Buffer.from('{"key":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});
