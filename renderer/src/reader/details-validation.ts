// Checks the article details form with the contract's own schema, and places every problem
// (the renderer's or the host's) beside the field it concerns.
import { contract, type Input } from '../../../shared/contract';

export type DetailsField = 'title' | 'byline' | 'source' | 'publishedAt' | 'url' | 'lang' | 'dir';
export type FieldErrors = Partial<Record<DetailsField, string>>;

const FIELDS: readonly string[] = [
  'title',
  'byline',
  'source',
  'publishedAt',
  'url',
  'lang',
  'dir',
];
const isField = (name: unknown): name is DetailsField =>
  typeof name === 'string' && FIELDS.includes(name);

/** Said in the analyst's words; the schema's own message is kept for anything else. */
const FRIENDLY: FieldErrors = {
  title: 'The title must not be empty.',
  publishedAt: 'Enter a full date, or leave it empty.',
  url: 'Enter a full http:// or https:// address, or leave it empty.',
  lang: 'Use a language tag such as en, ur, ps or fa-AF.',
};

export function validateDetails(changes: Input<'articles.update'>): FieldErrors {
  const parsed = contract['articles.update'].input.safeParse(changes);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isField(field) && !errors[field]) errors[field] = FRIENDLY[field] ?? issue.message;
  }
  return errors;
}

/**
 * The host explains refused input as "articles.update was given invalid input (url: …; lang: …)";
 * each part naming a field goes beside it, the rest is returned as a general message.
 */
export function placeHostError(message: string): { fields: FieldErrors; general: string | null } {
  const inside = /\(([^()]*)\)\.?$/.exec(message)?.[1];
  const fields: FieldErrors = {};
  if (!inside) return { fields, general: message };
  let placed = false;
  for (const part of inside.split('; ')) {
    const match = /^(\w+): (.+)$/.exec(part);
    if (match && isField(match[1])) {
      fields[match[1]] = FRIENDLY[match[1]] ?? match[2]!;
      placed = true;
    }
  }
  return { fields, general: placed ? null : message };
}
