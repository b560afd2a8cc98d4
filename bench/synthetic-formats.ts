/**
 * The bench's mixed-format corpus (`npm run bench -- --formats`): a share of the synthetic
 * briefings written as saved e-mails (`.eml`) and saved web pages (`.html`) instead of text, in
 * the shapes the converters meet (multipart/alternative with a quoted-printable or base64 HTML
 * part and a plain part; a CMS page with head, scripts, navigation, share bar and footer), so
 * their ingest throughput can be set beside the text path's. The text of each briefing is the
 * same as its `.txt` would be; only the wrapping differs, so the ratio measures the converters.
 */
import type { SyntheticDoc } from './synthetic-corpus';

/** The formats a synthetic file can be written in. */
export type SyntheticFormat = 'txt' | 'eml' | 'html';

/** Shares of the briefings written as e-mails and pages; the rest stay text. */
export interface FormatShares {
  eml: number;
  html: number;
}

/** mulberry32 again, seeded apart from the corpus's, so choosing formats leaves the texts as they were. */
function prng(seed: number): () => number {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The format of a synthetic file, by its name. */
export function formatOfFile(file: string): SyntheticFormat {
  return file.endsWith('.eml') ? 'eml' : file.endsWith('.html') ? 'html' : 'txt';
}

/**
 * Rewrites about `shares.eml` of `docs` as e-mails and `shares.html` as pages (seeded, so a run
 * is repeatable); groups and series stay, so grouping is scored across formats as well.
 */
export function mixFormats(docs: SyntheticDoc[], seed: number, shares: FormatShares): SyntheticDoc[] {
  const next = prng(seed);
  return docs.map((doc, i) => {
    const roll = next();
    if (roll < shares.eml) return { ...doc, file: doc.file.replace(/\.txt$/, '.eml'), text: asEmail(doc.text, i) };
    if (roll < shares.eml + shares.html) return { ...doc, file: doc.file.replace(/\.txt$/, '.html'), text: asPage(doc.text, i) };
    return doc;
  });
}

/** A heading in the synthetic texts: a short line without a sentence's end. */
function isHeadingLine(line: string): boolean {
  return line.length < 90 && !/[.!?:,]$/.test(line) && line.split(' ').length >= 3;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The text's lines as article markup: headings as `h2`, everything else a paragraph. */
function bodyMarkup(text: string, paragraphClass: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (isHeadingLine(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p class="${paragraphClass}">${escapeHtml(line)}</p>`))
    .join('\n');
}

/** Quoted-printable (RFC 2045): soft line breaks at 76, `=XX` for `=` and non-ASCII bytes. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let encoded = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      encoded += byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte);
    }
    // Soft breaks, never inside an =XX escape.
    while (encoded.length > 75) {
      let cut = 75;
      const escape = encoded.lastIndexOf('=', cut);
      if (escape > cut - 3) cut = escape;
      out.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    out.push(encoded);
  }
  return out.join('\r\n');
}

function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** An Outlook- or newsletter-platform-shaped message: multipart/alternative, plain and HTML parts. */
function asEmail(text: string, i: number): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const subject = (lines.find(isHeadingLine) ?? lines[0] ?? 'Briefing').slice(0, 120);
  const boundary = `----=_Part_${i}_bench`;
  const html = [
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif} h2{font-size:16pt}</style></head>',
    '<body lang="EN-US"><div style="display:none;max-height:0;overflow:hidden">This week in China policy.</div>',
    '<table role="presentation" width="100%"><tr><td><a href="https://example.com/view?e=abc123">View this email in your browser</a></td></tr></table>',
    '<div class="WordSection1">',
    bodyMarkup(text, 'MsoNormal'),
    '</div>',
    '<table role="presentation" width="100%"><tr><td class="footer"><p>You are receiving this email because you subscribed.</p>',
    '<p><a href="https://example.com/unsubscribe?u=abc&amp;id=def">Unsubscribe</a> | <a href="https://example.com/profile?u=abc">Update preferences</a></p></td></tr></table>',
    '</body></html>',
  ].join('\r\n');
  const base64 = i % 3 === 0;
  return [
    'Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.example.org; Mon, 3 Mar 2025 08:00:02 +0000',
    'From: "China Desk" <desk@example.com>',
    'To: analyst@example.org',
    `Subject: ${subject.replace(/[^\x20-\x7e]/g, '?')}`,
    'Date: Mon, 3 Mar 2025 08:00:00 +0000',
    `Message-ID: <bench-${i}@example.com>`,
    'Thread-Index: AdqBench0123456789abcdef==',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(text),
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="utf-8"',
    `Content-Transfer-Encoding: ${base64 ? 'base64' : 'quoted-printable'}`,
    '',
    base64 ? base64Lines(html) : quotedPrintable(html),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A CMS-shaped saved page: head with meta and JSON-LD, scripts, navigation, the article, furniture. */
function asPage(text: string, i: number): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const title = escapeHtml((lines.find(isHeadingLine) ?? lines[0] ?? 'Briefing').slice(0, 120));
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title} | Example Policy Wire</title>`,
    `<meta property="og:title" content="${title}">`,
    '<meta property="og:site_name" content="Example Policy Wire">',
    '<link rel="stylesheet" href="/assets/site.css">',
    '<style>body{font-family:Georgia,serif}.share a{margin:0 4px}</style>',
    '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());</script>',
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title.replace(/"/g, '')}","publisher":{"@type":"Organization","name":"Example Policy Wire"}}</script>`,
    '</head><body class="post-template">',
    '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>',
    '<header class="site-header"><a href="/">Example Policy Wire</a><nav><ul><li><a href="/china">China</a></li><li><a href="/economy">Economy</a></li><li><a href="/trade">Trade</a></li></ul></nav></header>',
    `<main id="content"><article class="post post-${i}">`,
    '<div class="share-bar"><a href="#">Share on X</a><a href="#">Share on LinkedIn</a><a href="#">Email</a></div>',
    bodyMarkup(text, 'body-text'),
    '</article>',
    '<section class="related-posts"><h3>Related</h3><ul><li><a href="/a">Exporters brace for new rules</a></li><li><a href="/b">What the plenum means for banks</a></li></ul></section>',
    '</main>',
    '<footer class="site-footer"><p>© 2025 Example Policy Wire</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>',
    '<script src="/assets/app.js" defer></script>',
    '</body></html>',
    '',
  ].join('\n');
}
