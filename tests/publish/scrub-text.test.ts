import { describe, expect, it } from 'vitest';
import { isPublicContactAddress } from '../../src/publish/scrub-address';
import { ADDRESS_REMOVED, LINK_REMOVED, scrubText } from '../../src/publish/scrub-text';

describe('isPublicContactAddress', () => {
  it('keeps role mailboxes and treats every other address as a person’s', () => {
    for (const address of ['press@publisher.example', 'info@publisher.example', 'contact@x.org', 'Editors@x.org']) expect(isPublicContactAddress(address)).toBe(true);
    for (const address of ['jane.smith@ministry.example', 'j.doe@publisher.example', 'analyst@x.org', 'desk-7@x.org']) expect(isPublicContactAddress(address)).toBe(false);
  });

  it('does not keep a role mailbox the text says the mail was sent to', () => {
    expect(isPublicContactAddress('info@client.example', 'This email was sent to ')).toBe(false);
  });
});

describe('scrubText', () => {
  it('returns the same string when there is nothing to take out', () => {
    const text = 'Growth slowed to 4.5% in 2025/26; see the table below.';
    expect(scrubText(text)).toBe(text);
  });

  it('takes a forward header’s names and addresses out, even run into one line', () => {
    expect(scrubText('From: Jane Smith <jane.smith@ministry.example.gov> Sent: Monday To: Research <research@firm.example.com>; Ann Lee <a.lee@firm.example.com> Subject: FW: Monitor')).toBe(
      `From: ${ADDRESS_REMOVED} Sent: Monday To: ${ADDRESS_REMOVED} Subject: FW: Monitor`,
    );
    expect(scrubText('Cc: Policy Unit <policy-unit@ministry.example.gov>')).toBe(`Cc: ${ADDRESS_REMOVED}`);
  });

  it('keeps a publisher’s role address and removes personal ones', () => {
    expect(scrubText('Write to press@brief.example.com, or to jane.doe@brief.example.com.')).toBe(`Write to press@brief.example.com, or to ${ADDRESS_REMOVED}.`);
    expect(scrubText('On Sunday Ann Lee <ann.lee@ministry.example.gov> wrote: please circulate.')).toBe(`On Sunday Ann Lee <${ADDRESS_REMOVED}> wrote: please circulate.`);
    expect(scrubText('mailto:jane@x.example.com and mailto:info@x.example.com')).toBe(`${ADDRESS_REMOVED} and info@x.example.com`);
  });

  it('cleans links in place and says where one was removed', () => {
    expect(scrubText('Table: https://www.example.org/t?utm_source=nl&utm_medium=email. More soon.')).toBe('Table: https://www.example.org/t. More soon.');
    expect(scrubText('Background (https://click.example-mail.com/ls/click?upn=u001.Tok-2Fen) here')).toBe(`Background (${LINK_REMOVED}) here`);
    expect(scrubText('Unsubscribe: https://x.list-manage.com/unsubscribe?u=1&id=2&e=3')).toBe(`Unsubscribe: ${LINK_REMOVED}`);
  });
});
