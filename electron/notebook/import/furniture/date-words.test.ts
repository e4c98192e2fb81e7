// The shared date words: every language's months and weekdays read as their numbers, and the
// regexes built from them match whole names, update words and publication words as callers need.
import { describe, expect, it } from 'vitest';
import {
  calendarWords,
  DATE_FILLER,
  DATE_LANGUAGES,
  DATE_WORDS,
  ENGLISH_MONTHS,
  isWeekday,
  MONTH_SOURCE,
  MONTH_WORD_SOURCE,
  MONTHS_BY_NAME,
  monthNumber,
  PUBLISHED_WORDS,
  TIME_ZONE,
  UPDATED_SOURCE,
  UPDATED_WORDS,
  WEEKDAY_WORD_SOURCE,
  weekdayNumber,
} from './date-words';

const monthWord = new RegExp(MONTH_WORD_SOURCE, 'iu');
const weekdayWord = new RegExp(WEEKDAY_WORD_SOURCE, 'iu');

describe('month names', () => {
  it.each(DATE_LANGUAGES)('%s has twelve months that read as 1 to 12', (language) => {
    const { months } = DATE_WORDS[language];
    expect(months).toHaveLength(12);
    months.forEach((forms, i) => {
      expect(forms.length).toBeGreaterThan(0);
      for (const name of forms) {
        expect(name, language).toBe(name.toLowerCase());
        expect(monthNumber(name), name).toBe(i + 1);
      }
    });
  });

  it('gives no name two months', () => {
    const seen = new Map<string, number>();
    for (const language of DATE_LANGUAGES) {
      DATE_WORDS[language].months.forEach((forms, i) => {
        for (const name of forms) {
          expect(seen.get(name) ?? i + 1, `${language} ${name}`).toBe(i + 1);
          seen.set(name, i + 1);
        }
      });
    }
    expect(MONTHS_BY_NAME.size).toBe(seen.size);
  });

  it('reads names in any case, abbreviations with their dot, and nothing else', () => {
    expect(monthNumber('November')).toBe(11);
    expect(monthNumber('NOV.')).toBe(11);
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('Jänner')).toBe(1);
    expect(monthNumber('octobre')).toBe(10);
    expect(monthNumber('outubro')).toBe(10);
    expect(monthNumber('октября')).toBe(10);
    expect(monthNumber('Октябрь')).toBe(10);
    expect(monthNumber('listopada')).toBe(11);
    expect(monthNumber('листопада')).toBe(11);
    expect(monthNumber('KASIM'.toLowerCase())).toBe(11);
    expect(monthNumber('agustus')).toBe(8);
    expect(monthNumber('يونيو')).toBe(6);
    expect(monthNumber('مايو')).toBe(5);
    expect(monthNumber('ژوئن')).toBe(6);
    expect(monthNumber('Mayor')).toBe(0);
    expect(monthNumber('')).toBe(0);
    expect(monthNumber('Monday')).toBe(0);
  });

  it('has the Urdu months', () => {
    const urdu = 'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر'.split(' ');
    expect(urdu.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(DATE_WORDS.ur.months.map(([name]) => name)).toEqual(urdu);
  });

  it('matches a whole month name, the longest one, never inside a longer word', () => {
    for (const text of ['on 5 June 2024', 'Sept. 5', '30. Juli 2018', '25 جون 2024', 'мая']) {
      expect(monthWord.test(text), text).toBe(true);
    }
    for (const text of ['Mayor Khan', 'marching', 'decimal', 'Junction', 'augur', 'октябрьский']) {
      expect(monthWord.test(text), text).toBe(false);
    }
    expect(new RegExp(MONTH_SOURCE, 'iu').exec('September 5')?.[0]).toBe('September');
    expect(new RegExp(MONTH_SOURCE, 'iu').exec('Septembre')?.[0]).toBe('Septembre');
  });

  it('names the months in English for messages', () => {
    expect(ENGLISH_MONTHS).toHaveLength(12);
    expect(ENGLISH_MONTHS[0]).toBe('January');
    expect(ENGLISH_MONTHS[8]).toBe('September');
    expect(ENGLISH_MONTHS[11]).toBe('December');
  });
});

