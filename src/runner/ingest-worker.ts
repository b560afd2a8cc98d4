import { parentPort } from 'node:worker_threads';
import type { FileOutcome, IngestOptions } from '../pipeline';
import type { ListedFile } from './list-folder';
import { parseListedFile } from './parse-listed-file';

/** A chunk of listed files to read and parse, and the answer: their outcomes in the same order. */
export interface WorkRequest {
  chunk: number;
  /** The input folder the files are listed in. */
  dir: string;
  files: ListedFile[];
  options: Pick<IngestOptions, 'rules' | 'maxBytes' | 'ablate'>;
}
export interface WorkResult {
  chunk: number;
  outcomes: FileOutcome[];
  timings: Record<string, number>;
}

parentPort!.on('message', (request: WorkRequest) => {
  const timings: Record<string, number> = {};
  const options = { ...request.options, timings };
  const outcomes = request.files.map((listed) => parseListedFile(request.dir, listed, options));
  // Hand the fingerprints' buffers over instead of copying them.
  const transfer = outcomes.flatMap((o) =>
    o.kind === 'issue' ? [o.fingerprint.shingles.buffer, o.fingerprint.head.buffer, o.fingerprint.signature.buffer, o.fingerprint.headSignature.buffer, ...o.fingerprint.sections.flatMap((s) => [s.shingles.buffer, s.signature.buffer])] : [],
  ) as ArrayBuffer[];
  parentPort!.postMessage({ chunk: request.chunk, outcomes, timings } satisfies WorkResult, [...new Set(transfer)]);
});
