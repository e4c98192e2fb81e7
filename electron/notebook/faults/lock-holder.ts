// A separate process holding a data folder's lock, for the lock's tests: it reports what happens
// to the lock on stdout (JSON lines) and answers `assert` and `release` lines on stdin.
import { createInterface } from 'node:readline';
import { lockDataFolder, type FolderLock } from '../store/lock';

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-holder <data folder>');

let lock: FolderLock;
try {
  lock = await lockDataFolder(dataDir, {
    onLost: (message) => say({ event: 'lost', message }),
    onRegained: () => say({ event: 'regained' }),
  });
} catch (error) {
  const { code, message } = error as { code?: string; message: string };
  say({ event: 'refused', code, message });
  process.exit(0);
}
say({ event: 'locked', pid: process.pid });

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'assert') {
    try {
      lock.assertHeld();
      say({ event: 'assert', ok: true });
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      say({ event: 'assert', ok: false, code, message });
    }
  } else if (line === 'release') {
    await lock.release();
    say({ event: 'released' });
    process.exit(0);
  }
}
