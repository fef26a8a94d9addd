/**
 * Samples a process tree through /proc (Linux): the summed resident memory of the root process
 * and all its descendants, and each process's CPU time. `/usr/bin/time` reports only the largest
 * single process, while a build is several (node for the build script, node for Astro, Pagefind's
 * binary), so the tree is summed here.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

interface ProcInfo {
  pid: number;
  ppid: number;
  cpuSeconds: number;
  rssBytes: number;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses; fields after the last ')' are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(fields[i - 3]);
    return { pid, ppid: num(4), cpuSeconds: (num(14) + num(15)) / TICKS_PER_SECOND, rssBytes: num(24) * PAGE_BYTES };
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** What a sampler saw: the peak summed RSS, peak per labelled step, and CPU seconds per step. */
export interface TreeSample {
  peakRssBytes: number;
  peakRssByStep: Record<string, number>;
  cpuSecondsByStep: Record<string, number>;
}

/**
 * Samples the tree under `rootPid` every `intervalMs` until stopped. `stepOf` names the step a
 * process belongs to from its command line (e.g. "astro" or "pagefind"); processes it does not
 * name count towards the total only.
 */
export function sampleTree(rootPid: number, stepOf: (command: string) => string | undefined, intervalMs = 100) {
  const result: TreeSample = { peakRssBytes: 0, peakRssByStep: {}, cpuSecondsByStep: {} };
  const lastCpu = new Map<number, { step: string; seconds: number }>();
  const commands = new Map<number, string>(); // pid → step
  const tick = () => {
    const all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map((name) => readProc(Number(name)));
    const children = new Map<number, ProcInfo[]>();
    for (const p of all) {
      if (!p) continue;
      const siblings = children.get(p.ppid);
      if (siblings) siblings.push(p);
      else children.set(p.ppid, [p]);
    }
    const root = all.find((p) => p?.pid === rootPid);
    if (!root) return;
    const tree: ProcInfo[] = [];
    const queue = [root];
    while (queue.length) {
      const p = queue.pop() as ProcInfo;
      tree.push(p);
      queue.push(...(children.get(p.pid) ?? []));
    }
    const byStep: Record<string, number> = {};
    for (const p of tree) {
      // A new child shows its parent's command line until it has exec'd, so only a command that
      // names a step is remembered; the others are read again on the next tick.
      const step = commands.get(p.pid) ?? stepOf(commandOf(p.pid));
      if (step) commands.set(p.pid, step);
      if (step) {
        byStep[step] = (byStep[step] ?? 0) + p.rssBytes;
        lastCpu.set(p.pid, { step, seconds: p.cpuSeconds });
      }
    }
    result.peakRssBytes = Math.max(result.peakRssBytes, tree.reduce((sum, p) => sum + p.rssBytes, 0));
    for (const [step, bytes] of Object.entries(byStep)) result.peakRssByStep[step] = Math.max(result.peakRssByStep[step] ?? 0, bytes);
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    /** Stops sampling and returns what was seen. */
    stop(): TreeSample {
      clearInterval(timer);
      for (const { step, seconds } of lastCpu.values()) result.cpuSecondsByStep[step] = (result.cpuSecondsByStep[step] ?? 0) + seconds;
      return result;
    },
  };
}
