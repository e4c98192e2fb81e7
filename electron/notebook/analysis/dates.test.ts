// Dates in the text resolved against the article's own date: relative words against several
// article dates, the precision the words carry, bare years, phrases that count from another
// event left out, and the same answer whatever the machine's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { datesIn, sentenceSpans } from './dates';

const found = (text: string, reference: string) =>
  datesIn(text, reference).map(({ date, precision, phrase }) => ({ date, precision, phrase }));

describe('datesIn', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('resolves a month said with its year apart, against the article date', () => {
    const text = 'However, the TTP unilaterally terminated the truce in November last year.';
    expect(found(text, '2024-06-25')).toEqual([
      { date: '2023-11', precision: 'month', phrase: 'November last year' },
    ]);
    expect(found(text, '2019-01-02')).toEqual([
      { date: '2018-11', precision: 'month', phrase: 'November last year' },
    ]);
  });

  it('counts relative days and years back from each article date', () => {
    const text = 'The army said on Tuesday. The attack came two weeks ago. Talks failed last year.';
    // 25 June 2024 was a Tuesday; 7 March 2023 a Tuesday too.
    expect(found(text, '2024-06-27')).toEqual([
      { date: '2024-06-25', precision: 'day', phrase: 'on Tuesday' },
      { date: '2024-06-13', precision: 'day', phrase: 'two weeks ago' },
      { date: '2023', precision: 'year', phrase: 'last year' },
    ]);
    expect(found(text, '2023-03-09')).toEqual([
      { date: '2023-03-07', precision: 'day', phrase: 'on Tuesday' },
      { date: '2023-02-23', precision: 'day', phrase: 'two weeks ago' },
      { date: '2022', precision: 'year', phrase: 'last year' },
    ]);
  });

  it('keeps month-only and year-only precision, and bare years put in time', () => {
    expect(
      found('The group split in 2021. Elections were held in March 2022.', '2024-06-25'),
    ).toEqual([
      { date: '2021', precision: 'year', phrase: '2021' },
      { date: '2022-03', precision: 'month', phrase: 'March 2022' },
    ]);
    expect(found('It was signed on 5 March 2022.', '2024-06-25')).toEqual([
      { date: '2022-03-05', precision: 'day', phrase: 'on 5 March 2022' },
    ]);
    // A number of 2,019 people is not a year; a range of years is not one date.
    expect(found('About 2019 people fled, in 2019-2020 estimates.', '2024-06-25')).toEqual([]);
  });

  it('leaves out phrases that count from another event or count vaguely', () => {
    const text =
      'It ended a few days before the appointment. Fighting resumed two weeks later. ' +
      'Several days ago, nothing.';
    expect(found(text, '2024-06-25')).toEqual([]);
  });

  it('gives the same calendar dates in every time zone', () => {
    const text =
      'On Monday the talks opened. Yesterday they closed. In November last year, a truce.';
    const answers = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Karachi'].map(
      (tz) => {
        process.env.TZ = tz;
        return found(text, '2024-06-25');
      },
    );
    expect(answers[0]).toEqual([
      { date: '2024-06-24', precision: 'day', phrase: 'On Monday' },
      { date: '2024-06-24', precision: 'day', phrase: 'Yesterday' },
      { date: '2023-11', precision: 'month', phrase: 'November last year' },
    ]);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('names the sentence of each date by its offsets in the text', () => {
    const text = 'Talks on hold\n\nThe TTP spoke. It ended the truce in November last year.';
    const [event] = datesIn(text, '2024-06-25');
    expect(text.slice(event!.start, event!.end)).toBe('It ended the truce in November last year.');
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Talks on hold',
      'The TTP spoke.',
      'It ended the truce in November last year.',
    ]);
  });
});
