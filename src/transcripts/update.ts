/**
 * `--update`: rewrites the expectations of failing native transcripts with what the replay produced,
 * like a snapshot update. Only lines whose checks failed change; comments, blank lines, patterns and
 * `contains` checks that still hold are kept. Foreign formats are left alone (convert them first).
 */
import { writeFile } from 'node:fs/promises';
import type { TranscriptResult } from './runner.ts';

export interface UpdateOutcome {
  updated: string[];
  /** Files that failed but cannot be updated, and why. */
  skipped: { file: string; reason: string }[];
}

export async function updateTranscripts(results: TranscriptResult[], write = writeFile): Promise<UpdateOutcome> {
  const outcome: UpdateOutcome = { updated: [], skipped: [] };
  const done = new Set<string>();
  for (const r of results) {
    if (r.passed || done.has(r.file)) continue;
    done.add(r.file);
    if (r.format === 'botframework' || r.format === 'chatdown') {
      outcome.skipped.push({ file: r.file, reason: `a ${r.format === 'chatdown' ? '.chat' : '.transcript'} file is not rewritten; convert it to a native transcript with: npx carrier-assist transcript convert ${r.file}` });
    } else if (r.actualText === undefined) {
      outcome.skipped.push({ file: r.file, reason: r.failures[0]?.message ?? 'it could not be replayed' });
    } else if (r.failures.some((f) => AGENT_PROBLEMS.some((p) => f.message.startsWith(p)))) {
      outcome.skipped.push({ file: r.file, reason: 'an agent turn could not be carried out (see the failure); fix the file by hand' });
    } else {
      await write(r.file, r.actualText, 'utf8');
      outcome.updated.push(r.file);
    }
  }
  return outcome;
}

/** Replay problems with the scripted agent: --update cannot fix them by rewriting expectations. */
const AGENT_PROBLEMS = ['agent turns need', 'the agent has nothing to act on', 'the agent could not do it'];