describe('weekday names', () => {
  it.each(DATE_LANGUAGES)('%s has seven weekdays from Monday, or none', (language) => {
    const { weekdays } = DATE_WORDS[language];
    expect([0, 7]).toContain(weekdays.length);
    weekdays.forEach((forms, i) => {
      for (const name of forms) expect(weekdayNumber(name), name).toBe(i + 1);
    });
  });

  it('reads weekdays and their abbreviations in many languages, Urdu among them', () => {
    expect(weekdayNumber('Monday')).toBe(1);
    expect(weekdayNumber('Tues.')).toBe(2);
    expect(weekdayNumber('Saturday')).toBe(6);
    expect(weekdayNumber('Sun')).toBe(7);
    expect(weekdayNumber('sexta-feira')).toBe(5);
    expect(weekdayNumber('Mittwoch')).toBe(3);
    expect(weekdayNumber('воскресенье')).toBe(7);
    const urdu = 'پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار'.split(' ');
    expect(urdu.map(weekdayNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(isWeekday('June')).toBe(false);
    expect(isWeekday('Sunday')).toBe(true);
    expect(weekdayWord.test('منگل 25 جون 2024')).toBe(true);
    expect(weekdayWord.test('Sunny skies')).toBe(false);
  });
});

describe('update and publication words', () => {
  const updated: [string, string][] = [
    ['en', 'Last updated: 19 November 2019'],
    ['en', 'Modified on'],
    ['de', 'Aktualisiert am 30. Juli 2018'],
    ['fr', 'Mis à jour le 3 mai'],
    ['es', 'Actualizado el'],
    ['pt', 'Atualizado em'],
    ['it', 'Aggiornato il'],
    ['nl', 'Bijgewerkt op'],
    ['id', 'Diperbarui'],
    ['ru', 'Обновлено'],
    ['uk', 'Оновлено'],
    ['tr', 'Güncellendi'],
    ['ur', 'اپ ڈیٹ'],
    ['ur', 'اپڈیٹ'],
    ['ar', 'آخر تحديث'],
  ];
  it.each(updated)('%s: %s is an update', (_language, text) => {
    expect(UPDATED_WORDS.test(text)).toBe(true);
  });

  it.each(DATE_LANGUAGES)('%s: every update word matches', (language) => {
    for (const word of DATE_WORDS[language].updated) {
      expect(UPDATED_WORDS.test(word.toUpperCase()), word).toBe(true);
    }
  });

  it.each(DATE_LANGUAGES)('%s: every publication word matches, none as an update', (language) => {
    for (const word of DATE_WORDS[language].published) {
      expect(PUBLISHED_WORDS.test(word), word).toBe(true);
      expect(UPDATED_WORDS.test(word), word).toBe(false);
    }
  });

  it('reads a publication as no update', () => {
    for (const text of ['Published: 25 June 2024', 'Posted on', 'publiziert am', 'شائع', 'نشر']) {
      expect(PUBLISHED_WORDS.test(text), text).toBe(true);
      expect(UPDATED_WORDS.test(text), text).toBe(false);
    }
    expect(UPDATED_WORDS.test('By Amina Khan, June 25, 2024')).toBe(false);
  });

  it('lets a space in a phrase stand for any spacing', () => {
    expect(UPDATED_SOURCE).toContain('mis\\s+à\\s+jour');
    expect(UPDATED_WORDS.test('mis\u00a0à\u00a0jour')).toBe(true);
  });
});

describe('the small words of a date line', () => {
  it('knows time zones by their capitals', () => {
    for (const zone of ['PKT', 'GMT', 'UTC', 'EST', 'CEST', 'AEDT', 'MSK', 'WIB']) {
      expect(TIME_ZONE.test(zone), zone).toBe(true);
    }
    for (const word of ['est', 'Pakistan', 'ABCDT', 'at']) {
      expect(TIME_ZONE.test(word), word).toBe(false);
    }
  });

  it('knows the filler words and a.m./p.m.', () => {
    for (const word of ['at', 'on', 'de', 'às', 'AM', 'p.m.', 'pm', 'hrs']) {
      expect(DATE_FILLER.test(word), word).toBe(true);
    }
    for (const word of ['Khan', 'atom', 'pmx']) expect(DATE_FILLER.test(word), word).toBe(false);
  });
});

describe('calendarWords', () => {
  it('gives the English calendar the entity reader skips, lower case', () => {
    const english = calendarWords(['en']);
    for (const word of ['january', 'jan', 'may', 'sep', 'sept', 'december', 'monday', 'thu']) {
      expect(english.has(word), word).toBe(true);
    }
    expect(english.has('mars')).toBe(false);
    expect(english.has('June')).toBe(false);
  });

  it('gives every language’s calendar by default', () => {
    const all = calendarWords();
    for (const word of ['mars', 'октября', 'جون', 'منگل', 'domingo']) {
      expect(all.has(word), word).toBe(true);
    }
    expect(all.size).toBe(MONTHS_BY_NAME.size + calendarWeekdays());
  });
});

function calendarWeekdays(): number {
  const words = new Set<string>();
  for (const language of DATE_LANGUAGES) {
    for (const forms of DATE_WORDS[language].weekdays) for (const name of forms) words.add(name);
  }
  return words.size;
}
