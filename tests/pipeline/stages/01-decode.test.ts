import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/pipeline';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const utf16 = (text: string, bom: number[], littleEndian: boolean) => {
  const out = [...bom];
  for (const unit of text) for (let i = 0; i < unit.length; i++) {
    const code = unit.charCodeAt(i);
    out.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(out);
};

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(bytes('Hello “world”'))).toMatchObject({ ok: true, text: 'Hello “world”', encoding: 'utf-8' });
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'Hello'))).toMatchObject({ ok: true, text: 'Hello' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16('Xi–Putin 会谈\r\nline two', [0xff, 0xfe], true))).toMatchObject({ ok: true, text: 'Xi–Putin 会谈\nline two', encoding: 'utf-16le' });
    expect(decode(utf16('Beijing', [0xfe, 0xff], false))).toMatchObject({ ok: true, text: 'Beijing', encoding: 'utf-16be' });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decode(bytes('a\r\nb\rc\n'))).toMatchObject({ ok: true, text: 'a\nb\nc\n' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(decode(bytes(''))).toEqual({ ok: false, reason: 'file is empty' });
    expect(decode(bytes(' \n\t\r\n '))).toEqual({ ok: false, reason: 'file is empty or contains only whitespace' });
  });

  it('rejects binary files: NUL bytes, a PNG header, control characters', () => {
    expect(decode(bytes('abc', [0], 'def'))).toMatchObject({ ok: false, reason: expect.stringContaining('NUL bytes') });
    expect(decode(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ ok: false, reason: 'file is a PNG image, not text' });
    expect(decode(bytes('%PDF-1.7\n%', [0xe2, 0xe3]))).toEqual({ ok: false, reason: 'file is a PDF document, not text' });
    expect(decode(bytes('PK', [3, 4, 20, 0]))).toMatchObject({ ok: false, reason: expect.stringContaining('ZIP archive') });
    expect(decode(bytes('ab', [1, 2, 3, 4, 5], 'cd'))).toMatchObject({ ok: false, reason: expect.stringContaining('control characters') });
  });

  it('rejects UTF-16 that does not decode (an unpaired surrogate)', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ ok: false, reason: 'file is not valid UTF-16LE text' });
  });

  it('decodes legacy Latin-1 as Windows-1252, with a note', () => {
    const result = decode(bytes('Caf', [0xe9], ' in M', [0xfc], 'nchen'));
    expect(result).toMatchObject({ ok: true, text: 'Café in München', encoding: 'windows-1252' });
    expect(result.ok && result.notes[0]).toContain('not valid UTF-8');
  });

  it('keeps UTF-8 with a few broken bytes as UTF-8, marking each break with U+FFFD and a note', () => {
    const result = decode(bytes('Zürich — “quoted”, then a stray ', [0xff], ' byte'));
    expect(result).toMatchObject({ ok: true, text: 'Zürich — “quoted”, then a stray \ufffd byte', encoding: 'utf-8' });
    expect(result.ok && result.notes).toEqual(['not valid UTF-8 in 1 place; each broken byte sequence is shown as \ufffd']);
  });

  it('rejects a file over the size limit, naming both sizes', () => {
    expect(decode(new Uint8Array(2 * 1024 * 1024).fill(65), 1024 * 1024)).toEqual({ ok: false, reason: 'file is 2.0 MB, over the 1.0 MB limit' });
  });
});

describe('decode: saved e-mails and pages by extension', () => {
  it('sends .eml and .html through their converters, with what they state; .txt never', () => {
    const mail = new TextEncoder().encode('From: "Desk" <d@x.example>\r\nSubject: Fwd: Hello\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<h2>Hello</h2><p>Text.</p>');
    expect(decode(mail, 1e6, 'a.eml')).toMatchObject({ ok: true, text: '## Hello\n\nText.', encoding: 'eml', stated: { title: 'Hello', publisher: 'Desk' } });
    expect(decode(new TextEncoder().encode('<p>x</p>'), 1e6, 'dir/b.HTM')).toMatchObject({ ok: true, text: 'x', encoding: 'html' });
    expect(decode(new TextEncoder().encode('<p>x</p>'), 1e6, 'c.txt')).toMatchObject({ ok: true, text: '<p>x</p>', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]), 1e6, 'd.html')).toMatchObject({ ok: false, reason: 'file is a PNG image, not a web page' });
  });
});
