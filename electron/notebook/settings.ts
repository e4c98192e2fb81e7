// Notebook settings the analyst edits: what each highlight colour means.
import type { Settings } from '../../shared/contract';
import { DEFAULT_COLOR_MEANINGS, type HighlightColor } from '../../shared/model';
import type { NotebookInternals } from './internals';

export class SettingsBook {
  constructor(private readonly nb: NotebookInternals) {}

  get(): Promise<Settings> {
    return this.nb.serial.run(async () => this.current());
  }

  update(colorMeanings: Partial<Record<HighlightColor, string>>): Promise<Settings> {
    return this.nb.serial.run(async () => {
      await this.nb.changeLibrary((lib) => {
        lib.settings.colorMeanings = { ...lib.settings.colorMeanings, ...colorMeanings };
      });
      return this.current();
    });
  }

  private current(): Settings {
    return {
      colorMeanings: { ...DEFAULT_COLOR_MEANINGS, ...this.nb.library.settings.colorMeanings },
    };
  }
}
