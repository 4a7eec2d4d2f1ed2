/**
 * Makes text from the graph read as itself in Markdown: the characters that open links, images,
 * emphasis, code, HTML, tables and strike-through get a backslash, and line breaks become spaces,
 * so a name such as `[Official statement](https://evil.example)` or `<img onerror=…>` stays text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>!|~&]/g, (c) => `\\${c}`);
}
