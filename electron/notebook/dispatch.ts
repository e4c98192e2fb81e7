// The one door into the core for every host: validate input, run the operation, wrap the result.
import { contract, type Operation, type Output, type ParsedInput } from '../../shared/contract';
import { fail, NotebookError, ok, type Result } from '../../shared/result';
import type { Notebook } from './notebook';

type Handlers = { [K in Operation]: (nb: Notebook, input: ParsedInput<K>) => Promise<Output<K>> };

const handlers: Handlers = {
  'articles.list': (nb, input) => nb.listArticles(input),
  'articles.get': (nb, { id }) => nb.getArticle(id),
  'articles.importText': (nb, input) => nb.imports.text(input),
  'articles.import': (nb, { fileName, data, contentType }) =>
    nb.imports.source({ bytes: Buffer.from(data, 'base64'), fileName, contentType }),
  'articles.importUrl': (nb, { url }) => nb.imports.url(url),
  'articles.setBlockRemoved': (nb, input) => nb.setBlockRemoved(input),
  'articles.delete': (nb, { id }) => nb.deleteArticle(id),
  'articles.update': (nb, input) => nb.updateArticle(input),
  'articles.setNote': (nb, input) => nb.setArticleNote(input),
  'highlights.create': (nb, input) => nb.highlights.create(input),
  'highlights.update': (nb, input) => nb.highlights.update(input),
  'highlights.delete': (nb, { id }) => nb.highlights.delete(id),
  'export.render': (nb, input) => nb.exports.render(input),
  'bundle.import': (nb, input) => nb.exports.importBundle(input),
  'articles.revise': (nb, input) => nb.revisions.revise(input),
  'articles.versions': (nb, { id }) => nb.revisions.versions(id),
  'articles.version': (nb, input) => nb.revisions.version(input),
  'highlights.restore': (nb, { highlight, replace }) => nb.revisions.restore(highlight, replace),
  'highlights.reattach': (nb, input) => nb.revisions.reattach(input),
  'highlights.get': (nb, { ids }) => nb.highlights.get(ids),
  'highlights.corroborate': (nb, input) => nb.corroborations.link(input),
  'highlights.uncorroborate': (nb, input) => nb.corroborations.unlink(input),
  'highlights.corroborations': (nb, input) => nb.corroborations.list(input),
  'settings.get': (nb) => nb.settings.get(),
  'settings.update': (nb, { colorMeanings }) => nb.settings.update(colorMeanings),
  'tags.list': (nb) => nb.tags.list(),
  'tags.create': (nb, input) => nb.tags.create(input),
  'tags.update': (nb, input) => nb.tags.update(input),
  'tags.impact': (nb, { id }) => nb.tags.impact(id),
  'tags.merge': (nb, input) => nb.tags.merge(input),
  'tags.delete': (nb, { id }) => nb.tags.delete(id),
  'notes.list': (nb) => nb.notes.list(),
  'notes.create': (nb, input) => nb.notes.create(input),
  'notes.update': (nb, input) => nb.notes.update(input),
  'notes.delete': (nb, { id }) => nb.notes.delete(id),
  'search.query': (nb, input) => nb.search.query(input),
  'search.matches': (nb, input) => nb.search.matches(input),
  'quotations.list': (nb, input) => nb.search.quotations(input),
  'highlights.bulkUpdate': (nb, input) => nb.highlights.bulkUpdate(input),
  'notices.list': async (nb) => nb.listNotices(),
  'notices.dismiss': async (nb, { id }) => nb.dismissNotice(id),
  'ach.list': (nb) => nb.ach.list(),
  'ach.get': (nb, input) => nb.ach.get(input),
  'ach.create': (nb, input) => nb.ach.create(input),
  'ach.update': (nb, input) => nb.ach.update(input),
  'ach.rate': (nb, input) => nb.ach.rate(input),
  'ach.delete': (nb, input) => nb.ach.delete(input),
  'timeline.list': (nb, input) => nb.timeline.list(input),
  'entities.list': (nb) => nb.entities.list(),
  'entities.get': (nb, input) => nb.entities.get(input),
  'entities.setAliases': (nb, input) => nb.entities.setAliases(input),
  'entities.network': (nb, input) => nb.entities.network(input),
  'charts.data': (nb, input) => nb.charts.data(input),
  'charts.render': (nb, input) => nb.charts.render(input),
};

export function isOperation(name: string): name is Operation {
  return Object.hasOwn(contract, name);
}

/** Runs `op` with untrusted `rawInput`. Never throws: every failure becomes a Result. */
export async function dispatch(
  nb: Notebook,
  op: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isOperation(op)) return fail('NOT_FOUND', `There is no operation called "${op}".`);
  const parsed = contract[op].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
      .join('; ');
    return fail('INVALID_INPUT', `${op} was given invalid input (${issues}).`);
  }
  try {
    const handler = handlers[op] as (nb: Notebook, input: unknown) => Promise<unknown>;
    return ok(await handler(nb, parsed.data));
  } catch (error) {
    if (error instanceof NotebookError) return fail(error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL', `${op} failed unexpectedly: ${message}`);
  }
}
