/** JUnit XML for CI: one testsuite per channel, one testcase per transcript, the diff in the failure. */
import type { TranscriptResult } from './runner.ts';

export function escapeXml(s: string): string {
  return s
    // XML 1.0 forbids most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function junitXml(results: TranscriptResult[], name = 'carrier-assist transcripts'): string {
  const byChannel = new Map<string, TranscriptResult[]>();
  for (const r of results) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
  const failed = (rs: TranscriptResult[]) => rs.filter((r) => !r.passed).length;
  const time = (rs: TranscriptResult[]) => seconds(rs.reduce((s, r) => s + r.durationMs, 0));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(name)}" tests="${results.length}" failures="${failed(results)}" errors="0" time="${time(results)}">`,
  ];
  for (const [channel, rs] of byChannel) {
    lines.push(`  <testsuite name="${escapeXml(channel)}" tests="${rs.length}" failures="${failed(rs)}" errors="0" skipped="0" time="${time(rs)}">`);
    for (const r of rs) {
      const classname = r.file.replace(/\/[^/]*$/, '').replace(/\//g, '.');
      const open = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(`${r.file} [${r.channel}]`)}" file="${escapeXml(r.file)}" time="${seconds(r.durationMs)}"`;
      if (r.passed) {
        lines.push(`${open}/>`);
        continue;
      }
      const first = r.failures[0];
      const body = [...r.failures.map((f) => `${r.file}:${f.line}: ${f.message}`), '', r.diff].join('\n');
      lines.push(`${open}>`);
      lines.push(`      <failure message="${escapeXml(first ? `${r.file}:${first.line}: ${first.message}` : 'failed')}" type="TranscriptMismatch">${escapeXml(body)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
