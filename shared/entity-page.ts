// An entity's page: the entity, every mention in the sources, every highlight mentioning it.
import { z } from 'zod';
import { Entity, EntityAliasRecord, EntityMention } from './entities';
import { Id } from './ids';
import { HighlightColor } from './model';

/** A highlight whose words mention an entity (or that carries a tag named after it). */
export const EntityHighlight = z.object({
  id: Id,
  articleId: Id,
  articleTitle: z.string(),
  quote: z.string(),
  color: HighlightColor,
  credibility: z.int().min(1).max(6).optional(),
  tagIds: z.array(Id),
});
export type EntityHighlight = z.infer<typeof EntityHighlight>;

export const EntityPage = z.object({
  entity: Entity,
  mentions: z.array(EntityMention),
  highlights: z.array(EntityHighlight),
  /** What the analyst said of it (other names, kind), if anything. */
  stated: EntityAliasRecord.optional(),
});
export type EntityPage = z.infer<typeof EntityPage>;
