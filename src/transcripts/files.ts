/** Which files a replay runs: paths, folders (every transcript below them) and globs (`*`, `**`, `?`). */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isTranscriptFile } from './load.ts';

/** The suite's folder, replayed when no path is given. */
export const SUITE_DIR = 'transcripts';

const GLOB_CHARS = /[*?[\]{}]/;

async function walk(dir: string, into: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile()) into.push(path);
  }
}

/** A glob as a regular expression over `/`-separated paths: `**` any folders, `*` and `?` within a name, `{a,b}` either. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:[^/]*/)*';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.lastIndexOf('(?:') > re.lastIndexOf(')')) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expands the arguments to transcript files, sorted, each once. Missing paths are an error naming them. */
export async function expandTranscriptPaths(args: string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const arg of args.length ? args : [SUITE_DIR]) {
    const path = arg.split(sep).join('/');
    if (GLOB_CHARS.test(path)) {
      const parts = path.split('/');
      const baseParts: string[] = [];
      for (const p of parts) {
        if (GLOB_CHARS.test(p)) break;
        baseParts.push(p);
      }
      const base = baseParts.join('/') || '.';
      const files: string[] = [];
      await walk(resolve(cwd, base), files).catch(() => missing.push(arg));
      const absolute = path.startsWith('/');
      const re = globToRegExp(path.replace(/^\.\//, ''));
      for (const f of files) {
        const rel = absolute ? f.split(sep).join('/') : relative(cwd, f).split(sep).join('/');
        if (re.test(rel) && isTranscriptFile(rel)) found.add(rel);
      }
      continue;
    }
    // Absolute paths (a temp folder, another checkout) are taken as they are; relative ones from cwd.
    const info = await stat(resolve(cwd, path)).catch(() => null);
    if (!info) missing.push(arg);
    else if (info.isDirectory()) {
      const files: string[] = [];
      await walk(resolve(cwd, path), files);
      for (const f of files) if (isTranscriptFile(f)) found.add(relative(cwd, f).split(sep).join('/'));
    } else found.add(path);
  }
  if (missing.length) throw new Error(`no such file or folder: ${missing.join(', ')}`);
  return [...found].sort();
}
