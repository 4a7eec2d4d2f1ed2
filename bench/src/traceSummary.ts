/** One event of a Chromium trace (the JSON that DevTools' Performance panel loads). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, any>;
}

/** A main-thread task over the threshold, with what it spent its time on. */
export interface LongTaskSummary {
  /** Milliseconds after the first event of the page's main thread. */
  startMs: number;
  durationMs: number;
  /** Time by the task's direct sub-events (script, style, layout, paint…), in ms, largest first. */
  events: { name: string; ms: number }[];
  /** Self time of JavaScript functions sampled during the task, in ms, largest first. */
  functions: { name: string; ms: number }[];
  /** Self time by source module (from the bundle's source map), in ms, largest first. */
  modules: { name: string; ms: number }[];
  /** The innermost viewer function on the stack of each sample, in ms, largest first: which of our calls the time came from. */
  viewerCalls: { name: string; ms: number }[];
}

/** Where a line of a script came from: the module a bundler wrote there, if known. */
export type ModuleOf = (url: string, line: number) => string | undefined;

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));

const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

/** The renderer main thread that did the most work: the page's, not an about:blank one. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask' && e.dur && mains.has(`${e.pid}:${e.tid}`)) add(busy, `${e.pid}:${e.tid}`, e.dur);
  const [best] = [...busy].sort((a, b) => b[1] - a[1]);
  if (!best) return undefined;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: pid as number, tid: tid as number };
}

/** CPU profile samples of one thread, as (time, stack from innermost to outermost). */
function samplesOf(events: readonly TraceEvent[], thread: { pid: number; tid: number }): { ts: number; stack: CallFrame[] }[] {
  const out: { ts: number; stack: CallFrame[] }[] = [];
  // `Profile` is emitted on the profiled thread; its chunks come from V8's profiler thread.
  const profiles = new Map<string, { ts: number; main: boolean; nodes: Map<number, { frame: CallFrame; parent?: number }> }>();
  for (const e of events) {
    if (e.ph !== 'P' || e.pid !== thread.pid || e.id === undefined) continue;
    if (e.name === 'Profile') {
      profiles.set(e.id, { ts: Number(e.args?.data?.startTime ?? e.ts), main: e.tid === thread.tid, nodes: new Map() });
    }
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(e.id);
    if (!profile?.main) continue;
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const node of cpu.nodes ?? []) {
      // Frames of native code, the garbage collector and idle time have no script.
      const f = node.callFrame ?? {};
      const frame = {
        functionName: f.functionName ?? '',
        url: f.url ?? '',
        lineNumber: f.lineNumber ?? -1,
        columnNumber: f.columnNumber ?? -1,
      };
      profile.nodes.set(node.id, { frame, parent: node.parent });
    }
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id: number, i: number) => {
      profile.ts += deltas[i] ?? 0;
      const stack: CallFrame[] = [];
      for (let n = profile.nodes.get(id); n; n = n.parent === undefined ? undefined : profile.nodes.get(n.parent)) stack.push(n.frame);
      out.push({ ts: profile.ts, stack });
    });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

const eventName = (e: TraceEvent) => {
  const fn = e.args?.data?.functionName;
  return fn ? `${e.name} (${fn})` : e.name;
};

const frameName = (f: CallFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : ''}`.trim();

/**
 * Finds the main-thread tasks of a page's trace that took longer than `thresholdMs`, and for
 * each one what it was made of: trace sub-events, and JavaScript self time by function, by
 * module and by the viewer call it came from (from the trace's CPU profile samples).
 */
export function summarizeTrace(
  events: readonly TraceEvent[],
  options: { thresholdMs: number; moduleOf?: ModuleOf; isViewerModule?: (module: string) => boolean },
): LongTaskSummary[] {
  const thread = mainThread(events);
  if (!thread) return [];
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const origin = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur as number) > options.thresholdMs * 1000);
  const samples = samplesOf(events, thread);
  const moduleOf = options.moduleOf ?? (() => undefined);
  const isViewer = options.isViewerModule ?? ((m: string) => m.startsWith('viewer/'));
  return tasks.map((task) => {
    const end = task.ts + (task.dur as number);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur as number) <= end);
    // Self time of each kind of sub-event (its time minus that of the events nested in it).
    const events = new Map<string, number>();
    const stack: { e: TraceEvent; self: number }[] = [];
    const close = (until: number) => {
      while (stack.length > 0) {
        const last = stack[stack.length - 1] as { e: TraceEvent; self: number };
        if (last.e.ts + (last.e.dur as number) > until) break;
        stack.pop();
        add(events, eventName(last.e), last.self);
      }
    };
    for (const e of inside.sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number))) {
      close(e.ts);
      const parent = stack[stack.length - 1];
      if (parent) parent.self -= e.dur as number;
      stack.push({ e, self: e.dur as number });
    }
    close(Number.POSITIVE_INFINITY);
    const functions = new Map<string, number>();
    const modules = new Map<string, number>();
    const calls = new Map<string, number>();
    const inTask = samples.filter((s) => s.ts >= task.ts && s.ts < end);
    inTask.forEach((s, i) => {
      const next = inTask[i + 1]?.ts ?? end;
      const us = Math.min(next - s.ts, 10_000);
      const leaf = s.stack[0];
      if (!leaf) return;
      add(functions, frameName(leaf), us);
      add(modules, moduleOf(leaf.url, leaf.lineNumber + 1) ?? (leaf.url || leaf.functionName), us);
      const ours = s.stack.find((f) => {
        const m = moduleOf(f.url, f.lineNumber + 1);
        return m !== undefined && isViewer(m);
      });
      if (ours) add(calls, `${ours.functionName || '(anonymous)'} (${moduleOf(ours.url, ours.lineNumber + 1)})`, us);
    });
    return {
      startMs: Math.round((task.ts - origin) / 1000),
      durationMs: Math.round((task.dur as number) / 1000),
      events: top(events, 6),
      functions: top(functions, 8),
      modules: top(modules, 5),
      viewerCalls: top(calls, 5),
    };
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Reads a source map (version 3) into "which source file wrote this line of the bundle", so
 * that the samples of an unminified bundle can be traced back to their module.
 */
export function sourceOfLine(map: { sources: string[]; mappings: string }): (line: number) => string | undefined {
  const byLine: (number | undefined)[] = [];
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    for (const segment of line.split(',')) {
      if (!segment) continue;
      // Decode the segment's base64 VLQ fields; the second one is the change of source index.
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      if (fields.length >= 4) {
        source += fields[1] as number;
        byLine[i + 1] ??= source;
      }
    }
  });
  return (line) => {
    const index = byLine[line];
    const source = index === undefined ? undefined : map.sources[index];
    if (source === undefined) return undefined;
    // Paths are relative to the map; keep them from the package or the viewer's folder on.
    const from = [source.indexOf('node_modules/'), source.indexOf('viewer/')].find((i) => i >= 0);
    return from === undefined ? source.replace(/^(\.\.\/)+/, '') : source.slice(from);
  };
}
