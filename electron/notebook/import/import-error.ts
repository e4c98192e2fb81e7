// The one error an importer throws for bad input: its message is a sentence an analyst can
// read in the import summary, naming the file and saying why it was refused.
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    /** The file (or URL) as the analyst knows it. */
    readonly fileName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `“name”`: how every import message quotes the file. */
export const quoted = (fileName: string) => `“${fileName}”`;

/** The message for a file Dossier does not read at all: `“x” is not a document Dossier can read: <why>.` */
export function notReadable(fileName: string, why: string): ImportError {
  return new ImportError(
    fileName,
    `${quoted(fileName)} is not a document Dossier can read: ${why}.`,
  );
}
