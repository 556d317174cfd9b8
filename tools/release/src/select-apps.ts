// Which apps a release deploys: those whose package.json version differs from the previous commit.

/** Folder name under apps/ -> version, or undefined when the app did not exist then. */
export type AppVersions = ReadonlyMap<string, string | undefined>;

export interface AppRelease {
  app: string;
  /** Version at the base commit; undefined for an app that is new since then. */
  from: string | undefined;
  to: string;
}

/**
 * Apps to deploy, sorted by name: every current app whose version moved since `previous`
 * (an app new since then counts, its first version has never been deployed). Removed apps are
 * not deployed; deleting their Worker is left to a person.
 */
export function selectReleases(current: AppVersions, previous: AppVersions): AppRelease[] {
  const releases: AppRelease[] = [];
  for (const [app, to] of current) {
    if (to === undefined) continue;
    const from = previous.get(app);
    if (from !== to) releases.push({ app, from, to });
  }
  return releases.sort((a, b) => a.app.localeCompare(b.app));
}
