/**
 * Behaviour switches: places where the emulator can act like either of two real APIs, so a test
 * can check that a server holds against both. Each switch names its choices and its default;
 * `POST /__emulator/behaviour` changes them until the next reset.
 *
 * - `secrets_store.non_empty_store_delete`: the official spec refuses to delete a store that
 *   still holds secrets unless `force=true` (409 `store_not_empty`); an API seen in the wild
 *   deleted it anyway, secrets included (issue #16). `cascade` plays that API.
 * - `secrets_store.patch_value`: the official spec's `patchSecretObject` has `value`; the live
 *   API refuses it with 400 `1001` (see `ERRATA` in src/products/secrets-store/errata.ts).
 */

export const BEHAVIOUR_SWITCHES = {
  "secrets_store.non_empty_store_delete": {
    choices: ["refuse", "cascade"],
    default: "refuse",
  },
  "secrets_store.patch_value": {
    choices: ["accept", "refuse"],
    default: "accept",
  },
} as const satisfies Record<string, { choices: readonly string[]; default: string }>;

export type BehaviourSwitch = keyof typeof BEHAVIOUR_SWITCHES;
export type BehaviourChoice<S extends BehaviourSwitch> =
  (typeof BEHAVIOUR_SWITCHES)[S]["choices"][number];

/** The current choice of every switch. Lives as long as the Durable Object; reset restores it. */
export class Behaviour {
  #choices = new Map<BehaviourSwitch, string>();

  get<S extends BehaviourSwitch>(name: S): BehaviourChoice<S> {
    return (this.#choices.get(name) ?? BEHAVIOUR_SWITCHES[name].default) as BehaviourChoice<S>;
  }

  /** Applies `changes` all or nothing; returns the problem with the first bad entry, if any. */
  set(changes: Record<string, unknown>): string | null {
    for (const [name, choice] of Object.entries(changes)) {
      const known = BEHAVIOUR_SWITCHES[name as BehaviourSwitch];
      if (!known)
        return `unknown switch "${name}" (known: ${Object.keys(BEHAVIOUR_SWITCHES).join(", ")})`;
      if (!(known.choices as readonly unknown[]).includes(choice)) {
        return `"${name}" takes ${known.choices.join(" or ")}`;
      }
    }
    for (const [name, choice] of Object.entries(changes)) {
      this.#choices.set(name as BehaviourSwitch, choice as string);
    }
    return null;
  }

  snapshot(): Record<BehaviourSwitch, string> {
    const names = Object.keys(BEHAVIOUR_SWITCHES) as BehaviourSwitch[];
    return Object.fromEntries(names.map((name) => [name, this.get(name)])) as Record<
      BehaviourSwitch,
      string
    >;
  }

  reset(): void {
    this.#choices.clear();
  }
}
