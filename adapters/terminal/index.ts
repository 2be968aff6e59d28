export { runTerminalChat, TERMINAL_CHANNEL, type TerminalChatOptions } from './terminalChat.ts';
export { renderForTerminal, resolveChoice } from './render.ts';
