import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandTranscriptPaths } from '../../src/transcripts/files.ts';

describe('expandTranscriptPaths', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ca-files-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.convo.txt'), '');
    writeFileSync(join(dir, 'a', 'notes.md'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('should take an absolute file, folder and glob outside the working folder', async () => {
    const file = join(dir, 'a', 'one.convo.txt');
    const cwd = join(dir, 'elsewhere');
    expect((await expandTranscriptPaths([file], cwd)).map((p) => resolve(cwd, p))).toEqual([file]);
    expect((await expandTranscriptPaths([join(dir, 'a')], cwd)).map((p) => resolve(cwd, p))).toEqual([file]);
    expect((await expandTranscriptPaths([`${dir}/**/*.convo.txt`], cwd)).map((p) => resolve(cwd, p))).toEqual([file]);
  });

  test('should name a missing path', async () => {
    await expect(expandTranscriptPaths([join(dir, 'nope.convo.txt')], dir)).rejects.toThrow(/no such file or folder: .*nope\.convo\.txt/);
  });
});
