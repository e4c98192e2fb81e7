// The native menu: its shape, and that its import and export items start the window's flows.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));

const { menuTemplate } = await import('./menu');

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const find = (items: Item[], label: string) => items.find((i) => i.label === label);

function fakeWindow() {
  const send = vi.fn();
  return { send, window: { isDestroyed: () => false, webContents: { send } } };
}

describe('menuTemplate', () => {
  const deps = { getWindow: () => null };

  it('has File (import, export, quit), Edit and View on Windows and Linux', () => {
    const template = menuTemplate(deps, 'win32');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View']);
    const file = submenuOf(template[0]);
    expect(file.map((i) => i.accelerator ?? i.role ?? i.type)).toEqual([
      'CmdOrCtrl+O',
      'CmdOrCtrl+Shift+O',
      'CmdOrCtrl+L',
      'separator',
      'CmdOrCtrl+E',
      'separator',
      'quit',
    ]);
    expect(
      submenuOf(template[1])
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenuOf(template[2]).map((i) => i.role)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut']),
    );
  });

  it('adds the app and window menus on macOS, where File closes the window instead of quitting', () => {
    const template = menuTemplate(deps, 'darwin');
    expect(template[0]!.role).toBe('appMenu');
    expect(template.at(-1)!.role).toBe('windowMenu');
    expect(submenuOf(find(template, '&File')).at(-1)!.role).toBe('close');
  });

  it('Export… asks the focused window to export its article', () => {
    const { send, window } = fakeWindow();
    const template = menuTemplate({ ...deps, getWindow: () => window as never }, 'linux');
    find(submenuOf(template[0]), 'Export…')!.click!(
      undefined as never,
      undefined,
      undefined as never,
    );
    expect(send).toHaveBeenCalledWith('event:menu.export', {});
  });

  it('the import items ask the window to import files, a folder or a web address', () => {
    const { send, window } = fakeWindow();
    const file = submenuOf(menuTemplate({ getWindow: () => window as never }, 'linux')[0]);
    for (const [label, what] of [
      ['Import Files…', 'files'],
      ['Import Folder…', 'folder'],
      ['Import from Web Address…', 'url'],
    ] as const) {
      find(file, label)!.click!(undefined as never, undefined, undefined as never);
      expect(send).toHaveBeenLastCalledWith('event:menu.import', { what });
    }
  });
});
