// Two sources dating one event differently are found by the words their sentences share; the
// same words with dates that can both hold, or one source contradicting itself, are not.
import { describe, expect, it } from 'vitest';
import { dateDisagreements, datesAgree } from './date-disagreements';

const event = (articleId: string, date: string, text: string) => ({ articleId, date, text });

describe('dateDisagreements', () => {
  it('pairs two sources telling one event with dates that cannot both hold', () => {
    const found = dateDisagreements([
      event('a', '2023-11', 'The militants unilaterally terminated the truce with the government.'),
      event('b', '2022-11-28', 'Militants terminated their truce with the government on Monday.'),
      event('b', '2024-01', 'Floods closed the northern highway for a week.'),
    ]);
    expect(found).toEqual([[1], [0], []]);
  });

  it('leaves alone dates that can both hold, one source with itself, and unrelated sentences', () => {
    expect(
      dateDisagreements([
        event(
          'a',
          '2023-11',
          'The militants unilaterally terminated the truce with the government.',
        ),
        event('b', '2023-11-28', 'Militants terminated their truce with the government on Monday.'),
        event('a', '2021', 'Militants terminated their truce with the government again.'),
        event('c', '2020-05', 'Traders reopened the border market after long negotiations.'),
      ]),
    ).toEqual([[], [2], [1], []]);
  });

  it('counts the entities two sentences name among the words they share', () => {
    const long = event(
      'a',
      '2023-11',
      'However, the TTP unilaterally terminated the truce in November last year, a few days before the appointment of the new army chief.',
    );
    const short = event(
      'b',
      '2022-11',
      'The TTP terminated the truce in November 2022, and attacks on police followed.',
    );
    expect(dateDisagreements([long, short])).toEqual([[], []]);
    expect(
      dateDisagreements([
        { ...long, entities: ['Tehreek-e-Taliban Pakistan'] },
        { ...short, entities: ['Tehreek-e-Taliban Pakistan'] },
      ]),
    ).toEqual([[1], [0]]);
  });

  it('takes a month as holding its days and a year its months', () => {
    expect(datesAgree('2023-11', '2023-11-14')).toBe(true);
    expect(datesAgree('2023', '2023-02')).toBe(true);
    expect(datesAgree('2023-11', '2022-11')).toBe(false);
  });
});
