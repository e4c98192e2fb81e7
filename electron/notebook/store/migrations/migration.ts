// A numbered step from one library.json format to the next; see migrations/index.ts.
export interface Migration {
  from: number;
  to: number;
  /** What changed, in a phrase, for logs and notices. */
  describe: string;
  /** Takes the parsed JSON of format `from` and returns that of format `to` (not yet validated). */
  migrate(library: Record<string, unknown>): Record<string, unknown>;
}
