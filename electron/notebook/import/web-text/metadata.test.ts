// The outlet a copied page names in its copyright line, on lines written for these tests.
import { describe, expect, it } from 'vitest';
import { siteFromCopyright } from './metadata';

describe('siteFromCopyright', () => {
  it.each([
    ['© 2031 The Valley Courier. All rights reserved.', 'The Valley Courier'],
    ['Courier Group © Copyright Valley Courier Services, LLC', 'Valley Courier Services'],
    ['© 2031 ValleyWire - All rights reserved', 'ValleyWire'],
    ['© Valley Courier Limited 2031', 'Valley Courier'],
    [
      `© 2031 Valley Press. All rights reserved. Use of this site constitutes acceptance of our terms ${'and more small print '.repeat(12)}`,
      'Valley Press',
    ],
  ])('%s → %s', (line, name) => {
    expect(siteFromCopyright(line)).toBe(name);
  });

  it.each(['All Rights Reserved © 2031', '© 2031', 'Copyright ©'])(
    'names no outlet in "%s"',
    (line) => {
      expect(siteFromCopyright(line)).toBeNull();
    },
  );
});
