// `npm start` after the build: runs the desktop app, or, where Electron's binary was never
// downloaded, the same notebook in the browser host, saying which and why.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The Electron executable, or undefined: require('electron') throws when path.txt is missing. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a child with this terminal, forwards Ctrl+C / kill to it, and exits with its code. */
function runAndExit(command, args, env) {
  const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const entry = electronBinary() ? 'out/main/index.js' : 'out/main/web-server.js';
if (!existsSync(fileURLToPath(new URL(`../${entry}`, import.meta.url)))) {
  console.error(
    `${entry} is missing: build Dossier first with \`npm run build\` (npm start does both).`,
  );
  process.exit(1);
}

const electron = electronBinary();
if (electron) {
  // An inherited ELECTRON_RUN_AS_NODE would turn Electron into plain Node and the app would not open.
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  // The project folder, not a file: Electron then reads package.json "main" and the app path
  // (where seeds/ is found) is the project.
  runAndExit(electron, ['.'], env);
} else {
  console.log(
    "Electron's binary is not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so Dossier is starting in your browser instead.",
  );
  runAndExit(process.execPath, ['out/main/web-server.js'], process.env);
}
