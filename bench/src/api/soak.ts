// The soak: thousands of new-code calls from concurrent clients, with the memory of every process
// of the server sampled as it goes.
import type { Client } from "@modelcontextprotocol/client";
import { executeCode, findCode, walkCode } from "./code.ts";

export interface SoakOptions {
  clients: Client[];
  searches: number;
  executes: number;
  queries: readonly string[];
  /** Resident memory of the server's processes, in MB. */
  rssMb: () => number;
  sampleEvery: number;
  onSample?: (sample: SoakSample) => void;
}

export interface SoakSample {
  calls: number;
  rssMb: number;
  seconds: number;
}

export interface SoakResult {
  calls: number;
  errors: string[];
  samples: SoakSample[];
  seconds: number;
}

type Job = { tool: "search" | "execute"; code: string };

export async function soak(options: SoakOptions): Promise<SoakResult> {
  const jobs = plan(options);
  const errors: string[] = [];
  const samples: SoakSample[] = [];
  const started = performance.now();
  let next = 0;
  let done = 0;
  const sample = () => {
    const entry = {
      calls: done,
      rssMb: options.rssMb(),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    samples.push(entry);
    options.onSample?.(entry);
  };
  sample();
  await Promise.all(
    options.clients.map(async (client) => {
      while (next < jobs.length) {
        const job = jobs[next++] as Job;
        try {
          const result = await client.callTool({ name: job.tool, arguments: { code: job.code } });
          if (result.isError)
            errors.push(`${job.tool}: ${JSON.stringify(result.content).slice(0, 300)}`);
        } catch (error) {
          errors.push(`${job.tool}: ${(error as Error).message}`);
        }
        done++;
        if (done % options.sampleEvery === 0) sample();
      }
    }),
  );
  return { calls: done, errors, samples, seconds: (performance.now() - started) / 1000 };
}

/** Searches (half spec.find, half walks) and executes interleaved: search, search, execute, ... */
function plan(options: SoakOptions): Job[] {
  const jobs: Job[] = [];
  let searches = 0;
  let executes = 0;
  while (searches < options.searches || executes < options.executes) {
    const wantExecute =
      executes < options.executes &&
      (searches >= options.searches || executes * options.searches < searches * options.executes);
    if (wantExecute) {
      jobs.push({ tool: "execute", code: executeCode(100_000 + executes++) });
    } else {
      const i = 100_000 + searches++;
      jobs.push({ tool: "search", code: i % 2 === 0 ? findCode(options.queries, i) : walkCode(i) });
    }
  }
  return jobs;
}
