/**
 * The machine-level memory of a command: the resident memory of its whole process tree (the
 * build, its Astro processes, Pagefind's binary, worker threads are in-process), sampled every
 * 100 ms from /proc, and the peak of the sum. One process's own peak (GNU time) misses the
 * others alive at the same time.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_KB = 4;

/** Resident kB of `root` and every process below it, now. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces: the fields after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_KB);
      (children.get(parent) ?? children.set(parent, []).get(parent)!).push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface TreeRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak of the whole tree's resident memory, MB. */
  peakTreeMb: number;
}

/** Runs `command` and samples its tree's memory until it exits. */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000, peakTreeMb: Math.round(peak / 1024) });
    });
  });
}
