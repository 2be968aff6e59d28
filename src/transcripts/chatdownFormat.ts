/**
 * Chatdown `.chat` files (botbuilder-tools): a header of `user=Name`, `bot=Name`, `channelId=…`, then
 * `user:` / `bot:` (or the names) starting each message, with [Commands] inside. Read as native text:
 * user messages are actions, bot messages the expected replies; [Suggestions=a|b] become choices,
 * hero and thumbnail cards a card title, [Attachment=path type] an attachment check. [Typing],
 * [Delay] and [AttachmentLayout] change nothing a transcript checks. Extra header keys we read:
 * `now=`, `timezone=`, `locale=`.
 */
import type { TranscriptHeader } from './model.ts';
import { DEFAULT_NOW, type Converted } from './botFrameworkFormat.ts';
import { HEADER_DEFAULTS, renderAction, renderHeader, withContinuation } from './nativeFormat.ts';

const CONTENT_TYPE_SHORTCUTS: Record<string, string> = {
  animation: 'application/vnd.microsoft.card.animation',
  audio: 'application/vnd.microsoft.card.audio',
  hero: 'application/vnd.microsoft.card.hero',
  receipt: 'application/vnd.microsoft.card.receipt',
  thumbnail: 'application/vnd.microsoft.card.thumbnail',
  signin: 'application/vnd.microsoft.card.signin',
  video: 'application/vnd.microsoft.card.video',
  adaptivecard: 'application/vnd.microsoft.card.adaptive',
};

const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  pdf: 'application/pdf',
  json: 'application/vnd.microsoft.card.adaptive',
  txt: 'text/plain',
};

interface Message {
  who: 'user' | 'bot';
  line: number;
  body: string[];
}

export function chatdownToNative(text: string, _file: string): Converted {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const settings = new Map<string, string>();
  const names = { user: new Set(['user']), bot: new Set(['bot']) };
  const messages: Message[] = [];
  let current: Message | null = null;
  src.forEach((raw, i) => {
    const speaker = /^\s*([^\s:=[\]][^:=[\]]*?)\s*:\s?(.*)$/.exec(raw);
    const who = speaker ? roleOf(speaker[1]!.trim().toLowerCase()) : null;
    if (speaker && who) {
      current = { who, line: i + 1, body: [speaker[2]!] };
      messages.push(current);
      return;
    }
    const setting = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*)$/.exec(raw);
    if (!current && setting) {
      const key = setting[1]!.toLowerCase();
      settings.set(key, setting[2]!.trim());
      if (key === 'user' || key === 'users') for (const n of setting[2]!.split(',')) names.user.add(n.trim().toLowerCase());
      if (key === 'bot') names.bot.add(setting[2]!.trim().toLowerCase());
      return;
    }
    if (current) (current as Message).body.push(raw);
  });
  function roleOf(name: string): 'user' | 'bot' | null {
    if (names.bot.has(name)) return 'bot';
    if (names.user.has(name)) return 'user';
    return null;
  }

  const out: Converted = { lines: [], origin: [] };
  const emit = (lines: string[], origin: number) => {
    for (const l of lines) {
      out.lines.push(l);
      out.origin.push(origin);
    }
  };
  const header: TranscriptHeader = {
    ...HEADER_DEFAULTS,
    now: settings.get('now') ? new Date(settings.get('now')!).toISOString() : DEFAULT_NOW,
    timeZone: settings.get('timezone') ?? HEADER_DEFAULTS.timeZone,
    locale: settings.get('locale') ?? null,
  };
  emit(renderHeader(header, ['Read from a chatdown file; its bot messages are the expectations.']), 1);

  for (const m of messages) {
    const { text, commands } = splitCommands(m.body.join('\n'));
    if (m.who === 'user') {
      const attachment = commands.find((c) => c.name === 'attachment');
      if (!text && attachment) {
        const [path = 'attachment', type] = attachment.value.split(/\s+/);
        emit(['', ...renderAction({ kind: 'attach', name: path, contentType: contentTypeOf(path, type) })], m.line);
      } else emit(['', ...renderAction({ kind: 'say', text })], m.line);
      continue;
    }
    const lines = withContinuation('bot: ', text);
    for (const c of commands) {
      if (c.name === 'suggestions') lines.push(`  choices: ${c.value.split('|').map((s) => s.trim()).join(' | ')}`);
      else if (c.name === 'herocard' || c.name === 'thumbnailcard') {
        const title = /(?:^|\n)\s*title\s*=\s*(.*)/.exec(c.value)?.[1]?.trim() ?? '';
        lines.push(`  card: ${title}`);
      } else if (c.name === 'attachment') {
        const [path = '', type] = c.value.split(/\s+/);
        lines.push(`  attachment: ${contentTypeOf(path, type)}`);
      }
    }
    emit(lines, m.line);
  }
  return out;
}

/** Splits a message body into its text and its [Commands] (which may span lines). */
function splitCommands(body: string): { text: string; commands: { name: string; value: string }[] } {
  const commands: { name: string; value: string }[] = [];
  const text = body.replace(/\[([A-Za-z]+)\s*(?:[=:]\s*)?([^\]]*)\]/g, (_all, name: string, value: string) => {
    commands.push({ name: name.toLowerCase(), value: value.trim() });
    return '';
  });
  return {
    text: text
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .trim(),
    commands,
  };
}

function contentTypeOf(path: string, type: string | undefined): string {
  const t = type?.replace(/^"|"$/g, '');
  if (t) return CONTENT_TYPE_SHORTCUTS[t.toLowerCase()] ?? t;
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSION_TYPES[ext] ?? 'application/octet-stream';
}
