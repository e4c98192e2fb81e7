// Article texts for snippets and phrase checks: read straight from the article file (no
// validation: only the text is used, and a file that will not parse goes the repairing way),
// kept in a small cache so typing a query reads each shown article once.
import { readFile } from 'node:fs/promises';
import type { NotebookPaths } from '../store/paths';

const MAX_TEXTS = 256;
const MAX_CHARS = 16_000_000;

export class ArticleTexts {
  private readonly cache = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly paths: NotebookPaths,
    private readonly repairing: (id: string) => Promise<string>,
  ) {}

  async text(id: string): Promise<string> {
    const cached = this.cache.get(id);
    if (cached !== undefined) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const text = await this.read(id);
    this.cache.set(id, text);
    this.chars += text.length;
    for (const [old, oldText] of this.cache) {
      if (this.cache.size <= MAX_TEXTS && this.chars <= MAX_CHARS) break;
      this.cache.delete(old);
      this.chars -= oldText.length;
    }
    return text;
  }

  forget(id: string): void {
    const text = this.cache.get(id);
    if (text === undefined) return;
    this.cache.delete(id);
    this.chars -= text.length;
  }

  private async read(id: string): Promise<string> {
    try {
      const file = JSON.parse(await readFile(this.paths.article(id), 'utf8')) as {
        article?: { text?: unknown };
      };
      if (typeof file.article?.text === 'string') return file.article.text;
    } catch {
      // Falls through to the validating, repairing read.
    }
    return this.repairing(id);
  }
}
