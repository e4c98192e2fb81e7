// Date lines as pages print them, in the languages of the corpus, and the lines that only
// mention a date or are not dates at all.
import { describe, expect, it } from 'vitest';
import { findDates, parseDate, parseDateLine, readDateLine } from './dates';

describe('readDateLine', () => {
  it.each([
    ['Tuesday, June 25, 2024', '2024-06-25'],
    ['June 25th, 2024', '2024-06-25'],
    ['Nov. 20, 2019 5:52 AM EST', '2019-11-20'],
    ['Nov 18, 2019 at 9:24 pm ET • 2 min read', '2019-11-18'],
    ['25 June 2024', '2024-06-25'],
    ['Wednesday 20 November 2019 11:42, UK', '2019-11-20'],
    ['18 NOV 2019', '2019-11-18'],
    ['2024-06-25', '2024-06-25'],
    ['2019-11-18T23:30:00Z', '2019-11-18'],
    ['2016.12.01', '2016-12-01'],
    ['18.11.2019', '2019-11-18'],
    ['27/09/2018', '2018-09-27'],
    ['11/13/19 at 4:00 PM EST', '2019-11-13'],
    ['By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT', '2019-11-20'],
    ['Monday November 18, 2019 7:45 am PST by Joe Rossignol', '2019-11-18'],
    ['New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM', '2019-11-19'],
    ['Von Moritz Bachmann publiziert am 30. Juli 2018', '2018-07-30'],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22'],
    ['Posted on Oktober 27, 2015 by Admin', '2015-10-27'],
    ['Текст: Лида Буслаева·11 октября 2018', '2018-10-11'],
    ['منگل 25 جون 2024', '2024-06-25'],
    ['۲۵ جون ۲۰۲۴', '2024-06-25'],
    ['٢٥ يونيو ٢٠٢٤', '2024-06-25'],
    ['2016年12月1日', '2016-12-01'],
    ['기사입력 :[ 2018-08-25 15:24 ]', '2018-08-25'],
  ])('reads %s', (line, date) => {
    expect(readDateLine(line)?.date).toBe(date);
    expect(parseDateLine(line)).toBe(date);
  });

  it('prefers the publication date over the update on one line', () => {
    const line = 'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Wed, Nov 20, 2019';
    expect(readDateLine(line)).toMatchObject({ date: '2019-11-19', label: 'published' });
    expect(readDateLine('Updated 1:39 am EST, Wednesday, November 20, 2019')).toMatchObject({
      date: '2019-11-20',
      label: 'updated',
    });
    expect(readDateLine('First published on November 19, 2019 / 8:16 AM')?.label).toBe('published');
  });

  it('tells a bare date (perhaps a "today" header) from a labelled or signed one', () => {
    expect(readDateLine('Tuesday, June 25, 2024')?.bare).toBe(true);
    expect(readDateLine('25 June 2024, 09:14 PKT')?.bare).toBe(true);
    expect(readDateLine('منگل 25 جون 2024')?.bare).toBe(true);
    expect(readDateLine('Published: 25 June 2024')?.bare).toBe(false);
    expect(readDateLine('By Amina Khan, June 25, 2024')?.bare).toBe(false);
  });

  it('marks a day and month that could be read either way round', () => {
    expect(readDateLine('03/04/2024')).toMatchObject({ date: '2024-04-03', ambiguous: true });
    expect(readDateLine('13/04/2024')).toMatchObject({ date: '2024-04-13', ambiguous: false });
  });

  it.each([
    'The minister said on June 25, 2024 that the talks had failed and would not be resumed soon.',
    'https://example.org/2019/11/18/story.html',
    '— Jane Doe (@janedoe) November 18, 2019',
    'February 30, 2024',
    'Updated Nov 19, 6:55 AM',
    'June 2024',
    'Posted by Admin',
    'Rs 2,024 per month',
    '',
  ])('does not take %j for a date line', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});

describe('findDates and parseDate', () => {
  it('finds every date in a string, in order', () => {
    const found = findDates('From 1 May 2024 to 2024-06-30');
    expect(found.map((d) => d.date)).toEqual(['2024-05-01', '2024-06-30']);
    expect(parseDate('Mon, 18 Nov 2019 23:30:00 GMT')).toBe('2019-11-18');
    expect(parseDate('no date here')).toBeNull();
  });
});
