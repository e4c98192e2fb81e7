// For the Word and PDF export tests: a real notebook with an English and an Urdu article,
// highlights with notes, tags and colours (one with emoji), and the export model made from it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../dispatch';
import { openNotebook } from '../notebook';
import type { ExportModel } from './model';
import { readModel } from './plan';

export const EMOJI_QUOTE = 'talks would not resume this year 🙂 Noted';
export const URDU_QUOTE = 'مذاکرات اس سال دوبارہ شروع نہیں ہوں گے';
export const ENGLISH_TEXT = [
  'Talks on hold',
  `Officials said the ${EMOJI_QUOTE}. Others disagreed.`,
  'A second paragraph explains the background of the dispute in some detail.',
].join('\n\n');
export const URDU_TEXT = ['مذاکرات معطل', `حکام نے کہا کہ ${URDU_QUOTE}۔`].join('\n\n');

export async function exportModelFromNotebook(): Promise<ExportModel> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-export-'));
  const nb = await openNotebook({ dataDir });
  const run = async <T>(op: string, input: unknown): Promise<T> => {
    const result = await dispatch(nb, op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value as T;
  };
  try {
    const en = await run<{ id: string; text: string }>('articles.importText', {
      text: ENGLISH_TEXT,
    });
    await run('articles.update', {
      id: en.id,
      source: 'The Daily Record',
      byline: 'A. Writer',
      publishedAt: '2024-06-20',
      url: 'https://example.com/talks',
    });
    await run('articles.setNote', { id: en.id, body: 'Why this matters: **timing**.' });
    const lead = await run<{ id: string }>('tags.create', { name: 'Actors/TTP' });
    const check = await run<{ id: string }>('tags.create', { name: 'check' });
    const at = (text: string, quote: string) => {
      const start = text.indexOf(quote);
      return { start, end: start + quote.length };
    };
    const h1 = await run<{ id: string }>('highlights.create', {
      articleId: en.id,
      ...at(en.text, EMOJI_QUOTE),
      color: 'green',
    });
    await run('highlights.update', {
      id: h1.id,
      note: 'First *check* the **date**.\n\n- one point\n- another point\n\n<b>not html</b>',
      tagIds: [lead.id, check.id],
    });
    await run('highlights.create', { articleId: en.id, ...at(en.text, 'second paragraph') });

    const ur = await run<{ id: string; text: string }>('articles.importText', { text: URDU_TEXT });
    await run('articles.update', { id: ur.id, source: 'روزنامہ', lang: 'ur', dir: 'rtl' });
    const h3 = await run<{ id: string }>('highlights.create', {
      articleId: ur.id,
      ...at(ur.text, URDU_QUOTE),
      color: 'purple',
    });
    await run('highlights.update', { id: h3.id, note: 'Urdu note: یہ اہم ہے', tagIds: [check.id] });
    return await readModel(nb.exports.source, {});
  } finally {
    await nb.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
