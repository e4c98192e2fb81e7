// The desktop's four channels outside the contract (native save and open dialogs, chosen files):
// each one's input and answer as schemas, so the main process checks them as dispatch checks
// contract inputs.
import { z } from 'zod';
import { channels } from './bridge';
import { ChosenSources, ExportResult, ImportOutcome, SkippedArticle, contract } from './contract';
import { fail, ok, type Result } from './result';

/** What saving through the native dialog did; a cancelled dialog saved nothing. */
export const SaveOutcome = z.object({
  saved: z.boolean(),
  path: z.string().optional(),
  /** Articles an export could not include (missing or damaged files), and why. */
  skipped: z.array(SkippedArticle).optional(),
});
export type SaveOutcome = z.infer<typeof SaveOutcome>;

export const hostChannels = {
  [channels.saveFile]: {
    /** Said in an INVALID_INPUT message: "<subject> is not valid (...)". */
    subject: 'The file to save',
    input: ExportResult,
    output: SaveOutcome,
  },
  [channels.saveExport]: {
    subject: 'The export to save',
    input: contract['export.render'].input,
    output: SaveOutcome,
  },
  [channels.chooseSources]: {
    subject: 'What to import ("files" or "folder")',
    input: z.enum(['files', 'folder']),
    output: ChosenSources,
  },
  [channels.importChosen]: {
    subject: 'The chosen file',
    // Long enough for any real path on Windows, macOS or Linux.
    input: z.string().min(1, 'no path was given').max(32_767),
    output: z.union([ImportOutcome, contract['bundle.import'].output]),
  },
} as const;

export type HostChannel = keyof typeof hostChannels;
export type HostInput<C extends HostChannel> = z.output<(typeof hostChannels)[C]['input']>;
export type HostOutput<C extends HostChannel> = z.output<(typeof hostChannels)[C]['output']>;

/** Checks what a renderer sent on a host channel; a bad payload is INVALID_INPUT, naming each problem. */
export function parseHostInput<C extends HostChannel>(
  channel: C,
  raw: unknown,
): Result<HostInput<C>> {
  const { subject, input } = hostChannels[channel];
  const parsed = input.safeParse(raw);
  if (parsed.success) return ok(parsed.data as HostInput<C>);
  const issues = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
  return fail('INVALID_INPUT', `${subject} is not valid (${issues}).`);
}
