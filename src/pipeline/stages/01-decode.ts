import { convertFormat, describeDropped, formatOf, type StatedMetadata } from '../formats';
import { DEFAULT_MAX_BYTES } from '../limits';

/** Default largest raw file accepted, in bytes (5 MB); `BRIEFINGS_MAX_BYTES` or an option overrides. */
export { DEFAULT_MAX_BYTES };

/** Share of C0 control characters above which decoded text is treated as binary. */
const MAX_CONTROL_SHARE = 0.01;

/** Decoded text, or why the bytes are not a briefing. */
export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: string;
      notes: string[];
      /** Metadata a saved e-mail or page states in its structure (headers, meta tags); absent for text. */
      stated?: StatedMetadata;
    }
  | { ok: false; reason: string };

/**
 * Bytes to text: UTF-8 (BOM optional), UTF-16 LE/BE with BOM, and as a last resort
 * Windows-1252 for legacy Latin-1 files (with a note). Line endings become LF. A saved e-mail
 * (`.eml`) or page (`.html`, `.htm`), by the extension of `file`, goes through its converter
 * (src/pipeline/formats/) and comes out as text plus the metadata it states; plain text never
 * touches the converters. Never throws: anything that is not text is a rejection with a reason.
 */
export function decode(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, file?: string): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  }
  const format = formatOf(file);
  const attempt = format ? fromFormat(format, bytes) : decodeBytes(bytes);
  if (!attempt.ok) return attempt;
  // Most files have no carriage return at all: a scan for one is cheaper than a replace pass.
  const text = attempt.text.includes('\r') ? attempt.text.replace(/\r\n?/g, '\n') : attempt.text;
  if (text.trim() === '') return { ok: false, reason: 'file is empty or contains only whitespace' };
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, reason: 'file contains control characters: looks like a binary file, not text' };
  }
  return { ...attempt, text };
}

/** A saved e-mail or page through its converter; what it left out is one note, counted by reason. */
function fromFormat(format: NonNullable<ReturnType<typeof formatOf>>, bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  const binary = SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
  if (binary) return { ok: false, reason: `file is a ${binary[0]}, not ${format === 'eml' ? 'an e-mail' : 'a web page'}` };
  const converted = convertFormat(format, bytes);
  if (!converted.ok) return converted;
  const left = describeDropped(converted.dropped);
  const notes = left ? [...converted.notes, `left out before the text: ${left}`] : converted.notes;
  return { ok: true, text: converted.text, encoding: format, notes, stated: converted.stated };
}

function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  if (startsWith(bytes, [0xff, 0xfe])) return strictDecode(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return strictDecode(bytes.subarray(2), 'utf-16be');
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const format = SIGNATURES.find(([, signature]) => startsWith(body, signature));
  if (format) return { ok: false, reason: `file is a ${format[0]}, not text` };
  if (body.includes(0)) {
    return { ok: false, reason: 'file contains NUL bytes: looks like a binary file (or UTF-16 without a byte-order mark)' };
  }
  const utf8 = strictDecode(body, 'utf-8');
  if (utf8.ok) return utf8;
  // UTF-8 with a few broken bytes (a cut-off copy, a bad paste): keep it UTF-8 and show each
  // broken spot as U+FFFD, rather than turning every accent and dash into Latin-1 mojibake.
  const lenient = new TextDecoder('utf-8').decode(body);
  const broken = lenient.match(/\ufffd/g)?.length ?? 0;
  const decoded = lenient.match(/[^\u0000-\u007f\ufffd]/g)?.length ?? 0;
  if (decoded >= broken) {
    const notes = [`not valid UTF-8 in ${broken} place${broken === 1 ? '' : 's'}; each broken byte sequence is shown as \ufffd`];
    return { ok: true, text: lenient, encoding: 'utf-8', notes };
  }
  // Not UTF-8. Old mail exports are often Windows-1252; every byte decodes, so say so.
  const legacy = new TextDecoder('windows-1252').decode(body);
  return { ok: true, text: legacy, encoding: 'windows-1252', notes: ['not valid UTF-8; decoded as Windows-1252 (Latin-1)'] };
}

/** Leading bytes of binary formats people save into a briefings folder by mistake. */
const SIGNATURES: [name: string, signature: number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function strictDecode(bytes: Uint8Array, encoding: string): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding, notes: [] };
  } catch {
    return { ok: false, reason: `file is not valid ${encoding.toUpperCase()} text` };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function controlShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls / text.length;
}

/** The rejection reason for a file over the size limit. */
export function tooLarge(size: number, maxBytes: number): string {
  return `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}
