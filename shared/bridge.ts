// The shape of `window.dossier`, declared once: the preload builds it, the renderer consumes it.
import type { Result } from './result';
import type { EventName, EventPayload, Input, Operation, Output, ExportResult } from './contract';

export type OperationCalls = {
  [K in Operation]: (input: Input<K>) => Promise<Result<Output<K>>>;
};

export interface DossierBridge {
  call: OperationCalls;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Asks the desktop shell to save a file through the native dialog. */
  saveFile(file: ExportResult): Promise<Result<{ saved: boolean; path?: string }>>;
}

/** IPC channel names used between preload and main. */
export const channels = {
  operation: (op: Operation) => `op:${op}`,
  event: (name: EventName) => `event:${name}`,
  saveFile: 'host:saveFile',
} as const;
