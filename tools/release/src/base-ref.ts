// The commit a release compares against: the push's previous tip of main, else the first parent.

/** GitHub sends forty zeros as `before` when a push created the branch. */
const NO_COMMIT = /^0+$/;

export function baseRef(requested: string | undefined): string {
  const ref = requested?.trim();
  return ref && !NO_COMMIT.test(ref) ? ref : "HEAD^";
}
