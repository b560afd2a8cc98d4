// Worker entry: workers do not inherit tsx's loader, so register it here, then load the
// TypeScript worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
