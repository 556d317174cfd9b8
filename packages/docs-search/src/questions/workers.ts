// Questions people and agents ask that these Workers pages answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const WORKERS_QUESTIONS: PageQuestions = {
  "/workers/": [
    "run my code on cloudflare's servers without managing a server",
    "serverless functions at the edge",
    "what can i build on cloudflare with javascript",
    "deploy a backend api close to my users",
    "like aws lambda but running everywhere",
    "host an api without renting a vps",
  ],
  "/workers/get-started/guide/": [
    "create my first worker from the command line",
    "hello world serverless function and deploy it",
    "set up a new project with npm create cloudflare",
    "how do i start writing a worker locally and publish it",
    "npm create cloudflare fails or asks which template to pick",
  ],
  "/workers/get-started/dashboard/": [
    "create a worker in the browser without installing anything",
    "try a hello world serverless function in my browser without installing node",
    "edit and deploy code from the cloudflare website",
  ],
  "/workers/get-started/prompting/": [
    "use an ai coding assistant or llm to write a worker",
    "prompt for chatgpt or claude to generate cloudflare code",
    "let an agent build my worker",
    "get an ai assistant to write correct serverless code for my app",
  ],
  "/workers/platform/limits/": [
    "how long can a worker run before it gets cut off",
    "how much memory can my function use",
    "maximum cpu time per request",
    "how big can my deployed script be",
    "how many subrequests can one request make",
    "error exceeded cpu time limit or script too large",
  ],
  "/workers/platform/pricing/": [
    "how much does it cost to run serverless code",
    "what do i pay per million requests",
    "is there a free tier for workers and what does the paid plan include",
    "am i billed for cpu time or wall time",
    "why was i charged more than expected for workers",
  ],
  "/workers/platform/storage-options/": [
    "which database or storage should i use for my app",
    "difference between kv, d1, r2 and durable objects",
    "where should i store files versus key value data versus sql",
    "like s3, dynamodb or postgres: which one fits my app here",
  ],
  "/workers/platform/known-issues/": [
    "known bugs in the workers runtime",
    "something behaves differently from the spec, is it a known issue",
    "my worker works locally but not in production, is it a known problem",
    "fetch to my own domain from a worker loops or fails",
  ],
  "/workers/platform/betas/": [
    "which workers features are still in beta",
    "list of beta features and their status",
    "is this workers feature production ready",
  ],
  "/workers/platform/deploy-buttons/": [
    "add a one click deploy button to my github readme",
    "let people deploy my template to their account",
    "deploy to cloudflare button for a template repository",
  ],
  "/workers/platform/infrastructure-as-code/": [
    "deploy workers with terraform or pulumi",
    "manage my scripts as infrastructure as code",
    "upload a worker through the api from ci",
  ],
  "/workers/configuration/": [
    "what settings can i change for my worker",
    "configure a worker's routes, variables and triggers",
    "where do i configure my worker's settings",
    "change environment variables, routes or cron jobs of my app",
  ],
  "/workers/configuration/compatibility-dates/": [
    "what does compatibility_date do",
    "why does my worker behave differently after changing the date in config",
    "opt into newer runtime behaviour",
    "which compatibility date should i set for a new project",
    "like pinning a node version: keep my function's runtime behaviour from changing",
  ],
  "/workers/configuration/compatibility-flags/": [
    "turn on node.js compatibility flag",
    "enable an experimental runtime feature with a flag",
    "list of compatibility flags and what they change",
    "error no such module node:crypto or buffer is not defined",
    "my npm package fails with could not resolve a node built-in",
  ],
  "/workers/configuration/cron-triggers/": [
    "run my code on a schedule every hour",
    "set up a cron job",
    "trigger a function every day at midnight",
    "scheduled task that runs every 5 minutes",
    "my scheduled job did not run at the time i expected",
    "cron schedule is in utc, not my timezone",
  ],
  "/workers/configuration/environment-variables/": [
    "pass config values like an api url to my function",
    "set environment variables for a worker",
    "read a variable from env in my code",
    "different values for staging and production",
    "env variable is undefined in my worker",
    "process.env does not work in my worker",
  ],
  "/workers/configuration/secrets/": [
    "store an api key securely for my worker",
    "where do i put passwords and tokens my code needs",
    "add a secret with wrangler secret put",
    "hide credentials from my source code",
    "secret not available after wrangler secret put",
    "keep my openai key out of git",
  ],
  "/workers/configuration/routing/": [
    "connect my worker to my domain",
    "routes versus custom domains",
    "make my worker answer on my website's urls",
    "custom domain or route, which should i use",
  ],
  "/workers/configuration/routing/custom-domains/": [
    "put my worker on my own domain name",
    "serve a worker at api.example.com",
    "attach a hostname to a worker without an origin server",
    "custom domain stuck on initializing or certificate pending",
    "error that a dns record already exists for this hostname",
  ],
  "/workers/configuration/routing/routes/": [
    "run a worker in front of my existing website on some paths",
    "match example.com/api/* to a worker",
    "route pattern with wildcards for my zone",
    "my route pattern does not trigger the worker",
    "worker runs on some paths of my site but not others",
  ],
  "/workers/configuration/routing/workers-dev/": [
    "free subdomain for my worker",
    "disable the workers.dev url",
    "where is my worker reachable after deploy",
    "my workers.dev address returns an error or cannot be reached",
    "find the workers.dev address of my deployed function",
  ],
  "/workers/configuration/previews/": [
    "get a preview link for each version before going live",
    "test changes on a unique url without deploying to production",
    "preview urls for pull requests",
    "share a link to a branch version with my team",
    "like vercel preview deployments: a link for each change",
  ],
  "/workers/configuration/placement/": [
    "run my worker close to my database instead of the user",
    "reduce latency to a backend in one region",
    "worker is slow because every request calls a database far away",
    "turn on smart placement so my function runs near my backend",
  ],
  "/workers/configuration/versions-and-deployments/": [
    "see previous versions of my worker",
    "what is the difference between a version and a deployment",
    "upload code without deploying it yet",
    "see what code is live and what i uploaded before",
  ],
  "/workers/configuration/versions-and-deployments/gradual-deployments/": [
    "roll out a new version to 10% of traffic first",
    "canary release of my worker",
    "split traffic between two versions",
    "deploy gradually instead of all at once",
  ],
  "/workers/configuration/versions-and-deployments/rollbacks/": [
    "undo a bad deploy",
    "go back to the previous version of my worker",
    "my last release broke production, revert it",
    "restore yesterday's code of my function",
  ],
  "/workers/configuration/versions-and-deployments/version-overrides/": [
    "send a test request to a specific version during a gradual rollout",
    "pin my requests to the new version with a header",
    "test a specific version of my worker before shifting traffic to it",
  ],
  "/workers/configuration/integrations/": [
    "connect my worker to third party services",
    "integrations with databases and apis",
    "connect a worker to a service like sentry or a database provider",
  ],
  "/workers/configuration/sites/": [
    "serve a static site from a worker the old way",
    "workers sites kv asset handler",
    "legacy workers sites for static content",
    "old way of serving a static website from edge code",
  ],
  "/workers/ci-cd/": [
    "deploy automatically when i push to git",
    "continuous deployment for workers",
    "set up ci/cd for my worker",
    "deploy on merge to main",
  ],
  "/workers/ci-cd/builds/": [
    "connect my github repo so every push builds and deploys",
    "automatic builds from a git repository",
    "cloudflare builds my project for me",
  ],
  "/workers/ci-cd/builds/configuration/": [
    "change the build command and deploy command",
    "root directory setting for builds in a monorepo",
    "build settings for workers builds",
    "set environment variables available during the build",
  ],
  "/workers/ci-cd/builds/troubleshoot/": [
    "my build failed, how do i fix it",
    "build stuck or deploy command errors",
    "why did my git build not trigger",
    "build fails with missing wrangler config or wrong name",
    "build succeeds but deploy step fails with authentication error",
  ],
  "/workers/ci-cd/builds/limits-and-pricing/": [
    "how long can a build run before it times out",
    "how many builds can run at once and how many minutes per month",
    "is building from git free",
  ],
  "/workers/ci-cd/builds/build-image/": [
    "which node version is used in builds",
    "what tools are preinstalled in the build environment",
    "change the python or node version for my build",
  ],
  "/workers/ci-cd/builds/build-branches/": [
    "build non production branches",
    "deploy previews for other git branches",
    "deploy a preview version for every branch",
  ],
  "/workers/ci-cd/builds/build-watch-paths/": [
    "only rebuild when files in a folder change",
    "skip builds for changes to docs in my monorepo",
    "include and exclude paths that trigger a build",
  ],
  "/workers/ci-cd/builds/build-caching/": [
    "speed up builds by caching node_modules",
    "cache dependencies between builds",
    "my builds are slow, reuse the package cache",
  ],
  "/workers/ci-cd/builds/deploy-hooks/": [
    "trigger a build with a url from my cms",
    "webhook that starts a deploy",
    "start a new build from an http request",
  ],
  "/workers/ci-cd/builds/git-integration/": [
    "link github or gitlab to my worker",
    "which git providers are supported",
    "connect a git repository to an existing worker",
  ],
  "/workers/ci-cd/builds/git-integration/github-integration/": [
    "github app permissions for cloudflare builds",
    "build status checks on my pull requests",
    "cloudflare comments on my github pull requests with a preview link",
  ],
  "/workers/ci-cd/external-cicd/github-actions/": [
    "deploy my worker from a github actions workflow",
    "wrangler action for ci",
    "api token for deploying from github",
  ],
  "/workers/ci-cd/external-cicd/gitlab-cicd/": [
    "deploy from gitlab pipelines",
    "gitlab ci yaml for wrangler deploy",
    "continuous deployment from gitlab",
  ],
  "/workers/wrangler/": [
    "what is the cloudflare command line tool",
    "cli to develop and deploy workers",
    "install and use the workers cli",
    "command line tool to deploy my serverless functions, like the aws or vercel cli",
  ],
  "/workers/wrangler/install-and-update/": [
    "update the cli to the latest version",
    "which node version do i need for wrangler",
    "wrangler command not found after installing",
    "install wrangler locally in my project instead of globally",
  ],
  "/workers/wrangler/commands/": [
    "what cli commands are there",
    "terminal command to stream logs, store an api key or publish my app",
  ],
  "/workers/wrangler/commands/general/": [
    "wrangler login and whoami",
    "wrangler deploy, dev and tail options",
    "log in from the terminal to my account",
    "wrangler login opens a browser but i am on a remote server",
  ],
  "/workers/wrangler/commands/workers/": [
    "cli commands to manage workers and versions",
    "wrangler versions upload and deployments list",
    "rollback or list deployments from the terminal",
  ],
  "/workers/wrangler/commands/kv/": [
    "create a kv namespace from the command line",
    "put and get keys with the cli",
    "list keys of a namespace with wrangler",
  ],
  "/workers/wrangler/commands/d1/": [
    "run a sql file against my database from the terminal",
    "wrangler d1 execute and migrations apply",
    "create a database with the cli",
  ],
  "/workers/wrangler/commands/r2/": [
    "create a bucket from the command line",
    "upload a file to object storage with the cli",
    "wrangler r2 object put and bucket create",
  ],
  "/workers/wrangler/commands/queues/": [
    "create a queue with the cli",
    "wrangler queues commands",
    "add a consumer to a queue from the terminal",
  ],
  "/workers/wrangler/commands/pages/": [
    "deploy a static folder from the terminal",
    "wrangler pages deploy and project create",
    "create a pages project from the cli",
  ],
  "/workers/wrangler/commands/vectorize/": [
    "create a vector index from the command line",
    "wrangler vectorize commands",
    "insert vectors from a file with the cli",
  ],
  "/workers/wrangler/commands/hyperdrive/": [
    "create a hyperdrive config with the cli",
    "wrangler hyperdrive create with a postgres connection string",
    "update or delete a database connection config from the terminal",
  ],
  "/workers/wrangler/commands/secrets-store/": [
    "manage account level secrets from the command line",
    "wrangler secrets-store commands",
    "create a store secret with wrangler",
  ],
  "/workers/wrangler/commands/tunnel/": [
    "manage tunnels with wrangler",
    "create and run a tunnel from wrangler",
    "wrangler tunnel commands",
  ],
  "/workers/wrangler/commands/workflows/": [
    "list and trigger workflow instances from the cli",
    "wrangler workflows commands",
    "see the status of a workflow run in the terminal",
  ],
  "/workers/wrangler/commands/containers/": [
    "build and push a container image with wrangler",
    "container commands in the cli",
    "list and delete container images",
  ],
  "/workers/wrangler/configuration/": [
    "what goes in wrangler.toml or wrangler.jsonc",
    "config file reference for my worker",
    "declare bindings in the configuration file",
    "set main entry point, name and compatibility date in config",
    "should i use wrangler.toml or wrangler.json",
    "my binding in config is not showing up in env",
  ],
  "/workers/wrangler/environments/": [
    "separate staging and production setups",
    "deploy the same code with different settings per environment",
    "wrangler deploy --env",
    "secrets and bindings are not inherited by my staging environment",
    "different env vars for dev, staging and prod like .env files",
  ],
  "/workers/wrangler/system-environment-variables/": [
    "set the account id and api token for wrangler in ci",
    "environment variables wrangler itself reads",
    "CLOUDFLARE_API_TOKEN for the cli",
    "authenticate wrangler without a browser",
  ],
  "/workers/wrangler/custom-builds/": [
    "run my own build step before wrangler bundles",
    "use a custom bundler with wrangler",
    "build command in wrangler config before deploy",
    "compile my project with webpack or a makefile before deploy",
  ],
  "/workers/wrangler/bundling/": [
    "how does wrangler bundle my code",
    "import wasm or text files into my worker",
    "disable bundling",
  ],
  "/workers/wrangler/api/": [
    "call wrangler from my own node script",
    "getPlatformProxy for using bindings in node",
    "use my bindings from a node script or test runner",
  ],
  "/workers/wrangler/migration/update-v3-to-v4/": [
    "upgrade to wrangler 4, what breaks",
    "breaking changes in the latest wrangler major version",
    "migrate my project to wrangler v4",
  ],
  "/workers/wrangler/deprecations/": [
    "deprecated wrangler commands and options",
    "wrangler says a command is deprecated, what replaces it",
    "removed options in wrangler",
    "my old deploy command stopped working after upgrading the cli",
  ],
  "/workers/local-development/": [
    "run my worker on my laptop",
    "develop and test locally before deploying",
    "local dev server for workers",
    "wrangler dev shows a different result than production",
    "test my function on localhost",
  ],
  "/workers/local-development/local-data/": [
    "seed my local database or kv with test data",
    "use remote data while developing locally",
    "local database is empty when i run wrangler dev",
    "my local d1 database is separate from the real one",
  ],
  "/workers/local-development/environment-variables/": [
    "set secrets for local development with a .dev.vars file",
    "local env variables not picked up",
    "where do local secrets go during development",
    "process env or .env file not read by wrangler dev",
  ],
  "/workers/local-development/multi-workers/": [
    "run several workers that call each other locally",
    "develop two services together on my machine",
    "service bindings between workers in local dev",
  ],
  "/workers/local-development/bindings-per-env/": [
    "which bindings work offline and which need remote",
    "can i use ai or browser rendering locally",
    "which services are simulated locally",
  ],
  "/workers/local-development/local-dev-tunnels/": [
    "share my local dev server with someone over the internet",
    "public url for my localhost worker",
    "test webhooks against my local worker",
  ],
  "/workers/local-development/wrangler-vs-vite/": [
    "should i use vite or wrangler dev",
    "difference between the vite plugin and wrangler",
    "which local dev tool should i pick",
  ],
  "/workers/vite-plugin/": [
    "use vite to build and run my worker",
    "keep using the vite dev server and hot reload for my full stack app",
    "run my worker inside the vite dev server",
  ],
  "/workers/vite-plugin/get-started/": [
    "add the cloudflare plugin to my vite config",
    "start a vite project that deploys to workers",
    "set up vite for a workers project",
    "deploy my vite react app together with an api backend",
  ],
  "/workers/testing/": [
    "write tests for my worker",
    "unit and integration testing options",
    "how do i test my worker code",
    "like jest for lambda: how do i test my serverless functions",
  ],
  "/workers/testing/vitest-integration/": [
    "run vitest inside the workers runtime",
    "test my worker with vitest",
    "integration tests with real bindings in vitest",
  ],
  "/workers/testing/vitest-integration/write-your-first-test/": [
    "write my first unit test for a worker",
    "example test that calls my fetch handler",
    "test my worker's response in vitest",
    "set up tests for a new worker project",
  ],
  "/workers/testing/vitest-integration/configuration/": [
    "configure vitest pool workers",
    "vitest config for bindings in tests",
    "point vitest at my wrangler config",
  ],
  "/workers/testing/vitest-integration/test-apis/": [
    "cloudflare:test helpers like env and SELF",
    "create an execution context in a test",
    "apply d1 migrations or fetch my worker inside a test",
  ],
  "/workers/testing/vitest-integration/recipes/": [
    "examples of testing durable objects, d1 or queues",
    "mock outbound fetch in tests",
    "sample tests for common setups",
  ],
  "/workers/testing/miniflare/": [
    "simulate workers locally from node",
    "run my serverless function in node tests without deploying",
    "run my worker in node for tests with miniflare",
  ],
  "/workers/observability/": [
    "monitor my worker in production",
    "see logs, errors and metrics for my functions",
    "debug a worker in production",
    "like cloudwatch for my serverless functions: logs and metrics in one place",
  ],
  "/workers/observability/logs/": [
    "where do i see console.log output",
    "ways to view and keep logs",
    "my console.log output doesn't show up",
    "where did my worker's errors go",
  ],
  "/workers/observability/logs/workers-logs/": [
    "keep and search my worker's logs in the dashboard",
    "enable persistent logs",
    "how long are logs stored",
    "search old logs of my function after an incident",
    "logs disappear when wrangler tail is closed",
  ],
  "/workers/observability/logs/real-time-logs/": [
    "watch requests and console output live",
    "wrangler tail to stream logs",
    "live log stream while debugging production",
    "wrangler tail shows nothing when i send requests",
  ],
  "/workers/observability/logs/tail-workers/": [
    "process every log event with another worker",
    "forward logs and exceptions to my own service",
    "tail worker that receives events from my producer worker",
  ],
  "/workers/observability/logs/logpush/": [
    "send worker logs to s3 or datadog",
    "export trace events to storage",
    "push workers trace events to my logging provider",
  ],
  "/workers/observability/errors/": [
    "what does error 1101 mean",
    "worker threw exception or exceeded resources",
    "debug errors and exceptions in my worker",
    "script will never generate a response",
    "worker returns error 1102 resources exceeded",
    "uncaught exception in my worker, how do i find the cause",
  ],
  "/workers/observability/metrics-and-analytics/": [
    "how many requests and errors did my worker serve",
    "cpu time and duration charts",
    "usage graphs for my function",
    "how many times was my api called today",
  ],
  "/workers/observability/traces/": [
    "trace a request through my worker and its subrequests",
    "like datadog apm: see which outgoing calls make my api slow",
    "see where time is spent in a request",
    "opentelemetry traces for workers",
  ],
  "/workers/observability/exporting-opentelemetry-data/": [
    "send traces and logs to my opentelemetry backend",
    "export otel data to honeycomb or grafana",
    "send worker logs to datadog or sentry with otel",
  ],
  "/workers/observability/source-maps/": [
    "readable stack traces instead of minified code",
    "like sentry source maps: see my original typescript lines in errors",
    "errors show line numbers of the bundled file",
    "stack trace points to index.js line 1",
  ],
  "/workers/observability/dev-tools/": [
    "debug my worker with chrome devtools",
    "set breakpoints and profile locally",
    "inspect my worker with the chrome debugger",
  ],
  "/workers/observability/dev-tools/cpu-usage/": [
    "find what makes my worker slow",
    "profile cpu usage",
    "cpu profile to find slow code",
    "exceeded cpu limit, which function is slow",
  ],
  "/workers/observability/dev-tools/memory-usage/": [
    "find a memory leak in my worker",
    "heap snapshot",
    "my worker runs out of memory",
    "worker exceeded memory limit error",
  ],
  "/workers/observability/query-builder/": [
    "query my logs and build charts",
    "group and filter worker events",
    "find the slowest requests or most errors in my logs",
  ],
  "/workers/runtime-apis/": [
    "what apis are available inside a worker",
    "which javascript and web apis can my code use",
    "runtime api reference",
  ],
  "/workers/runtime-apis/bindings/": [
    "connect my worker to kv, r2 or a database",
    "what is a binding and how do i use env",
    "access other cloudflare resources from code",
    "env.my_binding is undefined in my code",
  ],
  "/workers/runtime-apis/bindings/service-bindings/": [
    "one service calling another privately",
    "let my workers talk to each other without going over the public internet",
    "call another worker from my worker",
    "microservices on workers",
    "call an internal worker that has no public url",
  ],
  "/workers/runtime-apis/bindings/service-bindings/rpc/": [
    "call a method on another worker like a function",
    "WorkerEntrypoint rpc between services",
    "expose methods from one worker to another",
  ],
  "/workers/runtime-apis/bindings/rate-limit/": [
    "limit how many times a user can call my api from code",
    "rate limit requests per key inside my worker",
    "throttle abusive clients in a function",
  ],
  "/workers/runtime-apis/bindings/mtls/": [
    "present a client certificate when calling my origin",
    "mutual tls from a worker to a backend",
    "client certificate binding for fetch",
  ],
  "/workers/runtime-apis/bindings/version-metadata/": [
    "know which version of my code is running",
    "read the version id at runtime",
    "get the deployed version tag from inside my code",
  ],
  "/workers/runtime-apis/bindings/worker-loader/": [
    "run user supplied code in a sandbox at runtime",
    "load a worker dynamically from code",
    "spin up isolates for code generated at runtime",
  ],
  "/workers/runtime-apis/cache/": [
    "store responses in the cache from my code",
    "caches.default put and match",
    "cache an api response inside a worker",
    "cache.put does not store anything on workers.dev",
    "why my cached response is never returned",
  ],
  "/workers/runtime-apis/context/": [
    "keep work running after the response is sent",
    "ctx.waitUntil background task",
    "passThroughOnException",
    "background task stops when my response is returned",
    "promise was canceled after the response was sent",
  ],
  "/workers/runtime-apis/fetch/": [
    "make an http request to another api from my worker",
    "call an external url from code",
    "send a post request with fetch from a worker",
    "send custom headers and a json body with an outgoing request",
    "like axios or node-fetch: call another api from my function",
  ],
  "/workers/runtime-apis/handlers/fetch/": [
    "handle incoming http requests",
    "export default fetch handler signature",
    "what arguments does the fetch handler get",
  ],
  "/workers/runtime-apis/handlers/scheduled/": [
    "code that runs when the cron fires",
    "scheduled event handler",
    "which cron fired in my scheduled function",
  ],
  "/workers/runtime-apis/handlers/tail/": [
    "receive logs of other workers in a handler",
    "handler that gets trace events of other workers",
    "tail handler reference",
  ],
  "/workers/runtime-apis/headers/": [
    "read or change request headers",
    "get a header value in a worker",
    "set a cookie or header on the response",
  ],
  "/workers/runtime-apis/request/": [
    "get the visitor's country, ip or city from the request",
    "request.cf properties",
    "read the body, method and url of the incoming request",
    "get the client ip address of the visitor",
  ],
  "/workers/runtime-apis/response/": [
    "return a custom response with status and headers",
    "like res.status().send() in express: send a reply with headers",
    "send a 404 or redirect response",
  ],
  "/workers/runtime-apis/html-rewriter/": [
    "change the html of a page as it passes through",
    "inject a script tag into every page",
    "rewrite links in html on the fly",
  ],
  "/workers/runtime-apis/nodejs/": [
    "use node modules like buffer, crypto or fs in a worker",
    "my npm package needs node built-ins",
    "nodejs_compat",
    "could not resolve fs or path when bundling",
    "express or another node library fails in a worker",
  ],
  "/workers/runtime-apis/tcp-sockets/": [
    "open a raw tcp connection from a worker",
    "connect() to a database or smtp server",
    "connect to a service that doesn't speak http",
    "send email over smtp from a worker",
  ],
  "/workers/runtime-apis/websockets/": [
    "accept websocket connections in a worker",
    "real time updates in my app without polling, like socket.io",
    "websocket client from a worker",
    "websocket connection closes after some time",
  ],
  "/workers/runtime-apis/web-crypto/": [
    "hash, sign or encrypt data in my worker",
    "generate a random uuid or hmac",
    "verify a jwt or signature with crypto.subtle",
    "hash a string with sha-256 in my function",
  ],
  "/workers/runtime-apis/streams/": [
    "stream a large response without buffering it",
    "transform a response body as a stream",
    "readable and writable streams in workers",
  ],
  "/workers/runtime-apis/rpc/": [
    "call methods across workers and durable objects",
    "pass functions and objects between services",
    "rpc calls between workers with typescript types",
    "call another microservice like a local function without http",
  ],
  "/workers/runtime-apis/web-standards/": [
    "which standard web apis are supported",
    "settimeout, urlpattern and other globals",
    "is this browser api available in workers",
  ],
  "/workers/runtime-apis/webassembly/": [
    "run rust or c compiled to wasm in a worker",
    "load a webassembly module",
    "use a wasm library in my worker",
  ],
  "/workers/runtime-apis/console/": [
    "console.log in production",
    "log objects from my code",
    "which console methods work in a worker",
  ],
  "/workers/runtime-apis/performance/": [
    "measure how long code takes, timers look frozen",
    "performance.now and Date.now don't advance",
    "why does date.now return the same time during a request",
    "measure response time inside my function",
  ],
  "/workers/runtime-apis/encoding/": [
    "decode bytes to text and back",
    "textencoder and textdecoder",
    "base64 or utf-8 encoding in a worker",
  ],
  "/workers/static-assets/": [
    "host my html, css and images together with my worker",
    "serve a static website from a worker",
    "full stack app with frontend files",
    "like netlify or vercel hosting but on workers",
  ],
  "/workers/static-assets/get-started/": [
    "deploy a static site to workers",
    "upload a folder of files with my worker",
    "host a static html site on workers",
    "put my html, css and images online with a custom domain",
    "like s3 static website hosting, but with a cdn in front",
  ],
  "/workers/static-assets/binding/": [
    "assets directory and binding in config",
    "serve static files from code with env.ASSETS",
    "run my worker before serving assets",
    "worker code runs for every static file request",
    "not_found_handling setting for missing files",
  ],
  "/workers/static-assets/billing-and-limitations/": [
    "are static file requests free",
    "how many files can my site have and how big can each be",
    "maximum asset size",
    "free plan requests get 429 when my worker runs before assets",
  ],
  "/workers/static-assets/headers/": [
    "set cache-control or security headers on static files",
    "hsts and cache rules for the html, css and js of my website",
    "custom headers for my static site",
    "my css and js files are cached too long after deploy",
  ],
  "/workers/static-assets/redirects/": [
    "redirect old urls of my static site",
    "netlify style redirects file for my website",
    "redirect rules file for static assets",
    "redirect www to the bare domain for my static site",
  ],
  "/workers/static-assets/routing/single-page-application/": [
    "react app returns 404 on refresh",
    "serve index.html for every route",
    "client side routing for a spa on workers",
    "deep links in my vue or angular app give not found",
  ],
  "/workers/static-assets/routing/static-site-generation/": [
    "custom 404 page for my static site",
    "serve a static generated site",
    "404.html for a static site",
  ],
  "/workers/static-assets/migration-guides/migrate-from-pages/": [
    "move my pages project to workers",
    "switch from pages to workers with static assets",
    "convert a pages site to a worker",
  ],
  "/workers/static-assets/migration-guides/vercel-to-workers/": [
    "move my site off vercel",
    "migrate from vercel to cloudflare",
    "host my vercel project on cloudflare instead",
  ],
  "/workers/static-assets/migration-guides/netlify-to-workers/": [
    "move my site off netlify",
    "migrate from netlify to cloudflare",
    "host my netlify project on cloudflare instead",
  ],
  "/workers/framework-guides/": [
    "deploy my framework app to cloudflare",
    "which web frameworks are supported",
    "deploy my next.js or remix app with a backend somewhere like vercel",
  ],
  "/workers/framework-guides/web-apps/nextjs/": [
    "host a next.js app on cloudflare",
    "deploy nextjs with opennext",
    "next.js app router on cloudflare",
    "next.js app fails to build with opennext",
    "move my next.js site off vercel",
  ],
  "/workers/framework-guides/web-apps/astro/": [
    "deploy an astro site to workers",
    "astro ssr on cloudflare",
    "host an astro site",
    "astro adapter for cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/react/": [
    "deploy a react app built with vite",
    "host a react single page app",
    "create a react app with an api on workers",
  ],
  "/workers/framework-guides/web-apps/sveltekit/": [
    "deploy sveltekit to workers",
    "host a sveltekit app on cloudflare",
    "sveltekit adapter for cloudflare",
  ],
  "/workers/framework-guides/web-apps/react-router/": [
    "deploy remix or react router 7 to cloudflare",
    "react router framework mode on workers",
    "host a remix app",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/hono/": [
    "build an api with hono on workers",
    "hono web framework on cloudflare",
    "lightweight api router for workers",
  ],
  "/workers/framework-guides/automatic-configuration/": [
    "deploy an existing project without writing config",
    "wrangler detects my framework automatically",
    "move an existing app to workers with one command",
  ],
  "/workers/languages/python/": [
    "write my worker in python",
    "run fastapi or my python script like on aws lambda",
    "which python packages can my serverless function import",
    "run my python code serverless without a server",
  ],
  "/workers/languages/python/packages/": [
    "use pip packages in a python worker",
    "which python libraries are available",
    "can i use fastapi or other python packages",
  ],
  "/workers/languages/rust/": [
    "write a worker in rust",
    "run my rust code as a serverless function via webassembly",
    "compile rust to a worker",
  ],
  "/workers/languages/typescript/": [
    "typescript types for my worker and bindings",
    "generate types with wrangler types",
    "my editor shows any for env and request types",
    "types for env are wrong or missing after adding a binding",
  ],
  "/workers/reference/how-workers-works/": [
    "how are workers different from containers or lambda",
    "isolates and cold starts",
    "how do workers run my code",
    "does my function have cold starts",
  ],
  "/workers/reference/how-the-cache-works/": [
    "how fetch and the cache api interact in a worker",
    "does my worker's fetch get cached",
    "caching behaviour of subrequests from a worker",
    "does my serverless function's outgoing request get cached like a cdn",
  ],
  "/workers/reference/security-model/": [
    "how is my code isolated from other customers",
    "spectre and side channel protections",
    "is it safe to run sensitive code on workers",
  ],
  "/workers/reference/migrate-to-module-workers/": [
    "convert addEventListener fetch to export default",
    "service worker syntax to es modules",
    "upgrade old worker code to module syntax",
  ],
  "/workers/databases/connecting-to-databases/": [
    "connect my worker to postgres or mysql",
    "use an external database from a function",
    "which databases can a worker talk to",
  ],
  "/workers/tutorials/postgres/": [
    "query a postgres database from a worker",
    "connect a worker to postgresql with a driver",
    "use pg or postgres.js in a worker",
    "connect to supabase or neon postgres from serverless code",
  ],
  "/workers/tutorials/mysql/": [
    "query a mysql database from a worker",
    "my serverless function needs to read from my existing mysql server",
    "use mysql2 in a worker",
  ],
  "/workers/examples/redirect/": [
    "redirect a request to another url in code",
    "return a 301 from a worker",
    "redirect all requests to another domain in a worker",
    "redirect http to https or old paths to new ones in code",
  ],
  "/workers/examples/cors-header-proxy/": [
    "fix cors errors by proxying through a worker",
    "add access-control-allow-origin headers",
    "cors preflight handling in a worker",
    "blocked by cors policy when my frontend calls an api",
  ],
  "/workers/examples/basic-auth/": [
    "password protect a site with a worker",
    "username and password prompt",
    "http basic authentication in a worker",
    "lock my staging site behind a password",
  ],
  "/workers/examples/security-headers/": [
    "add hsts, csp and other security headers to every response",
    "set content security policy in a worker",
    "secure headers example",
    "security scanner says my site is missing headers",
  ],
  "/workers/examples/ab-testing/": [
    "send half of visitors to a different version of the page",
    "a/b test with cookies in a worker",
    "split visitors between two variants",
    "test two designs of my landing page",
  ],
  "/workers/examples/country-code-redirect/": [
    "send visitors to a different site based on their country",
    "redirect by country code in a worker",
    "geo redirect example",
    "send european visitors to my eu site",
  ],
  "/workers/examples/cache-api/": [
    "cache a response with the cache api example",
    "store and read responses in caches.default",
    "keep a copy of slow api responses at the edge like a cdn",
  ],
  "/workers/examples/websockets/": [
    "example of a websocket server in a worker",
    "websocket echo example",
    "connect to a websocket from a worker",
  ],
  "/workers/examples/cron-trigger/": [
    "example scheduled worker",
    "run code on a cron in a worker example",
    "scheduled handler example",
  ],
  "/workers/examples/hot-link-protection/": [
    "stop other sites from embedding my images",
    "block image hotlinking with a worker",
    "check the referer header before serving images",
    "other websites are using my bandwidth by embedding my pictures",
  ],
  "/workers/examples/read-post/": [
    "read form data or json from a post request",
    "parse the body of a post request",
    "read json sent to my worker",
    "handle a form submission in my function",
  ],
  "/workers/examples/return-json/": [
    "return json from a worker",
    "my api should answer with json instead of text",
    "set content-type application/json",
  ],
  "/workers/examples/alter-headers/": [
    "add or remove response headers in a worker",
    "add cors or security headers to responses from my api",
    "change request headers before fetch",
  ],
  "/workers/examples/signing-requests/": [
    "create signed urls that expire",
    "verify an hmac signature on a request",
    "hmac signed links",
    "protect download links from being shared",
  ],
  "/workers/examples/geolocation-hello-world/": [
    "show content based on where the visitor is",
    "get the visitor's country and city in a worker",
    "show visitors from france a french page",
    "show prices in the visitor's currency",
  ],
  "/workers/examples/fetch-json/": [
    "fetch json from an api in a worker",
    "call a rest api and parse the result",
    "get data from another api and return it",
    "call a weather or stock api from serverless code",
  ],
  "/workers/examples/return-html/": [
    "return an html page from a worker",
    "serve a small html response",
    "respond with a simple web page without an origin server",
  ],
  "/workers/examples/modify-response/": [
    "change the body of a response from my origin",
    "replace text in the origin's response",
    "edit the page my server returns before it reaches visitors",
  ],
  "/workers/examples/respond-with-another-site/": [
    "proxy another website through my worker",
    "serve content from a different url",
    "reverse proxy to another site with a worker",
    "show another website's content on my domain",
  ],
  "/workers/examples/bulk-redirects/": [
    "redirect many paths with a map in a worker",
    "lookup table of redirects in code",
    "move my old blog's urls to the new site without an nginx rewrite map",
  ],
  "/workers/examples/extract-cookie-value/": [
    "read a cookie in a worker",
    "parse the cookie header",
    "get a session id from the cookie in my function",
    "check if a visitor has a login cookie",
  ],
  "/workers/examples/cache-post-request/": [
    "cache responses to post requests",
    "cache graphql post queries",
    "post requests are never cached, how to cache them",
  ],
  "/workers/examples/conditional-response/": [
    "respond differently by user agent or method",
    "return a different response based on the request",
    "block requests from bots by user agent in code",
  ],
  "/workers/examples/rewrite-links/": [
    "rewrite links in html responses",
    "change urls inside an html page",
    "replace http links with https in my pages",
  ],
  "/workers/examples/debugging-logs/": [
    "send logs from a worker to an external service",
    "debug logging example",
    "send errors from my function to sentry or a log service",
  ],
  "/workers/examples/aggregate-requests/": [
    "fetch several apis in parallel and combine them",
    "merge responses from multiple urls",
    "call two apis at once and return one json",
  ],
  "/workers/examples/post-json/": [
    "send json in a post request from a worker",
    "post data to another api",
    "call a webhook with a json body from my code",
  ],
  "/workers/examples/turnstile-html-rewriter/": [
    "add turnstile to a form with a worker",
    "inject the captcha widget with htmlrewriter",
    "add a captcha to my existing form without changing the site",
  ],
  "/workers/examples/openai-sdk-streaming/": [
    "stream openai responses through a worker",
    "server sent events from an llm",
    "stream chatgpt answers word by word to the browser",
  ],
  "/workers/examples/streaming-json/": [
    "stream a large json response",
    "parse json incrementally",
    "return a huge json array without running out of memory",
  ],
  "/workers/examples/multiple-cron-triggers/": [
    "several schedules in one worker",
    "different code for each cron",
    "run one task hourly and another daily in the same project",
  ],
  "/workers/examples/103-early-hints/": [
    "send early hints from a worker",
    "preload resources with 103",
    "make pages load faster by hinting css early",
  ],
  "/workers/examples/data-loss-prevention/": [
    "block responses that contain sensitive data",
    "scan responses for credit card numbers",
    "stop leaking social security or card numbers in responses",
  ],
  "/workers/examples/protect-against-timing-attacks/": [
    "compare secrets safely in constant time",
    "timingsafeequal in a worker",
    "compare an api key without leaking timing",
  ],
  "/workers/examples/analytics-engine/": [
    "write custom metrics from a worker",
    "log events to analytics engine",
    "count events per customer for usage billing",
    "track api usage per customer without running my own clickhouse",
  ],
  "/workers/examples/auth-with-headers/": [
    "check a secret header before allowing a request",
    "simple api key authentication",
    "require an api key header on my endpoints",
  ],
  "/workers/examples/block-on-tls/": [
    "block old tls versions in a worker",
    "reject clients using tls 1.0",
    "require tls 1.2 or newer for my api",
  ],
  "/workers/examples/logging-headers/": [
    "print all request headers to the console",
    "log headers for debugging",
    "see what headers the browser sends",
  ],
  "/workers/examples/cache-tags/": [
    "add cache tags from a worker",
    "purge by tag set in a worker",
    "purge related pages together by tag",
    "clear all cached pages for one product at once",
  ],
  "/workers/examples/spa-shell/": [
    "my react app shows a loading spinner before its first data arrives",
    "inject initial data into a react app shell",
    "prerender a spa with data from the edge",
  ],
  "/workers/runtime-apis/handlers/": [
    "which events can a worker handle",
    "fetch, scheduled, queue and email handlers",
    "what can trigger my worker besides http requests",
    "run code on a timer or when an email arrives, not only on web requests",
  ],
  "/workers/runtime-apis/nodejs/crypto/": [
    "node crypto module in workers",
    "createhash in a worker",
  ],
  "/workers/runtime-apis/nodejs/buffer/": [
    "use buffer in a worker",
    "buffer is not defined in my worker",
  ],
  "/workers/runtime-apis/nodejs/asynclocalstorage/": [
    "request context with asynclocalstorage",
    "keep per request context across async calls",
  ],
  "/workers/runtime-apis/nodejs/fs/": [
    "can a worker read and write files",
    "node fs module support",
  ],
  "/workers/runtime-apis/nodejs/process/": [
    "process.env in a worker",
    "read environment variables via process",
  ],
  "/workers/runtime-apis/scheduler/": [
    "wait or yield inside a worker",
    "like settimeout with await: pause for a second in my function",
    "sleep inside a worker without blocking",
  ],
  "/workers/runtime-apis/eventsource/": [
    "consume server sent events in a worker",
    "read an sse stream from another service",
    "listen to a server sent events stream from an api",
  ],
  "/workers/runtime-apis/messagechannel/": [
    "send messages between two parts of my code through ports, like in a browser",
    "postmessage between ports in a worker",
  ],
  "/workers/glossary/": [
    "workers terms explained",
    "what is an isolate, binding or route",
    "what does isolate mean in cloudflare workers",
  ],
  "/workers/playground/": [
    "try workers code in the browser",
    "online editor to test a worker",
    "try serverless code without an account",
  ],
  "/workers/best-practices/workers-best-practices/": [
    "checklist before putting my serverless api into production",
    "common mistakes to avoid in workers code",
    "recommended patterns for production workers",
    "my worker is slow or flaky, what am i doing wrong",
  ],
  "/workers/languages/javascript/": [
    "write workers in javascript",
    "write my function in plain js without a build step",
    "write a worker without typescript",
  ],
  "/workers/languages/python/basics/": [
    "python worker request handling basics",
    "return a response from a python worker",
    "handle a request and return json in a python worker",
  ],
  "/workers/static-assets/routing/worker-script/": [
    "run code before serving static assets",
    "worker first routing for assets",
    "check auth before serving my static files",
  ],
  "/workers/static-assets/direct-upload/": [
    "upload static assets with the api",
    "upload a site's files through the rest api",
    "deploy static files without wrangler from my own tool",
  ],
  "/workers/static-assets/routing/full-stack-application/": [
    "frontend and backend in one worker",
    "api routes and static frontend in the same project",
    "serve my react frontend and its api from one deployment",
  ],
  "/workers/databases/third-party-integrations/supabase/": [
    "connect a worker to supabase",
    "supabase integration for workers",
  ],
  "/workers/databases/third-party-integrations/neon/": [
    "connect a worker to neon postgres",
    "neon serverless driver on workers",
  ],
  "/workers/tutorials/deploy-an-express-app/": [
    "run an express.js app on workers",
    "deploy my node express server to cloudflare",
    "move a node server to serverless without rewriting it",
  ],
  "/workers/tutorials/build-a-slackbot/": [
    "build a slack bot on workers",
    "slack app backend on cloudflare",
    "respond to slack slash commands or webhooks",
  ],
  "/workers/tutorials/send-emails-with-resend/": [
    "send email from a worker with resend",
    "resend email api in a worker",
    "email a password reset link from my app",
  ],
  "/dynamic-workers/": [
    "run untrusted or ai generated code safely in a sandbox on cloudflare",
    "spin up a new worker at runtime from a string of code",
    "lightweight alternative to containers for sandboxing user code",
    "let my users upload scripts that run isolated from each other",
  ],
  "/dynamic-workers/getting-started/": [
    "configure the worker loader binding and run code loaded at runtime",
    "difference between loader load and get for dynamic code",
    "reuse a sandboxed isolate across requests instead of creating one each time",
    "run typescript or npm dependencies inside a dynamically loaded worker",
  ],
  "/dynamic-workers/api-reference/": [
    "env.loader.load and env.loader.get parameters",
    "workercode fields: main module, modules, compatibility date, env, globaloutbound",
    "call the entrypoint of a worker i loaded at runtime",
  ],
  "/dynamic-workers/pricing/": [
    "how much do dynamic workers cost",
    "am i charged per sandbox created each day",
    "cpu time and request charges for code loaded at runtime",
    "cost of running code that my users or an ai agent write, per sandbox",
  ],
  "/dynamic-workers/usage/bindings/": [
    "give a sandboxed worker access to only its own kv namespace or bucket",
    "expose my own methods to untrusted code as a capability",
    "scope data per customer when running their code",
    "pass bindings from the parent worker to a dynamically loaded one",
  ],
  "/dynamic-workers/usage/egress-control/": [
    "block internet access from code i run in a sandbox",
    "allow untrusted code to call only certain domains",
    "add an api key to outgoing requests without the sandboxed code seeing it",
    "intercept every fetch made by a dynamically loaded worker",
    "firewall so ai generated code can only call my own api",
  ],
  "/dynamic-workers/usage/limits/": [
    "cap cpu time and subrequests for code my users submit",
    "stop a runaway script in a sandbox after a few milliseconds",
    "set per invocation limits on a dynamically loaded worker",
  ],
  "/dynamic-workers/usage/observability/": [
    "see console.log output from code running in a sandbox",
    "capture logs and exceptions of dynamically loaded workers with a tail worker",
    "stream logs from user submitted code back in real time",
  ],
  "/dynamic-workers/usage/static-assets/": [
    "serve html and images from a worker created at runtime",
    "host a full stack app generated by an ai agent",
    "provide static files to a dynamic worker without deploying them",
  ],
  "/dynamic-workers/usage/durable-object-facets/": [
    "give ai generated code its own sqlite database",
    "load a durable object class from runtime code and supervise it",
    "isolated persistent storage per sandboxed app",
  ],
  "/dynamic-workers/usage/dynamic-workflows/": [
    "run a durable workflow from code loaded at runtime",
    "steps that retry and sleep for days in user provided code",
    "run workflows without registering each one in my config",
  ],
  "/dynamic-workers/examples/codemode/": [
    "let the llm write code that calls my tools instead of one tool call at a time",
    "cut tokens spent on agent tool calls",
    "codemode library with the agents sdk",
  ],
  "/dynamic-workers/examples/dynamic-workers-playground/": [
    "bundle code from github at runtime and execute it",
    "playground to try running code in an isolate and see logs live",
  ],
  "/dynamic-workers/examples/dynamic-workers-starter/": [
    "starter template for a worker that loads and runs other workers",
    "deploy a minimal code sandbox example",
  ],
  "/dynamic-workers/examples/dynamic-workflows-playground/": [
    "playground for writing workflow logic that runs in a sandbox",
    "see each step of a runtime loaded workflow logged live",
    "let users write their own multi-step automation and watch each step run",
  ],
  "/workers-vpc/": [
    "call an internal api in my aws vpc from a worker",
    "reach services that are not on the public internet from cloudflare code",
    "connect my private cloud network to workers",
    "worker access to on premise servers behind a firewall",
    "my serverless code needs to call an api that only lives on my private network",
  ],
  "/workers-vpc/get-started/": [
    "set up a tunnel and a vpc service so my worker can reach a private host",
    "first worker that talks to a service in my private network",
    "test access to a private service locally before deploying",
    "reach an internal api in my aws account from edge code for the first time",
  ],
  "/workers-vpc/api/": [
    "fetch a private http service through a vpc binding",
    "open a raw tcp connection to a private host from a worker",
    "difference between vpc service and vpc network bindings",
    "call a service inside my private network as if it were a normal fetch",
  ],
  "/workers-vpc/configuration/tunnel/": [
    "run cloudflared so workers can reach my private resources",
    "which tunnel do i use for workers vpc",
    "like a vpn from my serverless code to my datacenter",
  ],
  "/workers-vpc/configuration/tunnel/hardware-requirements/": [
    "how big should the machine running cloudflared be",
    "how many tunnel replicas for production traffic from workers",
  ],
  "/workers-vpc/configuration/vpc-networks/": [
    "reach any host behind a tunnel without registering each one",
    "bind a worker to cloudflare mesh to reach private subnets",
    "reach a whole private subnet from my code, like a site-to-site vpn",
  ],
  "/workers-vpc/configuration/vpc-services/": [
    "register a private host and port that a worker may call",
    "tls certificate verification for a private service reached from workers",
    "expose a private postgres port to a worker through a tunnel",
    "only allow my code to reach one internal host and port",
  ],
  "/workers-vpc/configuration/vpc-services/terraform/": [
    "manage vpc services with terraform",
    "cloudflare_connectivity_directory_service resource example",
  ],
  "/workers-vpc/examples/connect-to-cloudflare-mesh/": [
    "call a device or subnet on my mesh network from a worker",
    "worker to warp connector private routes",
    "reach a laptop or office device on my private network from serverless code",
  ],
  "/workers-vpc/examples/private-api/": [
    "call a rest api on an ec2 instance with no public ip",
    "worker in front of an internal website",
  ],
  "/workers-vpc/examples/private-database/": [
    "query a postgres database in a private network from a worker",
    "hyperdrive with a database that has no public address",
    "my database is behind a firewall with no public address",
  ],
  "/workers-vpc/examples/private-s3-bucket/": [
    "read from an s3 bucket that only allows access from my vpc",
    "worker access to private object storage through a tunnel",
  ],
  "/workers-vpc/examples/route-across-private-services/": [
    "api gateway in a worker routing paths to internal services",
    "load balance and authenticate requests to several private backends",
    "like an nginx reverse proxy in front of my internal microservices",
  ],
  "/workers-vpc/reference/limits/": [
    "how many vpc services can one account have",
    "request size and timeout limits for private service calls",
    "how long can a call to my internal service take before it times out",
  ],
  "/workers-vpc/reference/pricing/": [
    "is workers vpc free during the beta",
    "what does it cost to reach a private network from workers",
    "does reaching my private network from code cost extra",
  ],
  "/workers-vpc/reference/troubleshooting/": [
    "worker fetch to my private service throws a connection error",
    "bad upstream or tunnel error codes when calling a private api",
    "permission error creating or binding a vpc service",
    "my code gets connection refused calling a server in my private network",
  ],
  "/workers-vpc/reference/wrangler-commands/": [
    "wrangler vpc service create, list and delete",
    "create a tcp vpc service from the command line",
    "register an internal service for my app from the terminal",
  ],
  "/workers/ci-cd/builds/advanced-setups/": [
    "deploy several workers from one monorepo with workers builds",
    "root directory and build watch paths for a monorepo",
    "deploy to staging and production environments from git branches",
  ],
  "/workers/ci-cd/builds/automatic-prs/": [
    "cloudflare opened a pull request adding a wrangler config to my repo",
    "should i merge the configuration pr from workers builds",
    "name conflict pull request after connecting a repository",
  ],
  "/workers/ci-cd/builds/event-subscriptions/": [
    "send a slack or discord message when my worker build fails",
    "build started, succeeded and failed events to a queue",
  ],
  "/workers/ci-cd/builds/git-integration/gitlab-integration/": [
    "connect a gitlab repo so my worker deploys on push",
    "gitlab merge request preview builds for workers",
  ],
  "/workers/ci-cd/builds/api-reference/": [
    "trigger or list worker builds through the api",
    "rest api for workers builds triggers and build logs",
  ],
  "/workers/ci-cd/external-cicd/": [
    "deploy my worker from my own ci pipeline instead of workers builds",
    "api token and account id for deploying from ci",
    "deploy my function from github actions or gitlab ci",
  ],
  "/workers/configuration/integrations/apis/": [
    "call a third party rest api from my worker",
    "store an api key for an external service and use it in fetch",
  ],
  "/workers/configuration/integrations/external-services/": [
    "npm sdk of a service does not work in a worker",
    "use an external service's library that needs fs or net",
  ],
  "/workers/configuration/multipart-upload-metadata/": [
    "metadata part of a multipart script upload through the api",
    "declare bindings and main module when uploading a worker without wrangler",
  ],
  "/workers/configuration/workers-with-page-rules/": [
    "which page rules still apply when a worker handles the request",
    "page rule forwarding or cache level ignored on a worker route",
    "my redirect rules stop working when my script runs on that url",
  ],
  "/workers/configuration/sites/configuration/": [
    "workers sites bucket and include exclude settings",
    "configure the legacy static site hosting in wrangler",
  ],
  "/workers/configuration/sites/start-from-existing/": [
    "serve an existing static site folder with workers sites",
    "add workers sites to a project built with a static generator",
  ],
  "/workers/configuration/sites/start-from-scratch/": [
    "new workers sites project from a template",
    "generate a workers sites starter with wrangler",
  ],
  "/workers/configuration/sites/start-from-worker/": [
    "add static file serving to an existing worker with kv asset handler",
    "serve static assets from an existing worker using workers sites",
  ],
  "/workers/databases/": [
    "which database can i use from a worker",
    "connect workers to sql or nosql databases",
    "connect my serverless code to postgres, mysql or mongodb",
  ],
  "/workers/databases/third-party-integrations/": [
    "integrations with hosted databases like neon, turso and planetscale",
    "add a third party database's credentials to my worker as secrets",
  ],
  "/workers/databases/third-party-integrations/planetscale/": [
    "connect a worker to planetscale mysql",
    "planetscale serverless driver on workers",
  ],
  "/workers/databases/third-party-integrations/turso/": [
    "connect a worker to turso libsql",
    "turso database integration for workers",
  ],
  "/workers/databases/third-party-integrations/upstash/": [
    "use upstash redis from a worker",
    "redis or kafka for workers through upstash",
  ],
  "/workers/databases/third-party-integrations/xata/": [
    "connect a worker to xata",
    "xata integration secrets for workers",
  ],
  "/workers/demos/chatgpt-app/": [
    "build an interactive app that renders inside chatgpt",
    "mcp server with ui widgets for chatgpt on workers",
  ],
  "/workers/examples/accessing-the-cloudflare-object/": [
    "read request.cf properties like country and asn",
    "get visitor location and tls details in a worker",
    "find the visitor's country without a geoip database",
  ],
  "/workers/examples/bulk-origin-proxy/": [
    "send each hostname to a different backend from one worker",
    "map subdomains to different origins in a proxy",
  ],
  "/workers/examples/cache-using-fetch/": [
    "set cache ttl and cache key on a fetch subrequest",
    "cache responses from my origin with cf cachettl options",
    "cache everything for a path from a worker",
    "like a cdn cache rule, but decided per request in my code",
  ],
  "/workers/examples/fetch-html/": [
    "fetch a web page and return its html from a worker",
    "simplest worker that proxies an html page",
    "return the contents of another web page from my function",
  ],
  "/workers/examples/geolocation-app-weather/": [
    "show weather for the visitor's location",
    "use visitor latitude and longitude in a worker",
  ],
  "/workers/examples/geolocation-custom-styling/": [
    "change page style by the visitor's local time or location",
    "personalize a page by where the visitor is",
  ],
  "/workers/examples/images-workers/": [
    "serve cloudflare images from my own domain through a worker",
    "custom path for images instead of imagedelivery.net",
  ],
  "/workers/examples/modify-request-property/": [
    "change the url, method or headers of a request before forwarding it",
    "clone and modify an incoming request in a worker",
  ],
  "/workers/framework-guides/web-apps/": [
    "which web frameworks can i deploy on workers",
    "full stack framework guides for cloudflare workers",
    "host my react, next.js or astro app at the edge",
  ],
  "/workers/framework-guides/web-apps/microfrontends/": [
    "split one app into independently deployed frontends",
    "route paths to separate workers owned by different teams",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/analog/": [
    "deploy an analog angular app to workers",
    "analog with nitro preset for cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/angular/": [
    "deploy an angular app with server rendering to workers",
    "angular ssr on cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/docusaurus/": [
    "deploy a docusaurus site to workers static assets",
    "docs site with docusaurus on cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/gatsby/": [
    "deploy a gatsby site to workers",
    "gatsby static output served by a worker",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/nuxt/": [
    "deploy a nuxt app to workers",
    "nuxt ssr with bindings on cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/qwik/": [
    "deploy a qwik app to workers",
    "qwik city adapter for cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/solid/": [
    "deploy a solidstart app to workers",
    "solid js server rendering on cloudflare workers",
  ],
  "/workers/framework-guides/web-apps/more-web-frameworks/waku/": [
    "deploy a waku react server components app to workers",
    "waku on cloudflare",
  ],
  "/workers/framework-guides/web-apps/redwoodsdk/": [
    "build a react app with redwoodsdk on workers",
    "redwood react server components on cloudflare",
  ],
  "/workers/framework-guides/web-apps/tanstack-start/": [
    "deploy tanstack start to workers",
    "tanstack router full stack app on cloudflare with bindings",
  ],
  "/workers/framework-guides/web-apps/vike/": [
    "deploy a vike app to workers",
    "vite plugin ssr app on cloudflare",
  ],
  "/workers/framework-guides/web-apps/vue/": [
    "deploy a vue single page app to workers",
    "vue with an api worker on cloudflare",
    "host a vue frontend and its api together",
  ],
  "/workers/languages/": [
    "which programming languages can i write workers in",
    "run python, rust or wasm code on workers",
    "can i write my serverless functions in python, go or rust",
  ],
  "/workers/languages/python/examples/": [
    "example python worker handling requests and json",
    "python worker code samples for kv, fetch and scheduled jobs",
  ],
  "/workers/languages/python/ffi/": [
    "call javascript apis and bindings from python",
    "convert python dicts to javascript objects in a worker",
  ],
  "/workers/languages/python/how-python-workers-work/": [
    "why python workers start slowly and how snapshots help",
    "which python version and pyodide do workers use",
  ],
  "/workers/languages/python/packages/fastapi/": [
    "run a fastapi app on cloudflare",
    "asgi python api on workers",
  ],
  "/workers/languages/python/packages/langchain/": [
    "use langchain in a python worker",
    "python llm chain on cloudflare workers",
  ],
  "/workers/languages/python/stdlib/": [
    "which python standard library modules work in workers",
    "can i use sockets, threads or subprocess in a python worker",
  ],
  "/workers/languages/rust/crates/": [
    "which rust crates work on workers",
    "reqwest, tokio-postgres or hyper in a rust worker",
  ],
  "/workers/local-development/local-explorer/": [
    "browse and edit local kv, d1 and r2 data during development",
    "web ui to inspect my local bindings",
    "view local database tables while running wrangler dev",
  ],
  "/workers/observability/dev-tools/breakpoints/": [
    "set breakpoints and step through my worker code",
    "debug a worker in vs code or chrome devtools",
  ],
  "/workers/observability/exporting-opentelemetry-data/axiom/": [
    "send worker traces and logs to axiom",
    "opentelemetry export to axiom",
  ],
  "/workers/observability/exporting-opentelemetry-data/grafana-cloud/": [
    "send worker traces to grafana cloud",
    "otlp endpoint for grafana tempo from workers",
    "see my function's traces in grafana",
  ],
  "/workers/observability/exporting-opentelemetry-data/honeycomb/": [
    "send worker traces to honeycomb",
    "honeycomb api key as an otel destination for workers",
  ],
  "/workers/observability/exporting-opentelemetry-data/posthog/": [
    "send worker logs to posthog",
    "posthog otel destination for workers",
  ],
  "/workers/observability/exporting-opentelemetry-data/sentry/": [
    "send worker traces and logs to sentry via opentelemetry",
    "sentry otlp endpoint for workers",
    "errors from my function show up in sentry",
  ],
  "/workers/observability/traces/custom-spans/": [
    "time a part of my own code as a span in a trace",
    "add attributes to a custom span with enterspan",
  ],
  "/workers/observability/traces/known-limitations/": [
    "spans show 0 ms for cpu work",
    "trace context not passed to my backend services",
  ],
  "/workers/observability/traces/spans-and-attributes/": [
    "which operations are traced automatically in workers",
    "span attributes for fetch, kv, d1 and r2 calls",
  ],
  "/workers/platform/built-with-cloudflare/": [
    "badge for my readme saying the project runs on cloudflare",
    "add a built with cloudflare button to my docs",
    "add a hosted-by badge to my github readme",
  ],
  "/workers/platform/claim-deployments/": [
    "let an ai agent deploy a worker without a cloudflare account",
    "claim a worker deployed to a temporary account",
    "move a preview deployment into my permanent account",
  ],
  "/workers/reference/protocols/": [
    "can a worker accept tcp or udp connections",
    "which protocols workers support inbound and outbound: http, websockets, grpc",
    "can my function talk to a database over raw tcp or serve grpc",
  ],
  "/workers/runtime-apis/bindings/service-bindings/http/": [
    "forward a request to another worker over a service binding with fetch",
    "call another worker's fetch handler without going over the internet",
  ],
  "/workers/runtime-apis/rpc/error-handling/": [
    "errors thrown in an rpc method lose their stack trace",
    "custom properties on exceptions across workers rpc",
  ],
  "/workers/runtime-apis/rpc/lifecycle/": [
    "memory leak from stubs returned by rpc calls",
    "dispose rpc stubs with using declarations",
    "how long does an rpc stub stay alive",
  ],
  "/workers/runtime-apis/rpc/reserved-methods/": [
    "method names i cannot use on a workerentrypoint",
    "fetch and connect behave differently over rpc",
  ],
  "/workers/runtime-apis/rpc/typescript/": [
    "type my service binding so rpc calls are typed",
    "typescript types for calling another worker's methods",
  ],
  "/workers/runtime-apis/rpc/visibility/": [
    "can the other worker access private fields over rpc",
    "which properties and methods are exposed over rpc",
  ],
  "/workers/static-assets/routing/advanced/gradual-rollouts/": [
    "users get mismatched javascript files during a gradual deployment",
    "keep a visitor on the same version while rolling out",
  ],
  "/workers/static-assets/routing/advanced/html-handling/": [
    "force or drop trailing slashes on my pages",
    "stop redirecting /page to /page/ for html files",
    "serve about.html at /about",
  ],
  "/workers/static-assets/routing/advanced/serving-a-subdirectory/": [
    "serve my static site under /blog on an existing domain",
    "host assets at a path prefix rather than the root",
  ],
  "/workers/static-assets/migration-guides/": [
    "migrate from pages or workers sites to workers static assets",
    "move my static site hosting to workers",
    "move my site here from netlify, vercel or an older static hosting setup",
  ],
  "/workers/testing/vitest-integration/debugging/": [
    "set breakpoints in my worker tests in vs code",
    "open the inspector while running vitest for workers",
  ],
  "/workers/testing/vitest-integration/isolation-and-concurrency/": [
    "do my tests share storage or run in separate isolates",
    "tests leak state into each other in the workers vitest pool",
  ],
  "/workers/testing/vitest-integration/known-issues/": [
    "code coverage does not work with the workers vitest pool",
    "fake timers or websockets fail in my worker tests",
    "module resolution errors running vitest in workerd",
  ],
  "/workers/testing/vitest-integration/migration-guides/migrate-from-miniflare-2/": [
    "replace jest-environment-miniflare with the vitest integration",
    "move tests from vitest-environment-miniflare",
  ],
  "/workers/testing/vitest-integration/migration-guides/migrate-from-unstable-dev/": [
    "replace unstable_dev integration tests with vitest-pool-workers",
    "test another worker without starting wrangler dev",
  ],
  "/workers/testing/vitest-integration/migration-guides/migrate-from-vitest-3-to-vitest-4/": [
    "upgrade my worker tests to vitest 4",
    "isolatedstorage and singleworker removed after upgrading vitest-pool-workers",
    "replace fetchmock in cloudflare:test",
  ],
  "/workers/testing/unstable_startworker/": [
    "start a worker programmatically from node for tests",
    "run a worker from a script with wrangler's api",
    "spin up my app in an integration test script and send it real requests",
  ],
  "/workers/testing/miniflare/get-started/": [
    "simulate workers locally from node with miniflare",
    "run a worker script in node tests without wrangler",
    "emulate the edge runtime inside my jest or node test setup",
  ],
  "/workers/testing/miniflare/writing-tests/": [
    "write tests that dispatch fetch events with miniflare",
    "test a worker with node's test runner and miniflare",
  ],
  "/workers/testing/miniflare/migrations/from-v2/": [
    "upgrade from miniflare 2 to miniflare 3",
    "options renamed between miniflare versions",
  ],
  "/workers/testing/miniflare/core/multiple-workers/": [
    "run several workers together in miniflare with service bindings",
    "mount multiple worker scripts in one miniflare instance",
  ],
  "/workers/testing/miniflare/core/fetch/": [
    "dispatch a fetch to a worker in miniflare",
    "send a test request through miniflare",
  ],
  "/workers/testing/miniflare/core/scheduled/": [
    "trigger a cron handler in miniflare",
    "test scheduled events locally",
  ],
  "/workers/testing/miniflare/core/queues/": [
    "test queue producers and consumers in miniflare",
    "local queue simulation with miniflare",
  ],
  "/workers/testing/miniflare/core/variables-secrets/": [
    "pass environment variables and secrets to miniflare",
    "bindings option for plain text vars in miniflare",
  ],
  "/workers/testing/miniflare/core/web-sockets/": [
    "test websocket upgrades in miniflare",
    "open a websocket to a worker under miniflare",
  ],
  "/workers/testing/miniflare/developing/debugger/": [
    "attach a debugger to miniflare",
    "inspector port for workerd under miniflare",
  ],
  "/workers/testing/miniflare/storage/kv/": [
    "kv namespaces in miniflare and where data is persisted",
    "persist kv data between miniflare runs",
  ],
  "/workers/testing/miniflare/storage/r2/": [
    "r2 buckets in miniflare",
    "simulate object storage locally with miniflare",
  ],
  "/workers/testing/miniflare/storage/durable-objects/": [
    "durable objects in miniflare tests",
    "persist durable object storage in miniflare",
  ],
  "/workers/testing/miniflare/storage/cache/": [
    "cache api behaviour in miniflare",
    "disable or persist the cache in local tests",
  ],
  "/workers/testing/miniflare/storage/d1/": [
    "d1 databases in miniflare",
    "local sqlite database for miniflare tests",
  ],
  "/workers/vite-plugin/reference/api/": [
    "options of the cloudflare vite plugin",
    "configure auxiliary workers in vite.config",
  ],
  "/workers/vite-plugin/reference/cloudflare-environments/": [
    "select a staging environment when building with vite",
    "cloudflare_env variable with the vite plugin",
  ],
  "/workers/vite-plugin/reference/debugging/": [
    "debug worker code running under vite dev",
    "change or disable the inspector port in the vite plugin",
  ],
  "/workers/vite-plugin/reference/migrating-from-wrangler-dev/": [
    "switch my project from wrangler dev to vite",
    "wrangler config fields ignored by the vite plugin",
  ],
  "/workers/vite-plugin/reference/non-javascript-modules/": [
    "import .wasm, .txt or .bin files with the vite plugin",
    "non js module types in a vite worker build",
  ],
  "/workers/vite-plugin/reference/programmatic-configuration/": [
    "configure my worker in vite.config without a wrangler file",
    "generate worker config dynamically in the vite plugin",
  ],
  "/workers/vite-plugin/reference/secrets/": [
    "local secrets with .dev.vars when using vite",
    "where do secrets come from in vite dev",
    "api key missing when running vite dev",
  ],
  "/workers/vite-plugin/reference/static-assets/": [
    "serve the vite build output as worker static assets",
    "_headers and _redirects with the vite plugin",
  ],
  "/workers/vite-plugin/reference/vite-environments/": [
    "how the vite environment api runs my worker in workerd",
    "name of the vite environment for my worker",
  ],
  "/workers/vite-plugin/tutorial/": [
    "react single page app with an api worker using vite",
    "add a backend api to my vite react project",
  ],
  "/workers/runtime-apis/webassembly/javascript/": [
    "load a wasm module from javascript in a worker",
    "instantiate webassembly compiled from c or rust",
  ],
  "/workers/runtime-apis/nodejs/http/": [
    "use node's http module in a worker",
    "http.request or createserver with nodejs_compat",
    "library calls http.get and fails in my function",
    "http.get needs the enable_nodejs_http_modules flag",
  ],
  "/workers/runtime-apis/nodejs/https/": [
    "use node's https module in a worker",
    "https.get from a library that needs node",
    "https.request fails until i add a compatibility flag",
  ],
  "/workers/runtime-apis/nodejs/net/": [
    "open a tcp socket with node's net module",
    "net.connect in a worker",
    "connect to a redis server over tcp from my function",
  ],
  "/workers/runtime-apis/nodejs/tls/": [
    "tls.connect in a worker",
    "secure sockets with node's tls module",
  ],
  "/workers/runtime-apis/nodejs/dns/": [
    "resolve dns names from a worker with node's dns",
    "dns lookup in workers via nodejs_compat",
    "look up mx or txt records from my code",
  ],
  "/workers/runtime-apis/nodejs/diagnostics-channel/": [
    "publish diagnostics channel messages to a tail worker",
    "node diagnostics_channel and tracingchannel support",
  ],
  "/workers/runtime-apis/nodejs/eventemitter/": [
    "use node events and eventemitter in a worker",
    "import events module with nodejs_compat",
  ],
  "/workers/runtime-apis/nodejs/streams/": [
    "node readable and writable streams in a worker",
    "node:stream support on workers",
  ],
  "/workers/runtime-apis/nodejs/util/": [
    "util.promisify and util.types in a worker",
    "node util module support",
  ],
  "/workers/runtime-apis/nodejs/zlib/": [
    "gzip or deflate data with node's zlib in a worker",
    "compress and decompress with zlib on workers",
    "unzip a gzipped response body",
  ],
  "/workers/runtime-apis/nodejs/timers/": [
    "settimeout from node:timers in a worker",
    "node timers promises api on workers",
  ],
  "/workers/runtime-apis/nodejs/path/": [
    "use node:path in a worker",
    "path.join and path.resolve support",
    "join file paths in code that runs on cloudflare",
  ],
  "/workers/runtime-apis/nodejs/url/": [
    "convert an international domain name to punycode",
    "domaintoascii and domaintounicode from node:url",
  ],
  "/workers/runtime-apis/nodejs/assert/": [
    "node assert module in a worker",
    "assert.deepstrictequal available on workers",
  ],
  "/workers/runtime-apis/nodejs/string-decoder/": [
    "decode buffers with stringdecoder in a worker",
    "node string_decoder support",
  ],
  "/workers/runtime-apis/nodejs/test/": [
    "mock functions with node:test mock in a worker",
    "mocktracker support and missing mock timers",
  ],
  "/workers/runtime-apis/streams/transformstream/": [
    "modify a response body as it streams through a worker",
    "transformstream to pipe data through",
  ],
  "/workers/runtime-apis/streams/readablestream/": [
    "readablestream methods available in workers",
    "pipe a readable stream to a writable one",
  ],
  "/workers/runtime-apis/streams/writablestream/": [
    "write chunks to a writablestream in a worker",
    "get a writer for a writable stream",
  ],
  "/workers/wrangler/commands/certificates/": [
    "upload a client certificate for mtls subrequests with wrangler",
    "upload a ca certificate for mtls with wrangler cert",
  ],
  "/workers/wrangler/commands/pipelines/": [
    "create a pipeline, stream and sink with wrangler",
    "wrangler pipelines commands",
  ],
  "/workers/wrangler/commands/vpc/": [
    "manage workers vpc services with wrangler",
    "wrangler vpc commands",
  ],
  "/workers/wrangler/commands/workers-for-platforms/": [
    "upload a customer's script to a dispatch namespace with wrangler",
    "create or list dispatch namespaces from the cli",
  ],
  "/workers/wrangler/commands/browser/": [
    "open or close a headless browser session with wrangler",
    "list browser run sessions from the cli",
  ],
  "/workers/wrangler/commands/artifacts/": [
    "manage artifacts repositories with wrangler",
    "issue a repo token for artifacts from the cli",
  ],
  "/workers/wrangler/migration/update-v2-to-v3/": [
    "upgrade wrangler from version 2 to 3",
    "what changed in wrangler 3 for local development",
    "wrangler dev now runs locally instead of remote",
  ],
  "/workers/wrangler/migration/v1-to-v2/eject-webpack/": [
    "my old wrangler project uses webpack, how to migrate",
    "remove webpack config from a wrangler 1 project",
  ],
  "/workers/wrangler/migration/v1-to-v2/update-v1-to-v2/": [
    "upgrade a wrangler 1 project to wrangler 2",
    "deprecated fields in an old wrangler.toml",
  ],
  "/workers/wrangler/migration/v1-to-v2/wrangler-legacy/configuration/": [
    "old wrangler.toml options from wrangler 1",
    "type = webpack and site settings in legacy wrangler",
  ],
  "/workers/wrangler/migration/v1-to-v2/wrangler-legacy/commands/": [
    "wrangler publish and wrangler generate in version 1",
    "legacy wrangler 1 cli commands",
  ],
  "/workers/tutorials/build-a-jamstack-app/": [
    "todo list app with kv and a static frontend on workers",
    "store a todo list per user in key value storage",
  ],
  "/workers/tutorials/build-a-qr-code-generator/": [
    "generate a qr code image from a worker",
    "api that returns a qr code for a url",
    "make a small api that returns an image",
  ],
  "/workers/tutorials/connect-to-turso-using-workers/": [
    "query a turso libsql database from a worker",
    "edge sqlite with turso and workers",
    "use a hosted sqlite database from my edge api",
  ],
  "/workers/tutorials/create-finetuned-chatgpt-ai-models-with-r2/": [
    "fine tune an openai model with training data stored in r2",
    "upload a jsonl training file from a bucket to openai",
  ],
  "/workers/tutorials/deploy-a-realtime-chat-app/": [
    "real time chat app with durable objects and websockets",
    "deploy a chat room demo on workers",
    "multiplayer chat that runs without a server",
  ],
  "/workers/tutorials/generate-youtube-thumbnails-with-workers-and-images/": [
    "generate video thumbnails with text overlays",
    "draw text on an image and resize it in a worker",
  ],
  "/workers/tutorials/github-sms-notifications-using-twilio/": [
    "get a text message when my github repo has activity",
    "github webhook to twilio sms from a worker",
  ],
  "/workers/tutorials/handle-form-submissions-with-airtable/": [
    "save contact form submissions into airtable",
    "form backend on workers that writes to a spreadsheet",
    "store signups from my landing page in a table",
  ],
  "/workers/tutorials/openai-function-calls-workers/": [
    "openai function calling from a worker",
    "let gpt call my functions to fetch live data",
  ],
  "/workers/tutorials/send-emails-with-postmark/": [
    "send email from a worker with postmark",
    "postmark transactional email api on workers",
    "send a welcome email when someone signs up",
  ],
  "/workers/tutorials/upload-assets-with-r2/": [
    "let users upload files to a bucket through an authenticated worker",
    "private file upload and download api with r2",
    "let logged in users upload files, like s3 presigned uploads",
  ],
  "/workers/tutorials/using-prisma-postgres-with-workers/": [
    "use a prisma postgres database from a worker",
    "prisma orm with a hosted postgres on workers",
    "set up a hosted postgres with an orm for my edge api",
  ],
  "/workers/tutorials/workers-kv-from-rust/": [
    "read and write kv from a rust worker",
    "workers-rs kv bindings example",
    "store and read cached values from rust code at the edge",
  ],
  "/workers/testing/miniflare/core/modules/": [
    "use es module workers in miniflare",
    "module rules for importing text or wasm files in miniflare",
  ],
  "/workers/testing/miniflare/core/standards/": [
    "mock outbound fetch requests in miniflare tests",
    "intercept subrequests my worker makes under miniflare",
  ],
  "/workers/testing/miniflare/developing/live-reload/": [
    "refresh the browser automatically when my worker changes in miniflare",
    "live reload option for html responses",
  ],
  "/workers/testing/miniflare/core/compatibility/": [
    "set compatibility date and flags in miniflare",
    "miniflare defaults to an old compatibility date",
  ],
  "/workers/runtime-apis/streams/readablestreambyobreader/": [
    "read a stream into my own buffer to avoid copies",
    "byob reader returns fewer bytes than requested",
  ],
  "/workers/wrangler/migration/v1-to-v2/wrangler-legacy/authentication/": [
    "global api key or api token for the old wrangler 1 cli",
    "wrangler config command from version 1",
  ],
  "/workers/wrangler/migration/v1-to-v2/wrangler-legacy/install-update/": [
    "eacces error installing @cloudflare/wrangler globally",
    "i still have the old rust based wrangler installed",
  ],
};
