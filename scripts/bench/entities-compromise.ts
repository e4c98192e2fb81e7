// compromise's own parser as an entity reader, for the benchmark to measure against.
import nlp from 'compromise';
import { hintOf, NOT_NAMES } from '../../electron/notebook/analysis/entity-readers';
import type { Word } from '../../electron/notebook/analysis/entity-spans';

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

export function compromiseWords(text: string): Word[] {
  const sentences = nlp(text).json({ offset: true, terms: { tags: true, offset: true } }) as Array<{
    terms: CompromiseTerm[];
  }>;
  const words: Word[] = [];
  for (const sentence of sentences) {
    sentence.terms.forEach((term, i) => {
      if (!term.offset || !term.text) return;
      const tags = term.tags ?? [];
      const start = term.offset.start;
      words.push({
        text: text.slice(start, start + term.offset.length),
        start,
        end: start + term.offset.length,
        proper:
          (tags.includes('ProperNoun') || tags.includes('Acronym')) &&
          !NOT_NAMES.some((t) => tags.includes(t)),
        hint: hintOf(tags),
        sentenceStart: i === 0,
      });
    });
  }
  return words;
}
