// The import worker thread: parses one hostile source at a time off the main thread, for as
// long as the pool keeps this worker.
import { extractSource } from './extract';
import { poolTask } from './pool-task';

export default poolTask(extractSource);

// Web pages are the commonest source, so a new worker loads their parser while it waits for
// its first job (a replacement usually starts between jobs) instead of during that job.
void import('./html').catch(() => undefined);
