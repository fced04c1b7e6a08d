import fc from 'fast-check';
import { adfToText, replyText } from '../../../src/domain/intake';
import { doc, p, text } from './fixtures';

describe('adfToText on strings', () => {
  it('turns HTML remnants into lines with entities decoded, and leaves plain text alone', () => {
    expect(adfToText('Approved &amp; ready<br>Go&nbsp;live')).toBe('Approved & ready\nGo\u00a0live');
    expect(adfToText('Jane <jane@acme.example> wrote a < b')).toBe('Jane <jane@acme.example> wrote a < b');
  });

  it('reads ADF given as JSON text', () => {
    expect(adfToText(JSON.stringify(doc(p(text('one')), p(text('two')))))).toBe('one\ntwo');
  });
});

describe('replyText', () => {
  it('keeps what the approver wrote and drops the quoted question and the signature', () => {
    const email = [
      'Yes, go ahead.',
      '',
      'Best regards',
      'David Ellis',
      '',
      'On Wed, Nov 25, 2026 at 10:00 AM Support <support@goeverbright.com> wrote:',
      '> May we push the products live for Sunny Roofs (SS-12)? Please approve or decline.',
    ].join('\n');
    expect(replyText(email)).toBe('Yes, go ahead.');
  });

  it('works on ADF with a blockquote and on HTML with a Gmail quote', () => {
    const adf = doc(p(text('Declined: not licensed in Texas yet')), {
      type: 'blockquote',
      content: [p(text('Please approve'))],
    });
    expect(replyText(adf)).toBe('Declined: not licensed in Texas yet');
    const html =
      '<div dir="ltr">Approved</div><br><div class="gmail_quote"><blockquote>approve or decline?</blockquote></div>';
    expect(replyText(html)).toBe('Approved');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (x) => typeof replyText(x) === 'string'));
  });
});
