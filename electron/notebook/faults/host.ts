// A notebook in its own process, driven over stdin: each line `{ "id", "op", "input" }` runs
// through dispatch and is answered on stdout with `{ "id", "result" }`. Lock events are printed.
import { createInterface } from 'node:readline';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: host <data folder>');

let notebook: Notebook;
try {
  notebook = await openNotebook({ dataDir });
} catch (error) {
  const { code, message } = error as { code?: string; message: string };
  say({ event: 'refused', code, message });
  process.exit(0);
}
say({ event: 'ready', pid: process.pid });

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'close') break;
  const { id, op, input } = JSON.parse(line) as { id: number; op: string; input: unknown };
  say({ event: 'result', id, result: await dispatch(notebook, op, input) });
}
await notebook.close();
say({ event: 'closed' });
// Stdin stays open on the test's side; once it is let go, nothing of the notebook may keep the
// process alive.
process.stdin.destroy();
