// Which files Dossier imports: the extensions a folder import takes (others are skipped) and
// the size limit every host applies before reading a file.

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'];

export { MAX_IMPORT_BYTES } from './limits';

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export const isSupported = (name: string): boolean =>
  SUPPORTED_EXTENSIONS.includes(extensionOf(name));
