// A file an export made, as the host hands it to the shell to save.
import { z } from 'zod';

export const ExportResult = z.object({
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  /** The file's content: UTF-8 text, or base64 bytes when `encoding` says so. */
  data: z.string(),
  encoding: z.enum(['utf8', 'base64']).optional(),
});
export type ExportResult = z.infer<typeof ExportResult>;
