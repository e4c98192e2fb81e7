// Tag paths (`Actors/TTP`) compared as the codebook compares them: case does not make a new
// tag, and a tag's family is the tag and every tag below it. One rule for core and renderer.

// What `localeCompare(b, undefined, { sensitivity: 'accent' })` uses, made once: counting the
// codebook compares every tag with every path.
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });

/** Whether two paths name the same tag (case and spacing of letters aside, accents not). */
export const sameTagPath = (a: string, b: string): boolean => collator.compare(a, b) === 0;

/** Whether `path` lies strictly below `parent`. */
export const isBelowTag = (path: string, parent: string): boolean =>
  path.length > parent.length + 1 &&
  path[parent.length] === '/' &&
  sameTagPath(path.slice(0, parent.length), parent);

/** Whether `path` is `parent` itself or a tag below it. */
export const isWithinTag = (path: string, parent: string): boolean =>
  sameTagPath(path, parent) || isBelowTag(path, parent);

/** The ids of the tags at `paths` and of every tag below them. */
export function tagFamilyIds(
  tags: readonly { id: string; name: string }[],
  paths: readonly string[],
): Set<string> {
  return new Set(tags.filter((t) => paths.some((p) => isWithinTag(t.name, p))).map((t) => t.id));
}
