/**
 * The text of a Cypher file as it is sent: the comment lines that explain it to a reader dropped,
 * every line's indentation and blank lines too. The driver sends a statement's text with every
 * request, in Bolt chunks of 1,400 bytes, each its own socket write, and Neo4j reads all of it to
 * look up its cached plan: the neighbourhood's 5,653 bytes, about half of them comments and
 * indentation, took five writes per request, its 2,895 sent bytes take three.
 *
 * Only whole-line `//` comments are dropped (the files have no other kind), and lines are trimmed,
 * which is safe because no string literal in `cypher/` spans lines (`hasMultilineString` checks
 * each file when it is loaded).
 */
export function compactCypher(text: string): string {
  return withoutCommentLines(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Cypher text without its whole-line `//` comments, indentation kept (fragments, schema files, named queries). */
export function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** Whether a quoted string or a backquoted name in Cypher text, comments aside, runs past the end of its line. */
export function hasMultilineString(text: string): boolean {
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('//')) continue;
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote === undefined) {
        if (c === "'" || c === '"' || c === '`') quote = c;
        else if (c === '/' && line[i + 1] === '/') break;
      } else if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = undefined;
    }
    if (quote !== undefined) return true;
  }
  return false;
}
