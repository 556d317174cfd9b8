/**
 * Collects the stop functions of everything a run started and calls them once, newest first
 * (proxies before the apps behind them, apps before the emulator they call).
 */
export class Teardown {
  #steps: { label: string; stop: () => Promise<void> }[] = [];
  #running: Promise<void> | undefined;

  add(label: string, stop: () => Promise<void>): void {
    if (this.#running) {
      // Something finished starting after teardown began: stop it right away.
      void stop().catch(() => undefined);
      return;
    }
    this.#steps.push({ label, stop });
  }

  /** Runs every step even when some fail; safe to call more than once. */
  run(): Promise<void> {
    this.#running ??= (async () => {
      for (const { label, stop } of this.#steps.reverse()) {
        try {
          await stop();
        } catch (error) {
          console.error(`conformance: stopping ${label} failed: ${String(error)}`);
        }
      }
    })();
    return this.#running;
  }
}
