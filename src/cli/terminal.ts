/**
 * What the CLI prints for people passes through here: plan and data text can hold any character,
 * and a control character reaching a terminal is an instruction to it (`ESC [2J` clears the
 * screen, `ESC ] 0 ; … BEL` retitles the window, others move the cursor or rewrite what an earlier
 * line said). Each is shown as a visible stand-in instead:
 *
 * - C0 controls other than tab and line feed as their Unicode control pictures (ESC as `␛`,
 *   BEL as `␇`, CR as `␍`), one column wide, so a diagnostic's underline still lines up;
 * - DEL as `␡`;
 * - C1 controls (U+0080–U+009F, which have no picture) as `\x9b`-style escapes.
 *
 * The runtime and the statements it returns keep the data exactly; only terminal text changes.
 * JSON output escapes the same characters as `\u001b` (JSON.stringify already does C0), which
 * changes no value. CSV and files written with `--output` are data and are written unchanged.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\x${code.toString(16)}`;
}

/** `text` with every terminal control character but tab and line feed made visible. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, standIn);
}

const JSON_UNESCAPED_CONTROL = /[\u007f-\u009f]/g;

/** JSON text with DEL and the C1 controls written as `\u` escapes (valid JSON, the same values). */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNESCAPED_CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
