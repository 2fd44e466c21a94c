// Worker entry: Node 20 does not hand `--import tsx` to worker threads, so the TypeScript
// loader is registered here before the worker's own module is loaded.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
