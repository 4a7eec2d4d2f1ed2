import { BadUserInput } from '../errors.ts';

/** The position after which a page starts: the sort key and id of the last item seen. */
export interface CursorPosition {
  readonly key: string;
  readonly id: string;
}

/** Encodes a position as an opaque cursor. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`, or throws BAD_USER_INPUT. */
export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // Fall through to the error below.
  }
  throw new BadUserInput('`after` is not a cursor returned by this API; pass `pageInfo.endCursor` from the previous page.', 'after');
}
