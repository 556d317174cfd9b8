// Streams each server's output to the terminal with a name prefix, hiding wrangler's start-up chatter.

/** Start-up lines worth keeping: warnings and errors. */
const PROBLEM_LINE = /✘|▲|\[ERROR\]|\[WARNING\]|\berror\b|\bwarn(ing)?\b|uncaught/i;

export interface ServerOutput {
  onLine: (line: string) => void;
  /**
   * The server answered: print the warnings seen while it started, then every line from now on
   * (request logs, the Worker's console output). A server that fails to start never gets here;
   * its start error already quotes its whole output.
   */
  markReady: () => void;
}

export function createServerOutput(options: {
  name: string;
  prefixWidth: number;
  /** Show everything as it comes, start-up banners included (LOCAL_STACK_VERBOSE=1). */
  verbose: boolean;
  /** Path polled to detect readiness; wrangler's log line for that request is noise. */
  readyPath: string;
  write: (text: string) => void;
}): ServerOutput {
  const prefix = `[${options.name}]`.padEnd(options.prefixWidth + 2);
  const print = (line: string) => options.write(`${prefix} ${line}\n`);
  const readinessRequest = `] GET ${options.readyPath} `;
  let ready = false;
  let readinessLogSeen = false;
  const startupProblems: string[] = [];
  return {
    onLine: (line) => {
      if (line.trim() === "") return;
      if (!options.verbose && !readinessLogSeen && line.includes(readinessRequest)) {
        readinessLogSeen = true;
        return;
      }
      if (options.verbose || ready) print(line);
      else if (PROBLEM_LINE.test(line)) startupProblems.push(line);
    },
    markReady: () => {
      ready = true;
      for (const line of startupProblems.splice(0)) print(line);
    },
  };
}
