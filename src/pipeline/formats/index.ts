/**
 * Formats other than plain text, by file extension: saved e-mails and saved web pages. Each
 * converter turns bytes into the text the chain reads (see types.ts), so every extraction rule
 * of the text path applies to every format. Plain-text files never come here.
 */
import { convertEml } from './eml';
import { convertHtml } from './html';
import type { ConvertResult } from './types';

export type { Converted, ConvertResult, StatedMetadata } from './types';
export { describeDropped } from './types';

/** The formats a raw file can be in, besides plain text. */
export type RawFormat = 'eml' | 'html';

const BY_EXTENSION: Record<string, RawFormat> = { eml: 'eml', html: 'html', htm: 'html' };

/** The format of `file` by its extension; null for plain text (and anything else). */
export function formatOf(file: string | undefined): RawFormat | null {
  const extension = /\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();
  return extension ? BY_EXTENSION[extension] ?? null : null;
}

/** Converts bytes in `format` to the chain's input text; never throws (an internal error is a rejection). */
export function convertFormat(format: RawFormat, bytes: Uint8Array): ConvertResult {
  try {
    return format === 'eml' ? convertEml(bytes) : convertHtml(bytes);
  } catch (error) {
    const reason = error instanceof RangeError ? 'too deeply structured to read' : `could not be read: ${(error as Error).message}`;
    return { ok: false, reason: `${format === 'eml' ? 'e-mail' : 'page'} ${reason}` };
  }
}
