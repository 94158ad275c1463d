// The bots' commands, in Vietnamese and English spellings, and how a message is read as one.

export type TiplineCommand = 'start' | 'status' | 'latest';

/** Every spelling a command answers to (Telegram lowercases nothing: compared lowercased here). */
const SPELLINGS: Record<string, TiplineCommand> = {
  start: 'start',
  help: 'start',
  batdau: 'start',
  huongdan: 'start',
  trangthai: 'status',
  status: 'status',
  tinmoi: 'latest',
  latest: 'latest',
};

export type ParsedCommand = { command: TiplineCommand | null; name: string; addressedTo: string | null; argument: string };

/**
 * `/trangthai@lantoa_bot LT-7K3M-9QXA` as its parts; null when the message is not a command.
 * `command` is null for a command the bot does not know.
 */
export function parseCommand(text: string): ParsedCommand | null {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m?.[1]) return null;
  const name = m[1].toLowerCase();
  return { command: SPELLINGS[name] ?? null, name, addressedTo: m[2] ?? null, argument: (m[3] ?? '').trim() };
}
