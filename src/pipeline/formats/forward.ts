/**
 * Unwraps forwarded messages in an e-mail's text. A forward (Gmail's "---------- Forwarded
 * message ---------", Apple Mail's "Begin forwarded message:", Outlook's rule line and
 * `From:/Sent:/To:/Subject:` block) puts the original's headers inline; in a forward of a forward
 * the last such block is the original's. Its subject, date and sender are the briefing's; the
 * forwarders' notes above it and the header blocks themselves (which carry addresses) are cut
 * from the text before the chain sees it, and counted.
 */
import { countDropped } from './types';

const SEPARATOR = /^(?:>\s*)*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transféré|转发的邮件|原始邮件)\s*-{2,}|begin forwarded message:?|_{10,})$/iu;
const FIELD = /^(?:>\s*)*(from|sent|date|to|cc|bcc|subject|reply-to|发件人|发送时间|日期|收件人|抄送|主题)\s*[:：]\s*(.*)$/iu;
/** Field names in other languages, to the English ones `statedFromFields` reads. */
const ALIASES: Record<string, string> = { 发件人: 'from', 发送时间: 'sent', 日期: 'date', 收件人: 'to', 抄送: 'cc', 主题: 'subject' };

/** The text after the innermost forward header block, and that block's fields (none when not a forward). */
export function unwrapForwards(text: string, dropped: Record<string, number>): { text: string; fields: Record<string, string> | null } {
  const lines = text.split('\n');
  const nonBlank = (from: number, to: number) => lines.slice(from, to).filter((line) => line.trim() !== '').length;
  let fields: Record<string, string> | null = null;
  let bodyStart = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const block = headerBlockAt(lines, i);
    if (!block) continue;
    countDropped(dropped, 'forwarding note line', nonBlank(bodyStart, block.start));
    countDropped(dropped, 'forward header line', nonBlank(block.start, block.end));
    fields = block.fields;
    bodyStart = block.end;
    i = block.end - 1;
  }
  if (dropped['forwarding note line'] === 0) delete dropped['forwarding note line'];
  return fields === null ? { text, fields: null } : { text: lines.slice(bodyStart).join('\n'), fields };
}

/**
 * A forward header block starting at line `i`: an optional separator line, then (blank lines
 * allowed) at least two header fields of which one is `From:` and one `Subject:` or a date.
 */
function headerBlockAt(lines: string[], i: number): { start: number; end: number; fields: Record<string, string> } | null {
  let j = i;
  const separated = SEPARATOR.test(lines[j]!.trim());
  if (separated) j += 1;
  const fields: Record<string, string> = {};
  let end = j;
  for (; j < lines.length; j += 1) {
    const line = lines[j]!.trim();
    if (line === '' || line === '>') continue;
    const field = FIELD.exec(line);
    if (!field) break;
    const name = field[1]!.toLowerCase();
    fields[ALIASES[name] ?? name] = field[2]!;
    end = j + 1;
  }
  const names = Object.keys(fields);
  if (!names.includes('from') || names.length < 2) return null;
  if (!separated && !(names.includes('subject') && (names.includes('sent') || names.includes('date')))) return null;
  return { start: i, end, fields };
}
