// A process that changes a notebook as fast as it can until it is killed. Before each change it
// prints what it is about to do (`begin`), and only once dispatch has answered ok, what was
// saved (`ack`): the killing side checks every `ack` afterwards.
import { createInterface } from 'node:readline';
import { dispatch } from '../dispatch';
import { openNotebook } from '../notebook';
import type { ArticleDetail, ArticleSummary, Highlight, Note, Tag } from '../../../shared/model';
import { HIGHLIGHT_COLORS, randomSource, sentence, type Random } from './random';

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: writer <data folder> <seed>');
const random: Random = randomSource(Number(seedArg ?? 1));

/** Enough articles to spread changes over; importing is slow, so it is rarely chosen after. */
const FEW_ARTICLES = 2;
const MANY_ARTICLES = 12;

// Loading the code takes most of a second: the killing side starts the next writer early and
// lets it open the folder only once the previous one has been checked.
say({ event: 'loaded' });
await new Promise<void>((resolve) => {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line !== 'go') return;
    lines.close();
    resolve();
  });
});
say({ event: 'opening' });
const notebook = await openNotebook({ dataDir });

async function call<T>(op: string, input: unknown): Promise<T> {
  const result = await dispatch(notebook, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

// What is in the notebook now, including changes a killed writer made without saying so.
const texts = new Map<string, string>();
const highlights = new Map<string, string>();
for (const { id } of await call<ArticleSummary[]>('articles.list', {})) {
  const article = await call<ArticleDetail>('articles.get', { id });
  texts.set(id, article.text);
  for (const h of article.highlights) highlights.set(h.id, id);
}
const notes = (await call<Note[]>('notes.list', {})).map((n) => n.id);
const tags = (await call<Tag[]>('tags.list', {})).map((t) => t.id);
say({ event: 'ready', articles: texts.size, highlights: highlights.size });

type Step = { op: string; input: Record<string, unknown>; shown?: Record<string, unknown> };

function nextStep(): Step {
  const articleIds = [...texts.keys()];
  const highlightIds = [...highlights.keys()];
  const roll = random.next();
  if (articleIds.length < FEW_ARTICLES || (articleIds.length < MANY_ARTICLES && roll < 0.02)) {
    const marker = `marker-${random.token()}`;
    const paragraphs = Array.from({ length: 4 + random.int(6) }, () => sentence(random, 30));
    const text = [`Report ${marker}`, ...paragraphs, `End of ${marker}.`].join('\n\n');
    return { op: 'articles.importText', input: { text }, shown: { marker } };
  }
  if (highlightIds.length < 3 || roll < 0.3) {
    const articleId = random.pick(articleIds);
    const text = texts.get(articleId)!;
    const start = random.int(Math.max(1, text.length - 60));
    const end = Math.min(text.length, start + 8 + random.int(40));
    return {
      op: 'highlights.create',
      input: { articleId, start, end, color: random.pick(HIGHLIGHT_COLORS) },
    };
  }
  if (roll < 0.55) {
    const input: Record<string, unknown> = { id: random.pick(highlightIds) };
    if (random.next() < 0.6) input.color = random.pick(HIGHLIGHT_COLORS);
    if (random.next() < 0.6 || !input.color) input.note = sentence(random, 12);
    if (tags.length && random.next() < 0.3) {
      input.tagIds = tags.filter(() => random.next() < 0.3).slice(0, 4);
    }
    return { op: 'highlights.update', input };
  }
  if (roll < 0.68) return { op: 'highlights.delete', input: { id: random.pick(highlightIds) } };
  if (roll < 0.74 || notes.length === 0) {
    return {
      op: 'notes.create',
      input: { title: sentence(random, 3), body: sentence(random, 20) },
    };
  }
  if (roll < 0.84) {
    return { op: 'notes.update', input: { id: random.pick(notes), body: sentence(random, 20) } };
  }
  if (roll < 0.96) {
    return {
      op: 'articles.setNote',
      input: { id: random.pick(articleIds), body: sentence(random, 25) },
    };
  }
  return { op: 'tags.create', input: { name: `Faults/t-${random.token()}` } };
}

/** What the check needs to find again: ids and the values this change saved. */
function saved(
  op: string,
  input: Record<string, unknown>,
  value: unknown,
): Record<string, unknown> {
  switch (op) {
    case 'articles.importText': {
      const article = value as ArticleDetail;
      texts.set(article.id, article.text);
      return { id: article.id, text: article.text };
    }
    case 'highlights.create':
    case 'highlights.update': {
      const h = value as Highlight;
      highlights.set(h.id, h.articleId);
      const { id, articleId, color, note, tagIds } = h;
      return { id, articleId, color, note, tagIds, exact: h.quote.exact };
    }
    case 'highlights.delete': {
      const { id } = value as { id: string };
      highlights.delete(id);
      return { id };
    }
    case 'notes.create':
    case 'notes.update': {
      const { id, title, body } = value as Note;
      if (!notes.includes(id)) notes.push(id);
      return { id, title, body };
    }
    case 'tags.create': {
      const { id, name } = value as Tag;
      tags.push(id);
      return { id, name };
    }
    case 'articles.setNote':
      return { id: input.id, body: (value as { body: string }).body };
    default:
      return { value };
  }
}

for (let seq = 1; ; seq++) {
  const { op, input, shown } = nextStep();
  say({ event: 'begin', seq, op, input: shown ?? input });
  const result = await dispatch(notebook, op, input);
  if (!result.ok) {
    say({ event: 'failed', seq, op, input: shown ?? input, error: result.error });
    continue;
  }
  say({ event: 'ack', seq, op, ...saved(op, input, result.value) });
}
