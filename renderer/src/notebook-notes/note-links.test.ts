import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/model';
import { backlinksTo, linkedTitles } from './note-links';

const note = (id: string, title: string, body: string): Note =>
  ({
    id,
    title,
    body,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  }) as Note;

describe('links between notes', () => {
  it('reads [[Title]] links, not highlight references nor code', () => {
    const body =
      'See [[Mediation]] and [[ mediation ]], [[highlight:abc-1]], `[[Not a link]]`\n\n```\n[[Nor this]]\n```\nand [[Border trade]].';
    expect(linkedTitles(body)).toEqual(['Mediation', 'Border trade']);
  });

  it('lists the other notes that link to a note, by its title, case aside', () => {
    const target = note('a', 'Mediation', 'no links');
    const notes = [
      target,
      note('b', 'Assessment', 'Rests on [[mediation]].'),
      note('c', 'Other', 'About [[Border trade]].'),
      note('d', 'Self', '[[Self]]'),
    ];
    expect(backlinksTo(target, notes).map((n) => n.id)).toEqual(['b']);
    expect(backlinksTo(notes[3]!, notes)).toEqual([]);
  });
});
