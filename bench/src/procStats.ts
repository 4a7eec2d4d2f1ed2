import { readFileSync } from 'node:fs';

/** Reads a field of /proc/<pid>/status in bytes (VmRSS: now; VmHWM: the peak so far), or null. */
export function procStatusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident set size while work runs. */
export interface RssSampler {
  /** Stops sampling; the highest VmRSS seen, in bytes (null where /proc is not available). */
  stop(): number | null;
}

/** Polls /proc/<pid>/status every `intervalMs` and keeps the highest resident set size. */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  let peak: number | null = procStatusBytes(pid, 'VmRSS');
  const timer = setInterval(() => {
    const now = procStatusBytes(pid, 'VmRSS');
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const now = procStatusBytes(pid, 'VmRSS');
      if (now !== null && (peak === null || now > peak)) peak = now;
      return peak;
    },
  };
}

/** CPU time a process has used so far (user + system), in seconds, or null without /proc. */
export function procCpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces) start at the state, field 3;
    // utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
