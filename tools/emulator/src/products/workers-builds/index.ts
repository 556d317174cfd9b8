/**
 * Workers scripts and Workers Builds: upload, list, download and delete scripts, and read a
 * Worker's builds, triggers and build logs, or start a manual build.
 *
 * Permission names: the spec's token groups are "Workers Scripts Read/Write" and
 * "Workers CI Read/Write"; the dashboard shows "Workers Scripts" and "Workers Builds
 * Configuration" with Read/Edit. We use the dashboard names (Edit and Write are treated alike by
 * `auth.ts`).
 */
import type { Product, Route } from "../../product";
import {
  createManualBuild,
  getBuild,
  getBuildLogs,
  getLatestBuilds,
  listScriptBuilds,
  listScriptTriggers,
} from "./builds";
import { seedWorkersBuilds, WORKERS_BUILDS_SCHEMA, WORKERS_BUILDS_TABLES } from "./schema";
import { downloadScript, listAccountScripts, removeScript, uploadScript } from "./scripts";

export const WORKERS_SCRIPTS_READ = "Workers Scripts Read";
export const WORKERS_SCRIPTS_EDIT = "Workers Scripts Edit";
export const WORKERS_BUILDS_READ = "Workers Builds Configuration Read";
export const WORKERS_BUILDS_EDIT = "Workers Builds Configuration Edit";

const SCRIPTS = "/accounts/:account_id/workers/scripts";
const SCRIPT = `${SCRIPTS}/:script_name`;
const BY_WORKER = "/accounts/:account_id/builds/workers/:external_script_id";
const BUILDS = "/accounts/:account_id/builds/builds";
const buildsRead = WORKERS_BUILDS_READ;

const ROUTES: readonly Route[] = [
  { method: "GET", path: SCRIPTS, permission: WORKERS_SCRIPTS_READ, handler: listAccountScripts },
  { method: "GET", path: SCRIPT, permission: WORKERS_SCRIPTS_READ, handler: downloadScript },
  { method: "PUT", path: SCRIPT, permission: WORKERS_SCRIPTS_EDIT, handler: uploadScript },
  { method: "DELETE", path: SCRIPT, permission: WORKERS_SCRIPTS_EDIT, handler: removeScript },
  { method: "GET", path: `${BY_WORKER}/builds`, permission: buildsRead, handler: listScriptBuilds },
  {
    method: "GET",
    path: `${BY_WORKER}/triggers`,
    permission: buildsRead,
    handler: listScriptTriggers,
  },
  { method: "GET", path: `${BUILDS}/latest`, permission: buildsRead, handler: getLatestBuilds },
  { method: "GET", path: `${BUILDS}/:build_uuid`, permission: buildsRead, handler: getBuild },
  {
    method: "GET",
    path: `${BUILDS}/:build_uuid/logs`,
    permission: buildsRead,
    handler: getBuildLogs,
  },
  {
    method: "POST",
    path: "/accounts/:account_id/builds/triggers/:trigger_uuid/builds",
    permission: WORKERS_BUILDS_EDIT,
    handler: createManualBuild,
  },
];

export const workersBuildsProduct: Product = {
  name: "workers-builds",
  schema: WORKERS_BUILDS_SCHEMA,
  tables: WORKERS_BUILDS_TABLES,
  seed: seedWorkersBuilds,
  routes: ROUTES,
};
