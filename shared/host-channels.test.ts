// The host channels' schemas: every one refuses malformed input with a sentence, and they say
// the same as the bridge type the renderer calls them through.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { channels, type DossierBridge } from './bridge';
import { hostChannels, parseHostInput, type HostChannel, type HostOutput } from './host-channels';
import type { Result } from './result';

const malformed: Record<HostChannel, unknown[]> = {
  [channels.saveFile]: [
    undefined,
    { fileName: 'a.md' },
    { fileName: '', mimeType: 'text/markdown', data: 'x' },
    { fileName: 'a.pdf', mimeType: 'application/pdf', data: 'x', encoding: 'hex' },
  ],
  [channels.saveExport]: [{}, { format: 'rtf' }, { format: 'markdown', articleIds: 'a' }],
  [channels.chooseSources]: [undefined, 'file', 'FILES', { what: 'files' }],
  [channels.importChosen]: [undefined, '', 42, ['a.txt'], 'x'.repeat(40_000)],
};

const wellFormed: Record<HostChannel, unknown> = {
  [channels.saveFile]: { fileName: 'notes.md', mimeType: 'text/markdown', data: '# Notes' },
  [channels.saveExport]: { format: 'pdf', order: 'date' },
  [channels.chooseSources]: 'folder',
  [channels.importChosen]: '/home/analyst/Sources/سرحد.pdf',
};

describe('host channels', () => {
  it('cover exactly the four channels the bridge uses outside the contract', () => {
    expect(Object.keys(hostChannels).sort()).toEqual(
      [
        channels.saveFile,
        channels.saveExport,
        channels.chooseSources,
        channels.importChosen,
      ].sort(),
    );
  });

  for (const channel of Object.keys(hostChannels) as HostChannel[]) {
    it(`${channel} refuses malformed input as INVALID_INPUT, naming what is wrong`, () => {
      for (const raw of malformed[channel]) {
        const result = parseHostInput(channel, raw);
        expect(result.ok, JSON.stringify(raw)).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(
          new RegExp(`^${hostChannels[channel].subject.replace(/[()]/g, '\\$&')} is not valid \\(`),
        );
      }
      expect(parseHostInput(channel, wellFormed[channel])).toEqual({
        ok: true,
        value: wellFormed[channel],
      });
    });
  }

  it('match the bridge the renderer calls', () => {
    type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
    expectTypeOf<Answer<DossierBridge['saveFile']>>().toEqualTypeOf<
      Result<HostOutput<'host:saveFile'>>
    >();
    expectTypeOf<Answer<DossierBridge['chooseSources']>>().toEqualTypeOf<
      Result<HostOutput<'host:chooseSources'>>
    >();
    expectTypeOf<Answer<DossierBridge['importChosen']>>().toEqualTypeOf<
      Result<HostOutput<'host:importChosen'>>
    >();
    expectTypeOf<Parameters<DossierBridge['chooseSources']>[0]>().toEqualTypeOf<
      'files' | 'folder'
    >();
  });
});
