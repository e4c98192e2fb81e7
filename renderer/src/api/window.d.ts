// Declares `window.dossier`, present only when the Electron preload has run.
import type { DossierBridge } from '../../../shared/bridge';

declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

export {};
