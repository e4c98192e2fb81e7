// Article versions and anchoring that does not drift: revising an article's text keeps the
// earlier versions and re-anchors every highlight; orphans can be re-attached; a deleted
// highlight can be put back (undo).
import type { ParsedInput, Output } from '../../shared/contract';
import type { Highlight } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import type { NotebookInternals } from './internals';

export class Revisions {
  constructor(private readonly nb: NotebookInternals) {}

  revise(_input: ParsedInput<'articles.revise'>): Promise<Output<'articles.revise'>> {
    return this.nb.serial.run(async () => notYet('articles.revise'));
  }

  versions(_id: string): Promise<Output<'articles.versions'>> {
    return this.nb.serial.run(async () => notYet('articles.versions'));
  }

  version(_input: ParsedInput<'articles.version'>): Promise<Output<'articles.version'>> {
    return this.nb.serial.run(async () => notYet('articles.version'));
  }

  reattach(_input: ParsedInput<'highlights.reattach'>): Promise<Highlight> {
    return this.nb.serial.run(async () => notYet('highlights.reattach'));
  }

  restore(_highlight: Highlight): Promise<Highlight> {
    return this.nb.serial.run(async () => notYet('highlights.restore'));
  }
}

function notYet(op: string): never {
  throw new NotebookError('INTERNAL', `${op} is not available in this build.`);
}
