/** A structured log line's fields; never put query variables or secrets here. */
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

/** Writes one JSON object per line. */
export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * Lines to `out` in one write per turn of the event loop. Each GraphQL request logs a line, and
 * writing each at once was a system call per request: under load, an entity detail made 3.0
 * writes per request (its Bolt request, its HTTP answer, its log line; `strace -c`), 2.1 with
 * this. The lines of one turn go out together once its I/O callbacks have run (`setImmediate`),
 * in order, and what is still pending when the process exits goes out then.
 */
export function coalescedWriter(
  out: (text: string) => void,
  onExit: (flush: () => void) => void = (flush) => process.on('exit', flush),
): (line: string) => void {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    out(text);
  };
  onExit(flush);
  return (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

/** A logger that writes JSON lines to a stream (standard output by default, a turn's lines at a time). */
export function createJsonLogger(write: (line: string) => void = coalescedWriter((text) => process.stdout.write(text))): Logger {
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
