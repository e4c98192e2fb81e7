// The native menu: File (import files, a folder or a web address; export; quit), Edit, View,
// and the macOS app menu. Import and Export are the renderer's flows (progress, per-file
// status, cancel), so the menu only asks the window to start them.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { sendEvent } from './ipc';

export interface MenuDeps {
  /** The window menu actions apply to: the focused Dossier window, else the main one. */
  getWindow(): BrowserWindow | null;
}

/** The menu template; separate from building so its shape can be checked without a display. */
export function menuTemplate(
  deps: MenuDeps,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'Import Files…',
        accelerator: 'CmdOrCtrl+O',
        click: () => sendEvent(deps.getWindow(), 'menu.import', { what: 'files' }),
      },
      {
        label: 'Import Folder…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => sendEvent(deps.getWindow(), 'menu.import', { what: 'folder' }),
      },
      {
        label: 'Import from Web Address…',
        accelerator: 'CmdOrCtrl+L',
        click: () => sendEvent(deps.getWindow(), 'menu.import', { what: 'url' }),
      },
      { type: 'separator' },
      {
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        // The renderer knows which article is open, so it renders the export and asks to save it.
        click: () => sendEvent(deps.getWindow(), 'menu.export', {}),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      { role: 'toggleDevTools' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
  ];
}

/** Builds the menu and installs it as the application menu. */
export function installMenu(deps: MenuDeps): Menu {
  const menu = Menu.buildFromTemplate(menuTemplate(deps, process.platform));
  Menu.setApplicationMenu(menu);
  return menu;
}
