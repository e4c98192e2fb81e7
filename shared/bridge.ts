// The shape of `window.dossier`, declared once: the preload builds it, the renderer consumes it.
import type { SaveOutcome } from './host-channels';
import type { Result } from './result';
import type {
  ChosenSources,
  EventName,
  EventPayload,
  ExportResult,
  ImportOutcome,
  Input,
  Operation,
  Output,
} from './contract';

export type OperationCalls = {
  [K in Operation]: (input: Input<K>) => Promise<Result<Output<K>>>;
};

export interface DossierBridge {
  call: OperationCalls;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Asks the desktop shell to save a file through the native dialog. */
  saveFile(file: ExportResult): Promise<Result<SaveOutcome>>;
  /** Renders an export in the main process and saves it through the native dialog. */
  saveExport(input: Input<'export.render'>): Promise<Result<SaveOutcome>>;
  /** Shows the native open dialog for files or a folder (walked for the kinds Dossier reads). */
  chooseSources(what: 'files' | 'folder'): Promise<Result<ChosenSources>>;
  /** Imports one file the user chose in that dialog (a `.dossier` bundle is merged); any other path is refused. */
  importChosen(path: string): Promise<Result<ImportOutcome | Output<'bundle.import'>>>;
}

/** IPC channel names used between preload and main. */
export const channels = {
  operation: (op: Operation) => `op:${op}`,
  event: (name: EventName) => `event:${name}`,
  saveFile: 'host:saveFile',
  saveExport: 'host:saveExport',
  chooseSources: 'host:chooseSources',
  importChosen: 'host:importChosen',
} as const;
