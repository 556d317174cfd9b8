/**
 * Verbs and the action they ask for. `means` holds the words the spec uses for that action in
 * summaries ("Delete", "Create", "Update", "List"); `intent` lets a search prefer operations whose
 * method does it.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const INTENTS: readonly VocabularyEntry[] = [
  {
    say: ["delete", "remove", "get rid of", "wipe", "erase", "drop", "kill", "destroy", "take down", "tear down", "purge all", "detach", "unhook", "unlink", "clean up"],
    means: "delete remove",
    intent: "delete",
  },
  {
    say: ["create", "add", "make", "new", "set up", "setup", "spin up", "register", "provision", "start", "open", "generate", "issue", "order", "buy", "put up", "attach", "hook up", "connect", "invite", "bring", "append", "insert", "kick off", "launch"],
    means: "create add",
    intent: "create",
  },
  {
    say: ["update", "change", "edit", "modify", "rename", "set", "switch", "configure", "adjust", "tweak", "replace", "overwrite", "move", "raise", "lower", "increase", "decrease", "patch"],
    means: "update edit change",
    intent: "update",
  },
  {
    say: ["turn on", "switch on", "enable", "activate", "allow", "force", "require", "use"],
    means: "enable update setting",
    intent: "update",
  },
  {
    say: ["turn off", "switch off", "disable", "deactivate", "stop", "pause", "block"],
    means: "disable update setting",
    intent: "update",
  },
  { say: ["list", "enumerate"], means: "list", intent: "list", leading: true },
  { say: ["list all", "show all", "get all", "all my", "which", "browse", "what are my"], means: "list", intent: "list" },
  {
    say: ["get", "show", "see", "view", "read", "fetch", "look up", "lookup", "check", "inspect", "find", "what is", "what's", "details", "detail", "info about", "information about", "status of"],
    means: "get details",
    intent: "get",
  },
  { say: ["how many", "how much", "count", "number of", "total", "usage", "quota", "limit", "limits", "how big", "how large"], means: "get count stats info usage quota summary", intent: "get" },
  {
    say: ["export", "download", "back up", "backup", "dump", "save a copy"],
    means: "export download",
    intent: "export",
  },
  {
    say: ["import", "upload a file", "load", "bulk upload", "restore from"],
    means: "import upload",
    intent: "import",
  },
  {
    say: ["roll back", "rollback", "revert", "go back to", "undo"],
    means: "rollback deployment version history restore",
  },
  { say: ["rotate", "regenerate", "roll", "refresh", "reset"], means: "rotate roll refresh reset" },
  {
    say: ["revoke", "sign out", "log out", "kick out", "cut off", "lock out"],
    means: "revoke",
    intent: "create",
  },
  {
    say: ["deploy", "publish", "ship", "push live", "go live", "release"],
    means: "deploy deployment upload publish",
  },
  { say: ["upload", "push", "put"], means: "upload put", intent: "create" },
  { say: ["test", "try", "preview", "simulate", "dry run"], means: "test preview" },
  { say: ["search for", "search", "filter", "query"], means: "search query" },
];
