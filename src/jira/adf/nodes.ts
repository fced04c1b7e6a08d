import { z } from 'zod';

// The subset of the Atlassian Document Format the app writes. The schema is the type, and the contract tests
// parse every body we send with it: a node kind we never meant to emit fails the test.

export const adfTextSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(z.strictObject({ type: z.enum(['strong', 'em', 'code']) })).optional(),
});

export const adfMentionSchema = z.strictObject({
  type: z.literal('mention'),
  attrs: z.strictObject({ id: z.string().min(1), text: z.string(), accessLevel: z.literal('') }),
});

export const adfHardBreakSchema = z.strictObject({ type: z.literal('hardBreak') });

export const adfInlineSchema = z.discriminatedUnion('type', [adfTextSchema, adfMentionSchema, adfHardBreakSchema]);

export const adfParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(adfInlineSchema),
});

export const adfListItemSchema = z.strictObject({
  type: z.literal('listItem'),
  content: z.array(adfParagraphSchema).min(1),
});

export const adfBulletListSchema = z.strictObject({
  type: z.literal('bulletList'),
  content: z.array(adfListItemSchema).min(1),
});

export const adfBlockSchema = z.discriminatedUnion('type', [adfParagraphSchema, adfBulletListSchema]);

export const adfDocSchema = z.strictObject({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(adfBlockSchema),
});

export type AdfText = z.infer<typeof adfTextSchema>;
export type AdfMention = z.infer<typeof adfMentionSchema>;
export type AdfInline = z.infer<typeof adfInlineSchema>;
export type AdfParagraph = z.infer<typeof adfParagraphSchema>;
export type AdfBlock = z.infer<typeof adfBlockSchema>;
export type AdfDoc = z.infer<typeof adfDocSchema>;
