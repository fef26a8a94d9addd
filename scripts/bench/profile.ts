/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per function and per package, so the
 * benchmark can say where a build spends its time. Run alone:
 * `node scripts/bench/profile.ts FILE.cpuprofile [--top 25]`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** One row of the summary: a name and its self time in milliseconds. */
export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

/** Where a script URL belongs: an npm package, a project folder, or a V8/Node category. */
export function ownerOf(url: string): string {
  if (!url) return '(native/V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return 'node';
  const project = /\/(src|scripts|\.bench)\/([^/]+)/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url.replace(/^file:\/\//, '');
}

/** Self time per function and per owner, largest first. */
export function summariseProfile(profile: CpuProfile): { total: number; functions: ProfileRow[]; owners: ProfileRow[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = (profile.endTime - profile.startTime) / 1000;
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const owner = ownerOf(frame.url);
    const name = `${frame.functionName || '(anonym)'} ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros / 1000);
    owners.set(owner, (owners.get(owner) ?? 0) + micros / 1000);
  }
  const rows = (m: Map<string, number>) =>
    [...m].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
  return { total, functions: rows(functions), owners: rows(owners) };
}

/** The summary as text lines. */
export function formatSummary(summary: ReturnType<typeof summariseProfile>, top = 25): string[] {
  const line = (r: ProfileRow) => `${r.ms.toFixed(0).padStart(8)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.name}`;
  return [
    `Profil: ${(summary.total / 1000).toFixed(1)} s i alt`,
    '', 'Egen tid pr. pakke/mappe:', ...summary.owners.slice(0, 15).map(line),
    '', `Egen tid pr. funktion (top ${top}):`, ...summary.functions.slice(0, top).map(line),
  ];
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  for (const file of positionals) {
    console.log(formatSummary(summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile), Number(values.top)).join('\n'));
  }
}
