// library.journal: the changes to library.json since its last snapshot, one JSON line per
// change, each appended and fsync'd before the change is acknowledged. Replaying the lines over
// the snapshot gives the library as it was last acknowledged; a torn last line is ignored.
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { AchMatrixRecord } from '../../../shared/ach';
import { ArticleSummary, Id, LibraryDoc, Note } from '../../../shared/model';

/** One record: the new value of one keyed part of the library (null: it is gone). */
export const JournalRecord = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('article'),
    id: Id,
    summary: ArticleSummary.nullable(),
    highlightIds: z.array(Id),
  }),
  z.object({ t: z.literal('note'), id: Id, note: Note.nullable() }),
  z.object({ t: z.literal('tags'), tags: LibraryDoc.shape.tags }),
  z.object({ t: z.literal('tagMerges'), tagMerges: z.record(Id, Id) }),
  z.object({ t: z.literal('settings'), settings: LibraryDoc.shape.settings }),
  z.object({
    t: z.literal('corroborations'),
    corroborations: LibraryDoc.shape.corroborations.unwrap(),
  }),
  z.object({ t: z.literal('ach'), id: Id, matrix: AchMatrixRecord.nullable() }),
  z.object({
    t: z.literal('entityAliases'),
    entityAliases: LibraryDoc.shape.entityAliases.unwrap(),
  }),
]);
export type JournalRecord = z.infer<typeof JournalRecord>;

/** One acknowledged change: its records apply together or not at all. */
const JournalLine = z.object({ at: z.string(), records: z.array(JournalRecord) });

export interface ReadJournal {
  changes: JournalRecord[][];
  /** Lines that could not be read: a torn last line is expected after a crash, others are not. */
  unreadable: number;
  tornTail: boolean;
  /** Bytes up to the end of the last complete line: a torn tail after it is cut off at open. */
  goodBytes: number;
}

export async function readJournal(path: string): Promise<ReadJournal> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { changes: [], unreadable: 0, tornTail: false, goodBytes: 0 };
    }
    throw error;
  }
  const lines = raw.split('\n');
  // A complete journal ends with a newline, so the last element is '' unless a write was torn.
  const last = lines.pop() ?? '';
  const changes: JournalRecord[][] = [];
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (parsed) changes.push(parsed);
    else unreadable++;
  }
  let tornTail = false;
  let goodBytes = Buffer.byteLength(raw);
  if (last.trim() !== '') {
    // Written without its newline: complete if it parses, torn otherwise.
    const parsed = parseLine(last);
    if (parsed) changes.push(parsed);
    else {
      tornTail = true;
      goodBytes -= Buffer.byteLength(last);
    }
  }
  return { changes, unreadable, tornTail, goodBytes };
}

function parseLine(line: string): JournalRecord[] | null {
  try {
    const parsed = JournalLine.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data.records : null;
  } catch {
    return null;
  }
}

/** The open journal, appended to and fsync'd once per change. */
export class Journal {
  private handle: FileHandle | null = null;
  private bytes = 0;
  private lines = 0;

  constructor(readonly path: string) {}

  /** `goodBytes`: where the complete lines end (see ReadJournal); a torn tail is cut off. */
  async open(goodBytes?: number): Promise<void> {
    this.handle = await open(this.path, 'a+');
    this.bytes = (await stat(this.path)).size;
    if (goodBytes !== undefined && goodBytes < this.bytes) {
      await this.handle.truncate(goodBytes);
      await this.handle.sync();
      this.bytes = goodBytes;
    }
    // A last line without its newline must not glue itself to the next one.
    if (this.bytes > 0 && !(await this.endsWithNewline())) await this.write('\n');
  }

  get size(): { bytes: number; lines: number } {
    return { bytes: this.bytes, lines: this.lines };
  }

  async append(records: JournalRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.write(`${JSON.stringify({ at: new Date().toISOString(), records })}\n`);
    this.lines++;
  }

  /** Empties the journal once its changes are in a durable snapshot. */
  async clear(): Promise<void> {
    const handle = this.need();
    await handle.truncate(0);
    await handle.sync();
    this.bytes = 0;
    this.lines = 0;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }

  private async write(text: string): Promise<void> {
    const handle = this.need();
    const { bytesWritten } = await handle.write(text);
    await handle.datasync();
    this.bytes += bytesWritten;
  }

  private async endsWithNewline(): Promise<boolean> {
    const handle = this.need();
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, this.bytes - 1);
    return buffer[0] === 0x0a;
  }

  private need(): FileHandle {
    if (!this.handle) throw new Error('the library journal is not open');
    return this.handle;
  }
}
