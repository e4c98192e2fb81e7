// People, organisations and places the sources mention, merged across spellings and aliases.
import { z } from 'zod';
import { Id } from './ids';
import { MAX_ENTITY_ALIASES, MAX_ENTITY_NAME_CHARS } from './limits';
import { Text } from './text-field';

export const EntityKind = z.enum(['person', 'organization', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

export const EntityName = Text('the name', MAX_ENTITY_NAME_CHARS).refine((n) => n.trim() !== '', {
  message: 'the name is empty',
});

export const Entity = z.object({
  name: z.string(),
  kind: EntityKind,
  aliases: z.array(z.string()),
  mentions: z.int().nonnegative(),
  articleIds: z.array(Id),
});
export type Entity = z.infer<typeof Entity>;

/** What the analyst said about an entity: its other names, its kind; kept in the library. */
export const EntityAliasRecord = z.object({
  name: z.string(),
  kind: EntityKind.optional(),
  aliases: z.array(z.string()).max(MAX_ENTITY_ALIASES),
  /** The analyst said this is no entity (a word the recogniser took for a name). */
  ignored: z.boolean().optional(),
});
export type EntityAliasRecord = z.infer<typeof EntityAliasRecord>;

export const EntityMention = z.object({
  articleId: Id,
  articleTitle: z.string(),
  /** UTF-16 offsets of the words in the article text. */
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  /** The words as written (one of the entity's spellings). */
  text: z.string(),
  /** The paragraph around the mention, for context. */
  context: z.string(),
  /** Where that paragraph starts in the article text. */
  contextStart: z.int().nonnegative(),
});
export type EntityMention = z.infer<typeof EntityMention>;

export const EntityNetwork = z.object({
  nodes: z.array(z.object({ name: z.string(), kind: EntityKind, mentions: z.int() })),
  /** Entities mentioned in the same paragraph; weight: in how many paragraphs. */
  links: z.array(z.object({ source: z.string(), target: z.string(), weight: z.int().positive() })),
});
export type EntityNetwork = z.infer<typeof EntityNetwork>;
