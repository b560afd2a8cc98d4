/**
 * Bytes to text for the parts of an e-mail or a page, by the charset they declare. A declared
 * charset is a claim, not a fact (mail gateways and CMS templates get it wrong), so it is
 * checked against the bytes: a strict decode that fails, or a single-byte charset over bytes
 * that are valid multi-byte UTF-8, falls back to what the bytes are, with a note saying so.
 */

/** Decoded text, the encoding actually used, and a note when that is not what was declared. */
export interface DecodedPart {
  text: string;
  encoding: string;
  note: string | null;
}

/** Encodings tried, in order, when none is declared or the declared one does not fit. */
const SNIFF_ORDER = ['utf-8', 'gb18030', 'big5'] as const;
/** Encodings where every byte sequence decodes: a strict decode never fails, so it proves nothing. */
const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|us-ascii|ascii|latin-?1|cp125\d)$/i;

/** The WHATWG name of a charset label, or null when TextDecoder does not know it. */
export function canonicalCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

/** Decodes `bytes` as `declared` when they fit it, otherwise as what they are (see module comment). */
export function decodeCharset(bytes: Uint8Array, declared?: string | null): DecodedPart {
  const canonical = canonicalCharset(declared);
  const unknown = declared && !canonical ? `charset "${declared}" is not one this tool knows` : null;
  if (canonical && !(SINGLE_BYTE.test(declared!) || canonical === 'windows-1252')) {
    const text = strict(bytes, canonical);
    if (text !== null) return { text, encoding: canonical, note: null };
  }
  if (canonical === 'windows-1252' || (declared && SINGLE_BYTE.test(declared))) {
    // Latin-1 decodes every byte; prefer UTF-8 only when the bytes carry multi-byte sequences.
    const utf8 = /[\u0080-\uffff]/.test(latin1(bytes)) ? strict(bytes, 'utf-8') : null;
    if (utf8 === null) return { text: new TextDecoder(canonical ?? 'windows-1252').decode(bytes), encoding: canonical ?? 'windows-1252', note: null };
    return { text: utf8, encoding: 'utf-8', note: `declared charset ${declared} does not fit the bytes; decoded as UTF-8` };
  }
  for (const encoding of SNIFF_ORDER) {
    const text = strict(bytes, encoding);
    if (text === null) continue;
    const why = unknown ?? (declared ? `declared charset ${declared} does not fit the bytes` : null);
    const silent = !declared && encoding === 'utf-8';
    return { text, encoding, note: silent ? null : `${why ?? 'no charset declared'}; decoded as ${encoding.toUpperCase()}` };
  }
  const why = unknown ?? (declared ? `declared charset ${declared} does not fit the bytes` : 'no charset declared and not UTF-8');
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', note: `${why}; decoded as Windows-1252 (Latin-1)` };
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes as a binary string (one char per byte): how the MIME parser is fed, and read back. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The bytes of a binary string made by `latin1`. */
export function bytesOf(binary: string): Uint8Array {
  return new Uint8Array(Buffer.from(binary, 'latin1'));
}
