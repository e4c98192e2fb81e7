// Window-wide import: drop files or folders anywhere, paste with Ctrl/Cmd+V, and the progress
// panel for whatever is being imported.
import { DropOverlay } from './drop-overlay';
import type { ImportEngine } from './import-engine';
import { ImportPanel } from './import-panel';
import type { ImportRun } from './import-run';
import { useFileDrop } from './use-file-drop';
import { usePasteImport } from './use-paste-import';

interface Props {
  engine: ImportEngine;
  run: ImportRun | null;
  onOpen: (articleId: string) => void;
}

export function ImportFeedback({ engine, run, onOpen }: Props) {
  const over = useFileDrop((dropped) => engine.addFound(dropped));
  usePasteImport({
    onFiles: (direct) => engine.addFound({ direct }),
    onUrl: (url) => engine.addUrl(url),
    onText: (text) => engine.addText(text),
  });
  return (
    <>
      {run && (
        <ImportPanel
          run={run}
          onOpen={onOpen}
          onCancel={() => engine.cancel()}
          onDismiss={() => engine.dismiss()}
        />
      )}
      {over && <DropOverlay />}
    </>
  );
}
