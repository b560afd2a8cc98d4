/**
 * Indexes shards on two lanes at once: this process's Pagefind service and a child process's
 * (shard-worker.ts). A Pagefind service works on one index at a time (two indexes fed to one
 * service at once took 30 s against 17 s for one after the other), so a second process is
 * what puts the second core to work. The child is started only when there are at least two
 * shards to index; one changed shard is indexed here, without the child's start-up (~0.5 s).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import type { Bundle } from './stabilize-pagefind';
import { indexShard } from './pagefind-shard';
import type { ShardPage } from './shard-plan';

export interface ShardJob {
  key: string;
  siteDir: string;
  language: string;
  pages: Pick<ShardPage, 'url' | 'file'>[];
}

export type ShardReply = { key: string; files: [string, Uint8Array][] } | { key: string; error: string };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = fileURLToPath(new URL('./shard-worker.ts', import.meta.url));

/** A child that stopped without answering (not a Pagefind error): its job is done here instead. */
class WorkerGone extends Error {}

/** Each job's bundle, by key. Fails with the first shard's error, after both lanes stop. */
export async function indexShards(jobs: ShardJob[], warn: (message: string) => void = () => undefined): Promise<Map<string, Bundle>> {
  const results = new Map<string, Bundle>();
  const queue = [...jobs];
  const child = jobs.length >= 2 && availableParallelism() >= 2 ? startWorker() : null;
  try {
    const here = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) results.set(job.key, await indexShard(job.siteDir, job.language, job.pages, job.key));
    };
    const there = async (worker: ChildProcess) => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          results.set(job.key, await runOn(worker, job));
        } catch (error) {
          if (!(error instanceof WorkerGone)) throw error;
          // Without its second process the index is slower, not wrong: this lane goes on here.
          warn(`${error.message} Indexing on in one process.`);
          results.set(job.key, await indexShard(job.siteDir, job.language, job.pages, job.key));
          await here();
          return;
        }
      }
    };
    const lanes = [here(), ...(child ? [there(child)] : [])];
    const settled = await Promise.allSettled(lanes);
    const failed = settled.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
    if (failed) throw failed.reason;
    return results;
  } finally {
    child?.disconnect();
  }
}

/** The child lane: TypeScript through tsx (the project's scripts run on it already), with structured-clone messages for the bytes. */
function startWorker(): ChildProcess {
  const worker = fork(WORKER, [], { cwd: ROOT, execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  // A child that cannot start reports it as an exit (handled per job), not as an unhandled error.
  worker.on('error', () => undefined);
  return worker;
}

function runOn(worker: ChildProcess, job: ShardJob): Promise<Bundle> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ShardReply) => {
      if (reply.key !== job.key) return;
      cleanup();
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(new Map(reply.files));
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new WorkerGone(`The search index's second process (src/search/shard-worker.ts, run with tsx) stopped (exit code ${code}) before indexing shard ${job.key}.`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    if (!worker.connected || worker.exitCode !== null) return onExit(worker.exitCode);
    worker.send(job);
  });
}
