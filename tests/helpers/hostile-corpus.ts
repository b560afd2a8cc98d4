/**
 * The hostile-input corpus: the committed text cases of `tests/fixtures/hostile/` plus the
 * large, binary and file-system cases, generated here rather than committed. Each case states
 * its expected outcome; the ingest and build tests hold the tool to it.
 */
import { chmodSync, cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR } from './pipeline';

/** What must become of one raw file. */
export type Expected =
  | { file: string; outcome: 'issue'; title?: string; note?: RegExp; visible?: string[]; absent?: string[] }
  | { file: string; outcome: 'rejected'; reason: RegExp };

/** Running as root, permissions do not stop a read, so the unreadable case reads fine. */
const ROOT_USER = process.getuid?.() === 0;

export const HOSTILE_CASES: Expected[] = [
  // Generated.
  { file: 'empty.txt', outcome: 'rejected', reason: /file is empty/ },
  { file: 'whitespace-only.txt', outcome: 'rejected', reason: /only whitespace/ },
  { file: 'nul-binary.txt', outcome: 'rejected', reason: /NUL bytes/ },
  { file: 'png-renamed.txt', outcome: 'rejected', reason: /PNG image/ },
  { file: 'huge-20mb.txt', outcome: 'rejected', reason: /20.0 MB, over the 5.0 MB limit/ },
  { file: 'utf16le-bom.txt', outcome: 'issue', title: 'UTF-16 Little Endian Digest', visible: ['北京 and Zürich'] },
  { file: 'utf16be-bom.txt', outcome: 'issue', title: 'UTF-16 Big Endian Digest', visible: ['東京 and Kraków'] },
  { file: 'one-megabyte-line.txt', outcome: 'issue' },
  { file: 'hundred-thousand-lines.txt', outcome: 'issue' },
  { file: 'loop-a.txt', outcome: 'rejected', reason: /looping symbolic link/ },
  { file: 'loop-b.txt', outcome: 'rejected', reason: /looping symbolic link/ },
  ROOT_USER
    ? { file: 'unreadable.txt', outcome: 'issue', title: 'Unreadable Unless Root' }
    : { file: 'unreadable.txt', outcome: 'rejected', reason: /permission denied/ },
  // Generated saved e-mails and pages (issue 17): each is a rejection or note naming the file.
  { file: 'malformed-mime.eml', outcome: 'rejected', reason: /malformed MIME/ },
  { file: 'headers-only.eml', outcome: 'rejected', reason: /e-mail has no text body/ },
  { file: 'attachment-20mb.eml', outcome: 'rejected', reason: /over the 5.0 MB limit/ },
  { file: 'attachment-small.eml', outcome: 'issue', title: 'Attachment Weekly', note: /attachment not included: report\.pdf/ },
  { file: 'lying-charset.eml', outcome: 'issue', note: /declared charset utf-8 does not fit the bytes; decoded as GB18030/, visible: ['国务院常务会议'] },
  { file: 'nested-10000.html', outcome: 'rejected', reason: /nests more than 400 elements deep/ },
  { file: 'empty-divs-10mb.html', outcome: 'rejected', reason: /over the 5.0 MB limit/ },
  { file: 'empty-divs-4mb.html', outcome: 'rejected', reason: /more than 30,000 elements/ },
  { file: 'all-script.html', outcome: 'rejected', reason: /no readable text in the page \(only \d+ script or style\)/ },
  // Committed, in tests/fixtures/hostile/.
  {
    file: 'markup-in-text.txt',
    outcome: 'issue',
    title: 'Markup Watch: what the scrapers pasted',
    // Nothing is lost: the pasted markup is there to read, as text.
    visible: ["<script>alert('pwned-script')</script>", 'onerror="alert(\'pwned-img\')"', "javascript:alert('pwned-link')", '</textarea>', '<!-- a hidden comment -->', '{{ site.secret }}', '${process.env.SECRET}', "import Evil from './evil.mdx'"],
  },
  { file: 'rtl-and-cjk.txt', outcome: 'issue', title: 'Regional Press Digest', visible: ['人民日报', 'صحيفة الخليج', 'עיתון הארץ'] },
  { file: 'emoji-and-combining.txt', outcome: 'issue', title: 'Emoji and Accents Weekly', visible: ['🎉', '👨‍👩‍👧', 'Café', 'naïve', 'Phở'] },
  { file: 'zero-width-and-bidi.txt', outcome: 'issue', title: 'Invisible Characters Review', visible: ['zerowidth spaces', 'txt.exe hidden', 'می‌خواهم'], absent: ['\u202e', '\u200b', '\u2066'] },
  { file: 'mixed-newlines.txt', outcome: 'issue', title: 'Line Endings Monthly', visible: ['Every line must still be read as a line of its own.'] },
  { file: 'latin1.txt', outcome: 'issue', title: 'Café Diplomacy Notes', note: /decoded as Windows-1252/, visible: ['naïve, façade, £100 and °C'] },
  { file: 'invalid-utf8.txt', outcome: 'issue', title: 'Broken Bytes Bulletin', note: /not valid UTF-8 in 3 places/, visible: ['“curly quotes” and Zürich, but a stray \ufffd\ufffd byte pair'] },
  { file: 'sidecar-bad-json.txt', outcome: 'issue', note: /sidecar-bad-json\.meta\.json/ },
  { file: 'sidecar-bad-yaml.txt', outcome: 'issue', note: /sidecar-bad-yaml\.meta\.yaml/ },
  { file: 'sidecar-feb-31.txt', outcome: 'issue', note: /date: not a real calendar date/ },
  { file: 'sidecar-unknown-fields.txt', outcome: 'issue', note: /colour/ },
  { file: 'name with spaces.txt', outcome: 'issue', title: 'Spaces In The File Name' },
  { file: 'unicodé 名前.txt', outcome: 'issue', title: 'Unicode In The File Name' },
  { file: '-leading-dash.txt', outcome: 'issue', title: 'Leading Dash In The File Name' },
  { file: 'same-title-a.txt', outcome: 'issue', title: 'Same Title Weekly' },
  { file: 'same-title-b.txt', outcome: 'issue', title: 'Same Title Weekly' },
];

