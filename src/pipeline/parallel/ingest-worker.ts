import { parentPort } from 'node:worker_threads';
import { ingestFile, type FileOutcome, type IngestOptions } from '../ingest-file';
import { readListedFile, type ListedFile } from '../read-input';

/** A chunk of listed files to read and parse, and the answer: their outcomes in the same order. */
export interface WorkRequest {
  chunk: number;
  /** The input folder the files are listed in. */
  dir: string;
  files: ListedFile[];
  options: Pick<IngestOptions, 'rules' | 'maxBytes'>;
}
export interface WorkResult {
  chunk: number;
  outcomes: FileOutcome[];
  timings: Record<string, number>;
}

parentPort!.on('message', (request: WorkRequest) => {
  const timings: Record<string, number> = {};
  const outcomes = request.files.map((listed): FileOutcome => {
    const start = performance.now();
    const raw = readListedFile(request.dir, listed, request.options.maxBytes);
    timings.read = (timings.read ?? 0) + performance.now() - start;
    return 'reason' in raw ? { kind: 'rejected', rejection: raw, notes: [] } : ingestFile(raw, { ...request.options, timings });
  });
  // Hand the fingerprints' buffers over instead of copying them.
  const transfer = outcomes.flatMap((o) =>
    o.kind === 'issue' ? [o.fingerprint.shingles.buffer, o.fingerprint.head.buffer, o.fingerprint.signature.buffer, o.fingerprint.headSignature.buffer, ...o.fingerprint.sections.flatMap((s) => [s.shingles.buffer, s.signature.buffer])] : [],
  ) as ArrayBuffer[];
  parentPort!.postMessage({ chunk: request.chunk, outcomes, timings } satisfies WorkResult, [...new Set(transfer)]);
});
