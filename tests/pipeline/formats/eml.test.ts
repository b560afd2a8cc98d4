import { describe, expect, it } from 'vitest';
import { convertEml } from '../../../src/pipeline/formats/eml';

const enc = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
const HEAD = 'From: "The Provincial Ledger" <ledger@news.example>\nTo: analyst@ministry.example\nDate: Tue, 12 Nov 2024 23:31:09 -0800\n';

describe('convertEml', () => {
  it('prefers the HTML part of multipart/alternative and states subject, date and sender name', () => {
    const html = Buffer.from('<h1>Debt swap</h1><p>First paragraph of the piece.</p><ul><li>one</li><li>two</li></ul><script>x()</script>').toString('base64');
    const result = convertEml(enc(`${HEAD}Subject: Re: Fwd: =?utf-8?Q?Debt_swap?=\nContent-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nplain version\n--b\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${html}\n--b--\n`));
    expect(result.ok && result.text).toBe('# Debt swap\n\nFirst paragraph of the piece.\n\n- one\n- two');
    expect(result.ok && result.stated).toEqual({ title: 'Debt swap', date: '2024-11-12', publisher: 'The Provincial Ledger' });
    expect(result.ok && result.dropped).toEqual({ 'script or style': 1 });
  });

  it('falls back to the plain part, decodes quoted-printable and GB2312, and never states an address', () => {
    const gb = Buffer.from('d6d0b9fa', 'hex'); // 中国 in GB2312
    const qp = [...gb].map((b) => `=${b.toString(16).toUpperCase()}`).join('');
    const result = convertEml(enc(`From: ledger@news.example\nSubject: Note\nContent-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: quoted-printable\n\n${qp} policy =3D note\n`));
    expect(result.ok && result.text.startsWith('中国 policy')).toBe(true);
    expect(result.ok && result.stated.publisher).toBeUndefined();
  });

  it('unwraps a forward of a forward: the innermost header block wins and is cut from the text', () => {
    const body = [
      'FYI, see below.', '', '---------- Forwarded message ---------', 'From: Jane Smith <jane@ministry.example>', 'Date: Mon, 2 Mar 2026 at 09:00', 'Subject: Fwd: Weekly', 'To: Bob <bob@ministry.example>', '',
      'Begin forwarded message:', '', 'From: China Desk Weekly <desk@weekly.example>', 'Subject: China Desk Weekly No. 9', 'Date: 27 February 2026 at 07:00:00 GMT', 'To: jane@ministry.example', '', 'Body of the original briefing.',
    ].join('\n');
    const result = convertEml(enc(`${HEAD}Subject: Fwd: Fwd: Weekly\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`));
    expect(result.ok && result.text.trim()).toBe('Body of the original briefing.');
    expect(result.ok && result.stated).toEqual({ title: 'China Desk Weekly No. 9', date: '2026-02-27', publisher: 'China Desk Weekly' });
    expect(result.ok && result.text).not.toContain('@');
  });

  it('rejects malformed MIME and a message without a body, naming why', () => {
    expect(convertEml(enc(`${HEAD}Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\ntext\n`))).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed MIME/) });
    expect(convertEml(enc('not a mail at all'))).toMatchObject({ ok: false, reason: expect.stringMatching(/not an e-mail/) });
  });

  const htmlMail = (subject: string, from: string, html: string) => convertEml(enc(`From: ${from}\nDate: Wed, 30 Jul 2025 07:15:02 +0100\nSubject: ${subject}\nContent-Type: text/html; charset=utf-8\n\n${html}\n`));

  it('unwraps an Apple Mail forward: the cited original is content, its headings stay headings', () => {
    const html = 'For the slides.<br><div><blockquote type="cite"><div>Begin forwarded message:</div><br><div><b>From: </b>The Tea Leaf Review &lt;noreply@tea.example&gt;</div>'
      + '<div><b>Subject: </b>Childcare subsidy, costed</div><div><b>Date: </b>30 July 2025 at 07:15:02 BST</div><br><div><table><tr><td class="post-title">Childcare subsidy, costed</td></tr>'
      + '<tr><td><p>First paragraph of the original message, long enough to be prose.</p><h2>What it costs</h2><p>About 100 billion yuan.</p></td></tr></table></div></blockquote></div>';
    const result = htmlMail('Fwd: Childcare subsidy, costed', 'Jo <jo@x.example>', html);
    expect(result.ok && result.text).toBe('# Childcare subsidy, costed\n\nFirst paragraph of the original message, long enough to be prose.\n\n## What it costs\n\nAbout 100 billion yuan.');
    expect(result.ok && result.stated).toMatchObject({ title: 'Childcare subsidy, costed', publisher: 'The Tea Leaf Review' });
  });

  it('keeps a cited reply that is not a forward as a quote', () => {
    const result = htmlMail('Re: lunch', 'Jo <jo@x.example>', '<p>Yes.</p><blockquote type="cite"><p>Lunch on Friday?</p></blockquote>');
    expect(result.ok && result.text).toBe('Yes.\n\n> Lunch on Friday?');
  });

  it('takes the body headline over a subject with a series label, and strips a label the sender confirms', () => {
    const compass = htmlMail('China Trade Compass #52: Gallium, germanium and antimony', '"China Trade Compass" <n@x.example>',
      '<p>View this email in your browser</p><h1>Gallium, germanium and antimony: Beijing draws a line</h1><p><strong>Our read:</strong> the notice turns a licensing regime into a ban.</p>');
    expect(compass.ok && compass.stated.title).toBe('Gallium, germanium and antimony: Beijing draws a line');
    // The masthead line above the headline goes; the takeaway label stays on its text's line.
    expect(compass.ok && compass.text).toBe('# Gallium, germanium and antimony: Beijing draws a line\n\nOur read: the notice turns a licensing regime into a ban.');
    const desk = htmlMail('EU-China Desk | Procurement probe and the next HED', '"EU-China Desk" <u@x.example>', '<p><b>EU-CHINA DESK</b></p><p>Dear reader, three files are moving at once this week.</p>');
    expect(desk.ok && desk.stated.title).toBe('Procurement probe and the next HED');
    const plain = htmlMail('Weekly: Procurement probe and the next HED', '"Jo Analyst" <u@x.example>', '<p>Dear reader, three files are moving at once this week.</p>');
    expect(plain.ok && plain.stated.title).toBe('Weekly: Procurement probe and the next HED');
  });

  it('drops a mail gateway\'s tag from the subject and takes the bold line the subject wraps as the headline', () => {
    const alert = htmlMail('[EXTERNAL] Client Alert: China expands its dual-use export control list', '"Kessler Voss" <a@x.example>',
      '<p><b>China expands its dual-use export control list</b></p><p>The Ministry of Commerce has added fifteen US entities to its export control list today.</p>');
    expect(alert.ok && alert.stated.title).toBe('China expands its dual-use export control list');
  });

  it('takes the body headline over a subject that holds its words in an edition label', () => {
    const brief = htmlMail('Weekly Brief | Issue 11 | Consumption plan, Shenzhen data rules, VAT roundtable', '"Benelux Chamber" <n@x.example>',
      '<h1>Weekly Brief: a consumption plan, Shenzhen data rules and the VAT roundtable</h1><p>The General Office of the State Council is expected to publish a plan.</p>');
    expect(brief.ok && brief.stated.title).toBe('Weekly Brief: a consumption plan, Shenzhen data rules and the VAT roundtable');
    // A section heading inside shares few of the subject's words: the subject stays.
    const other = htmlMail('Weekly Brief | Issue 11 | Consumption plan, Shenzhen data rules', '"Benelux Chamber" <n@x.example>', '<h1>Member news</h1><p>Four new members joined the Chamber this month.</p>');
    expect(other.ok && other.stated.title).toBe('Weekly Brief | Issue 11 | Consumption plan, Shenzhen data rules');
  });

  it('prunes share and subscription widgets of e-mail templates by class token', () => {
    const result = htmlMail('Note', '"Fab Notes" <n@x.example>', '<div class="post"><p>The body of the note, long enough to be most of the text of the message.</p></div><div class="subscription-widget"><p>Fab Notes is free today.</p></div>');
    expect(result.ok && result.text).toBe('The body of the note, long enough to be most of the text of the message.');
  });
});
