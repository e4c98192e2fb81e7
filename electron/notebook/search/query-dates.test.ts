// The date: filter of the search query language: years, months and days as inclusive
// calendar-day bounds, ranges, strict and loose bounds, and errors naming impossible dates.
import { describe, expect, it } from 'vitest';
import { parseQuery, QueryError } from './query';

/** The message parseQuery fails with (and that it fails with a QueryError). */
function failure(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryError);
    return (error as Error).message;
  }
  throw new Error(`${query} parsed without an error`);
}

describe('parseQuery: dates', () => {
  const date = (value: string) => parseQuery(`date:${value}`);

  it('covers a whole year, month or day', () => {
    expect(date('2024')).toEqual({ type: 'date', from: '2024-01-01', to: '2024-12-31' });
    expect(date('2024-06')).toEqual({ type: 'date', from: '2024-06-01', to: '2024-06-30' });
    expect(date('2024-02')).toEqual({ type: 'date', from: '2024-02-01', to: '2024-02-29' });
    expect(date('2023-02')).toEqual({ type: 'date', from: '2023-02-01', to: '2023-02-28' });
    expect(date('1900-02')).toEqual({ type: 'date', from: '1900-02-01', to: '1900-02-28' });
    expect(date('2024-06-25')).toEqual({ type: 'date', from: '2024-06-25', to: '2024-06-25' });
  });

  it('reads ranges, either side open', () => {
    expect(date('2024-01..2024-06-15')).toEqual({
      type: 'date',
      from: '2024-01-01',
      to: '2024-06-15',
    });
    expect(date('2023..2024')).toEqual({ type: 'date', from: '2023-01-01', to: '2024-12-31' });
    expect(date('..2024-06')).toEqual({ type: 'date', to: '2024-06-30' });
    expect(date('2024-03..')).toEqual({ type: 'date', from: '2024-03-01' });
    expect(date('"2024-03 .. 2024-04"')).toEqual({
      type: 'date',
      from: '2024-03-01',
      to: '2024-04-30',
    });
  });

  it('reads bounds, a strict one moving past the whole year, month or day', () => {
    expect(date('>2024-03-01')).toEqual({ type: 'date', from: '2024-03-02' });
    expect(date('>=2024-03-01')).toEqual({ type: 'date', from: '2024-03-01' });
    expect(date('<2024-03-01')).toEqual({ type: 'date', to: '2024-02-29' });
    expect(date('<=2024-03-01')).toEqual({ type: 'date', to: '2024-03-01' });
    expect(date('<=2024-06')).toEqual({ type: 'date', to: '2024-06-30' });
    expect(date('>2024')).toEqual({ type: 'date', from: '2025-01-01' });
    expect(date('>2024-12')).toEqual({ type: 'date', from: '2025-01-01' });
    expect(date('<2024')).toEqual({ type: 'date', to: '2023-12-31' });
    expect(date('>=2024-06')).toEqual({ type: 'date', from: '2024-06-01' });
    expect(date('<0100-01-01')).toEqual({ type: 'date', to: '0099-12-31' });
  });

  it('refuses impossible dates and backward ranges, naming them', () => {
    expect(failure('date:2024-02-30')).toMatch(/2024-02-30 does not exist.*February 2024 has 29/);
    expect(failure('date:2023-02-29')).toMatch(/2023-02-29 does not exist/);
    expect(failure('date:2024-13')).toMatch(/“date:2024-13”.*no month 13/);
    expect(failure('date:2024-00-10')).toMatch(/no month 00/);
    expect(failure('date:2024-06..2024-01')).toMatch(/ends before it starts/);
    expect(failure('date:yesterday')).toMatch(/“date:yesterday” is not a date/);
    expect(failure('date:24-06')).toMatch(/is not a date/);
    expect(failure('date:..')).toMatch(/at least one side/);
    expect(failure('date:>')).toMatch(/needs a date after “>”/);
    expect(failure('date:>..2024')).toMatch(/is not a date/);
    expect(failure('date:>9999')).toMatch(/no dates after 9999/);
  });
});
