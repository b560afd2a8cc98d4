/**
 * A second lane for indexing shards: a child process with its own Pagefind service (one
 * service indexes one shard at a time, so two processes are what use two cores). It takes
 * jobs from its parent (shard-lanes.ts) and answers each with the shard's files or an error.
 */
import * as pagefind from 'pagefind';
import { indexShard } from './pagefind-shard';
import type { ShardJob, ShardReply } from './shard-lanes';

const reply = (message: ShardReply) => process.send!(message);

process.on('message', (job: ShardJob) => {
  indexShard(job.siteDir, job.language, job.pages, job.key).then(
    (bundle) => reply({ key: job.key, files: [...bundle.entries()] }),
    (error: Error) => reply({ key: job.key, error: error.message }),
  );
});

// The parent is done (or gone): stop the Pagefind service so the process can end.
process.on('disconnect', () => {
  void pagefind.close().finally(() => process.exit(0));
});
