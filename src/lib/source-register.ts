import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a citation needs to know about a source in content/kilder/. */
export interface SourceMeta {
  titel: string;
  udgiver: string;
  aar: number | undefined;
  /** The file name of the source's text in the documents folder (the five documents only). */
  dokument: string | undefined;
}

/** Reads the fields a citation shows from one kilder entry's data (unknown shapes give empty strings). */
export function sourceMeta(data: unknown): SourceMeta {
  const d = (data ?? {}) as { titel?: unknown; udgiver?: unknown; aar?: unknown; dokument?: unknown };
  return {
    titel: typeof d.titel === 'string' ? d.titel : '',
    udgiver: typeof d.udgiver === 'string' ? d.udgiver : '',
    aar: typeof d.aar === 'number' ? d.aar : undefined,
    dokument: typeof d.dokument === 'string' ? d.dokument : undefined,
  };
}

const registers = new Map<string, { stamp: number; register: ReadonlyMap<string, SourceMeta> }>();

/** When the folder's list of files last changed (0 if it is missing). */
function folderStamp(folder: string): number {
  try {
    return statSync(folder).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Every source in `<contentRoot>/kilder/`, by id. Read once per process and content folder (the
 * build renders every entry's notes from the same map), and again when a source file is added or
 * removed, so `astro dev` knows a new source without a restart.
 */
export function readSourceRegister(contentRoot: string): ReadonlyMap<string, SourceMeta> {
  const folder = join(contentRoot, 'kilder');
  const stamp = folderStamp(folder);
  const cached = registers.get(contentRoot);
  if (cached && cached.stamp === stamp) return cached.register;
  const register = new Map<string, SourceMeta>();
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    // No kilder folder: every citation is unknown, which the citation plugin reports.
  }
  for (const name of names) {
    try {
      register.set(name.slice(0, -'.yaml'.length), sourceMeta(parse(readFileSync(join(folder, name), 'utf8'))));
    } catch {
      // Unreadable YAML is reported by the schema check; the id still exists.
      register.set(name.slice(0, -'.yaml'.length), sourceMeta({}));
    }
  }
  registers.set(contentRoot, { stamp, register });
  return register;
}