const bom = (bytes: number[], text: string, littleEndian: boolean) => {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  return Buffer.concat([Buffer.from(bytes), body]);
};
const UTF16_LE = 'UTF-16 Little Endian Digest\r\nGeneva, 2 March 2026\r\n\r\nEncodings\r\nSaved by a Windows tool as UTF-16 with a byte-order mark: 北京 and Zürich must survive.\r\n';
const UTF16_BE = 'UTF-16 Big Endian Digest\r\nTokyo, 1 March 2026\r\n\r\nByte order\r\nAn older Mac export wrote this one big-endian, and 東京 and Kraków must survive it.\r\n';

/** Writes the whole hostile corpus into a new folder and returns it. */
export function writeHostileCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(join(FIXTURES_DIR, 'hostile'), dir, { recursive: true });
  const write = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  write('empty.txt', '');
  write('whitespace-only.txt', ' \t\n\r\n   \n\u00a0\n');
  write('nul-binary.txt', Buffer.concat([Buffer.from('Looks like text at first\n'), Buffer.alloc(64), Buffer.from([0xde, 0xad, 0xbe, 0xef])]));
  write('png-renamed.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(32, 7)]));
  write('huge-20mb.txt', Buffer.alloc(20 * 1024 * 1024, 'A briefing line that goes on and on.\n'));
  write('utf16le-bom.txt', bom([0xff, 0xfe], UTF16_LE, true));
  write('utf16be-bom.txt', bom([0xfe, 0xff], UTF16_BE, false));
  write('one-megabyte-line.txt', `One Megabyte Line\n\n${'word '.repeat(200_000)}\n`);
  write('hundred-thousand-lines.txt', `Hundred Thousand Lines\n\n${Array.from({ length: 100_000 }, (_, i) => `word${i % 97}`).join('\n')}\n`);
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
  write('unreadable.txt', 'Unreadable Unless Root\nBern, 8 March 2026\n\nAccess\nThis file has no read permission for anyone.\n');
  chmodSync(join(dir, 'unreadable.txt'), 0o000);
  writeMailAndPages(write);
  return dir;
}

const MAIL_HEAD = 'From: "Attachment Weekly" <news@weekly.example>\r\nTo: analyst@ministry.example\r\nDate: Mon, 2 Mar 2026 08:00:00 +0000\r\n';
const BODY = 'Attachment Weekly\n\nMarkets\nThe central bank held its policy rate and said it would watch the yuan closely this quarter.\n';

/** The e-mail and page cases: broken MIME, no body, huge and small attachments, a lying charset, deep or padded markup, a page of script. */
function writeMailAndPages(write: (name: string, data: string | Uint8Array) => void): void {
  const multipart = (parts: string, close = true) => `${MAIL_HEAD}Subject: Attachment Weekly\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="xx"\r\n\r\n${parts}${close ? '--xx--\r\n' : ''}`;
  const textPart = `--xx\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${BODY}\r\n`;
  const pdf = (size: number) => `--xx\r\nContent-Type: application/pdf; name="report.pdf"\r\nContent-Disposition: attachment; filename="report.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.alloc(size, 0x25).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`;
  write('malformed-mime.eml', multipart(textPart, false));
  write('headers-only.eml', `${MAIL_HEAD}Subject: Nothing below\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="xx"\r\n\r\n--xx--\r\n`);
  write('attachment-20mb.eml', multipart(textPart + pdf(15 * 1024 * 1024)));
  write('attachment-small.eml', multipart(textPart + pdf(40 * 1024)));
  const gbk = Buffer.from([...Buffer.from('Lying Charset Digest\n\nState Council\nThe '), ...Buffer.from('b9facef1d4bab3a3cef1bbe1d2e9', 'hex'), ...Buffer.from(' met on Friday and approved new rules for the property market and for local debt.\n')]);
  write('lying-charset.eml', Buffer.concat([Buffer.from(`${MAIL_HEAD}Subject: Lying Charset Digest\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`), gbk]));
  write('nested-10000.html', `<html><body>${'<div>'.repeat(10_000)}Deep${'</div>'.repeat(10_000)}</body></html>`);
  write('empty-divs-10mb.html', `<html><body>${'<div></div>'.repeat(1_000_000)}</body></html>`);
  write('empty-divs-4mb.html', `<html><body>${'<div></div>'.repeat(400_000)}</body></html>`);
  write('all-script.html', `<html><head><script>var a = 1;</script><style>p{}</style></head><body><script>document.write('x'.repeat(10))</script></body></html>`);
}
