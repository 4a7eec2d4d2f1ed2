/** A structured log line's fields; never put query variables or secrets here. */
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

/** Writes one JSON object per line. */
export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** A logger that writes JSON lines to a stream (standard output by default). */
export function createJsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log =
    (level: string) =>
    (msg: string, fields: LogFields = {}) =>
      write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * A logger for a person at a terminal: the message as a line of prose (fields, if any, after it
 * as `key=value`), information on standard output, warnings and errors on standard error.
 */
export function createTerminalLogger(
  out: (line: string) => void = (line) => process.stdout.write(line),
  err: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const line = (msg: string, fields: LogFields = {}) => {
    const extra = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
    return `${[msg, ...extra].join(' ')}\n`;
  };
  return { info: (msg, f) => out(line(msg, f)), warn: (msg, f) => err(line(msg, f)), error: (msg, f) => err(line(msg, f)) };
}
