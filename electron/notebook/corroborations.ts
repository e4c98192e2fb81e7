// "Confirmed by other sources", backed: a quote linked to the quotes in other articles that
// corroborate it. A link is one pair in the library (either end finds it), so it shows both
// ways and costs one write. A link whose quote was deleted is kept but not shown: undoing the
// delete brings the quote back with its links.
import type { Output, ParsedInput } from '../../shared/contract';
import { NotebookError } from '../../shared/result';
import type { Highlights } from './highlights';
import type { NotebookInternals } from './internals';

export class Corroborations {
  constructor(
    private readonly nb: NotebookInternals,
    private readonly highlights: Highlights,
  ) {}

  /** The quotes linked to `id` as corroborating it, oldest link first. */
  async list({ id }: ParsedInput<'highlights.corroborations'>) {
    const others = await this.nb.serial.run(async () => {
      this.articleOf(id, 'id');
      return (this.nb.library.corroborations ?? [])
        .filter((link) => link.a === id || link.b === id)
        .map((link) => (link.a === id ? link.b : link.a));
    });
    return this.highlights.get(others);
  }

  link({
    id,
    otherId,
  }: ParsedInput<'highlights.corroborate'>): Promise<Output<'highlights.corroborate'>> {
    return this.nb.serial.run(async () => {
      const here = this.articleOf(id, 'id');
      const there = this.articleOf(otherId, 'otherId');
      if (here === there) {
        throw new NotebookError(
          'INVALID_INPUT',
          'otherId: a quote is corroborated by another source: both quotes are in the same article.',
        );
      }
      if (!this.find(id, otherId)) {
        await this.nb.changeLibrary((lib) => {
          lib.corroborations = [
            ...(lib.corroborations ?? []),
            { a: id, b: otherId, createdAt: new Date().toISOString() },
          ];
        });
      }
      return { id, otherId };
    });
  }

  unlink({
    id,
    otherId,
  }: ParsedInput<'highlights.uncorroborate'>): Promise<Output<'highlights.uncorroborate'>> {
    return this.nb.serial.run(async () => {
      if (!this.find(id, otherId)) {
        throw new NotebookError('NOT_FOUND', `Quote ${id} is not linked to quote ${otherId}.`);
      }
      await this.nb.changeLibrary((lib) => {
        lib.corroborations = (lib.corroborations ?? []).filter((link) => !same(link, id, otherId));
      });
      return { id, otherId };
    });
  }

  /** Every link whose two quotes are both in the notebook, for exports. */
  pairs(): Promise<Array<[string, string]>> {
    return this.nb.serial.run(async () =>
      (this.nb.library.corroborations ?? [])
        .filter(
          (l) => this.nb.library.articleOfHighlight(l.a) && this.nb.library.articleOfHighlight(l.b),
        )
        .map((l) => [l.a, l.b] as [string, string]),
    );
  }

  private find(id: string, otherId: string) {
    return (this.nb.library.corroborations ?? []).find((link) => same(link, id, otherId));
  }

  private articleOf(id: string, field: string): string {
    const articleId = this.nb.library.articleOfHighlight(id);
    if (!articleId) throw new NotebookError('NOT_FOUND', `${field}: there is no highlight ${id}.`);
    return articleId;
  }
}

const same = (link: { a: string; b: string }, x: string, y: string) =>
  (link.a === x && link.b === y) || (link.a === y && link.b === x);
