/** The submitted code cannot run: empty, too long, not JavaScript, or not a function. */
export class SandboxCodeError extends Error {
  override name = "SandboxCodeError";
}
