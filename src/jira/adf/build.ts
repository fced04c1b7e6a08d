// ADF builders. What users typed (intake values, notes, names) only ever becomes `text` nodes: ADF is a tree,
// not markup, so "@David", "[~accountid:x]", "<a href>", "[link|http://x]" or "**bold**" stay literal text.
// Mentions are made only by `mention()`, from an account id the app resolved itself.
import type { AdfBlock, AdfDoc, AdfInline, AdfMention, AdfParagraph } from './nodes';

// C0/C1 control characters other than tab and newline: invisible, and some break Jira's renderer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Account ids as Jira issues them ("5b10ac8d82e05b22cc7d4ef5", "557058:uuid", "qm:uuid:uuid"). */
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,127}$/;

export type InlinePart = AdfInline | string;

/** User text as inline nodes: control characters dropped, line breaks kept as hardBreak, never marks. */
export function text(value: string, mark?: 'strong' | 'em' | 'code'): AdfInline[] {
  const clean = value.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  const nodes: AdfInline[] = [];
  clean.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'hardBreak' });
    if (line !== '')
      nodes.push(mark ? { type: 'text', text: line, marks: [{ type: mark }] } : { type: 'text', text: line });
  });
  return nodes;
}

/** A real mention node: notifies the user. `displayName` is only the fallback label Jira shows. */
export function mention(accountId: string, displayName: string): AdfMention {
  if (!ACCOUNT_ID.test(accountId)) throw new Error(`Not an account id: ${JSON.stringify(accountId)}`);
  const label = displayName.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return { type: 'mention', attrs: { id: accountId, text: `@${label || accountId}`, accessLevel: '' } };
}

/** A paragraph; plain strings are user text and go through `text()`. */
export function paragraph(...parts: (InlinePart | AdfInline[])[]): AdfParagraph {
  const content = parts.flatMap((part) =>
    typeof part === 'string' ? text(part) : Array.isArray(part) ? part : [part],
  );
  return { type: 'paragraph', content };
}

export function bulletList(items: readonly (InlinePart | AdfInline[])[][]): AdfBlock {
  return {
    type: 'bulletList',
    content: items.map((parts) => ({ type: 'listItem', content: [paragraph(...parts)] })),
  };
}

export function doc(...blocks: AdfBlock[]): AdfDoc {
  return { type: 'doc', version: 1, content: blocks };
}

/** The account ids a document mentions: what a caller can check before posting. */
export function mentionedAccountIds(document: AdfDoc): string[] {
  const ids: string[] = [];
  const visit = (nodes: readonly { type: string; content?: unknown; attrs?: unknown }[]): void => {
    for (const node of nodes) {
      if (node.type === 'mention') ids.push((node as AdfMention).attrs.id);
      if (Array.isArray(node.content)) visit(node.content as { type: string }[]);
    }
  };
  visit(document.content);
  return ids;
}
