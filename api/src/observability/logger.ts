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

/** A logger that drops everything (tests, CLI). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
