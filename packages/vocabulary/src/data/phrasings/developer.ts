/**
 * How people ask for the operations of the developer platform: Workers and their routes,
 * domains, cron triggers, logs, versions and settings; KV, R2, D1, Queues, Durable Objects,
 * Hyperdrive, Vectorize, Pages, Images, Stream, Workers AI, AI Gateway, Snippets and Calls.
 * Written from how developers talk, blind to the evaluation sets.
 * @module
 */
import type { OperationPhrasings } from "../../types.ts";

const SCRIPTS = "/accounts/{account_id}/workers/scripts";
const DISPATCH = "/accounts/{account_id}/workers/dispatch/namespaces";
const KV = "/accounts/{account_id}/storage/kv/namespaces";
const R2 = "/accounts/{account_id}/r2";
const D1 = "/accounts/{account_id}/d1/database";
const QUEUES = "/accounts/{account_id}/queues";
const PAGES = "/accounts/{account_id}/pages/projects";
const IMAGES = "/accounts/{account_id}/images";
const STREAM = "/accounts/{account_id}/stream";
const VECTORIZE = "/accounts/{account_id}/vectorize/v2/indexes";
const AI = "/accounts/{account_id}/ai";
const GATEWAYS = "/accounts/{account_id}/ai-gateway/gateways";

export const DEVELOPER_PHRASINGS: OperationPhrasings = {
  // Workers scripts
  [`GET ${SCRIPTS}`]: ["which workers do i have", "list my serverless functions", "what scripts are deployed on my account", "show all my workers", "what's running at the edge for me"],
  [`PUT ${SCRIPTS}/{script_name}`]: ["deploy my worker", "upload new code for my function", "publish a script to the edge", "push my code live", "create a worker from a file"],
  [`GET ${SCRIPTS}/{script_name}`]: ["download my worker's code", "get the source of my deployed function", "what code is my worker running"],
  [`DELETE ${SCRIPTS}/{script_name}`]: ["delete my worker", "remove a function i no longer use", "tear down an old script"],
  [`GET ${SCRIPTS}/{script_name}/content/v2`]: ["read the deployed source of a worker", "show me the script content", "download the modules of my function"],
  [`PUT ${SCRIPTS}/{script_name}/content`]: ["replace just the code of my worker", "update the script body without touching its settings", "hot-swap the code of a function"],
  [`GET ${SCRIPTS}/{script_name}/settings`]: ["which bindings does my worker have", "what env vars does my function see", "show my worker's compatibility date", "is logging on for my worker"],
  [`PATCH ${SCRIPTS}/{script_name}/settings`]: ["add an environment variable to my worker", "bind a kv namespace to my function", "change the compatibility date", "turn on observability logs for a worker"],
  [`GET ${SCRIPTS}/{script_name}/script-settings`]: ["is workers logpush on for this script", "show a worker's tail consumers", "script-level settings of my worker"],
  [`PATCH ${SCRIPTS}/{script_name}/script-settings`]: ["send my worker's logs through logpush", "add a tail consumer to my worker", "turn on logpush for a function"],
  [`GET ${SCRIPTS}/{script_name}/schedules`]: ["when does my worker run on a schedule", "what cron jobs does my function have", "show cron triggers"],
  [`PUT ${SCRIPTS}/{script_name}/schedules`]: ["run my worker every hour", "schedule my function nightly", "set a cron trigger", "make a script run every 5 minutes", "stop the scheduled job"],
  [`GET ${SCRIPTS}/{script_name}/tails`]: ["who is tailing my worker", "list open log streams", "is anyone streaming my function's logs"],
  [`POST ${SCRIPTS}/{script_name}/tails`]: ["stream my worker's logs live", "watch console.log output in real time", "debug my function with live logs", "tail a worker"],
  [`DELETE ${SCRIPTS}/{script_name}/tails/{id}`]: ["stop tailing my worker", "close the live log session", "end a log tail"],
  [`GET ${SCRIPTS}/{script_name}/usage-model`]: ["is my worker on bundled or unbound", "which pricing model does my function use", "how is my function billed"],
  [`PUT ${SCRIPTS}/{script_name}/usage-model`]: ["switch my worker to the standard usage model", "change how my function is billed", "move my worker to unbound"],
  [`GET ${SCRIPTS}/{script_name}/versions`]: ["what versions of my worker exist", "history of my function's uploads", "which code versions have i uploaded"],
  [`POST ${SCRIPTS}/{script_name}/versions`]: ["upload a new version without deploying it", "stage a worker version for a gradual rollout", "upload code as a new version", "create a worker version for a preview"],
  [`GET ${SCRIPTS}/{script_name}/versions/{version_id}`]: ["details of one worker version", "what changed in this version", "bindings and code of a past version"],
  [`GET ${SCRIPTS}/{script_name}/deployments`]: ["which version of my worker is live", "deployment history of my function", "when did i last deploy"],
  [`POST ${SCRIPTS}/{script_name}/deployments`]: ["roll back my worker to the previous version", "send 10% of traffic to the new version", "gradual deployment", "promote a version to production"],
  "GET /accounts/{account_id}/workers/account-settings": ["default usage model for my account's workers", "workers account settings", "workers defaults of my account"],
  "PUT /accounts/{account_id}/workers/account-settings": ["change the workers defaults for my account", "set the default usage model", "default green compute for my workers"],
  "GET /accounts/{account_id}/workers/subdomain": ["what is my workers.dev subdomain", "which workers.dev address do my functions get", "my account's workers.dev hostname"],
  "PUT /accounts/{account_id}/workers/subdomain": ["change my workers.dev name", "claim a workers.dev subdomain", "set up workers.dev for my account"],
  "GET /accounts/{account_id}/workers/services/{service_name}/environments/{environment_name}/content": ["code of my worker's staging environment", "download a worker environment's code", "production environment source of a service"],
  "PUT /accounts/{account_id}/workers/services/{service_name}/environments/{environment_name}/content": ["upload code to a worker environment", "deploy code to a service environment", "update staging environment code"],
  "GET /accounts/{account_id}/workers/services/{service_name}/environments/{environment_name}/settings": ["settings of a worker environment", "bindings of a service environment", "production environment settings"],
  "PATCH /accounts/{account_id}/workers/services/{service_name}/environments/{environment_name}/settings": ["change a worker environment's settings", "add a binding to a service environment", "edit staging environment settings"],

  // Workers routes and custom domains
  "GET /zones/{zone_id}/workers/routes": ["which urls on my site run a worker", "what routes send traffic to my function", "list worker routes"],
  "POST /zones/{zone_id}/workers/routes": ["run my worker on example.com/api/*", "attach a function to a url pattern", "send /blog traffic to a worker", "add a route"],
  "GET /zones/{zone_id}/workers/routes/{route_id}": ["details of one worker route", "which worker handles this route", "pattern of a worker route"],
  "PUT /zones/{zone_id}/workers/routes/{route_id}": ["change the pattern of a worker route", "point a route at another worker", "edit a worker route"],
  "DELETE /zones/{zone_id}/workers/routes/{route_id}": ["stop running a worker on that path", "remove a route", "detach a worker from a url pattern"],
  "GET /accounts/{account_id}/workers/domains": ["which custom domains serve my workers", "list the hostnames attached to my functions", "list worker custom domains"],
  "PUT /accounts/{account_id}/workers/domains": ["serve my worker on api.example.com", "put my function on its own subdomain", "attach a custom domain to a worker"],
  "GET /accounts/{account_id}/workers/domains/{domain_id}": ["details of a worker's custom domain", "which worker serves this hostname", "one worker domain"],
  "DELETE /accounts/{account_id}/workers/domains/{domain_id}": ["detach a hostname from my worker", "remove the custom domain of a function", "stop serving a worker on a hostname"],

  // Durable Objects
  "GET /accounts/{account_id}/workers/durable_objects/namespaces": ["which durable object classes do i have", "list my durable objects namespaces", "stateful objects in my account"],
  "GET /accounts/{account_id}/workers/durable_objects/namespaces/{id}/objects": ["which durable object instances exist", "list the objects in a namespace", "how many chat rooms objects were created"],

  // Workers for Platforms
  [`GET ${DISPATCH}`]: ["which dispatch namespaces do i have", "list my platform namespaces for customer scripts"],
  [`POST ${DISPATCH}`]: ["create a namespace for my customers' workers", "set up workers for platforms"],
  [`GET ${DISPATCH}/{dispatch_namespace}`]: ["details of a dispatch namespace", "how many scripts are in my dispatch namespace"],
  [`DELETE ${DISPATCH}/{dispatch_namespace}`]: ["delete a dispatch namespace", "remove a workers for platforms namespace"],
  [`PUT ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}`]: ["upload a customer's script into my platform", "deploy a user worker to a dispatch namespace"],
  [`GET ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}`]: ["details of a customer worker in my namespace", "one user worker in workers for platforms"],
  [`DELETE ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}`]: ["remove a customer's worker from my platform", "delete a user script from a dispatch namespace"],
  [`GET ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/content`]: ["code of a customer worker", "download a platform script's code"],
  [`PUT ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/content`]: ["replace a customer worker's code", "update the code of a user worker"],
  [`GET ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/bindings`]: ["bindings of a customer worker", "what a platform script is bound to"],
  [`GET ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/secrets`]: ["secret names of a customer worker", "list secrets of a platform script"],
  [`PUT ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/secrets`]: ["add a secret to a customer worker", "store an api key for a platform script"],
  [`GET ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/settings`]: ["settings of a customer worker", "compatibility date of a user worker"],
  [`PATCH ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/settings`]: ["change a customer worker's bindings", "edit settings of a platform script"],
  [`GET ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/tags`]: ["tags on a customer worker", "list tags of a user worker"],
  [`PUT ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/tags`]: ["tag a customer worker by plan", "set the tags of a platform script"],
  [`PUT ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/tags/{tag}`]: ["add one tag to a customer worker", "tag a platform script"],
  [`DELETE ${DISPATCH}/{dispatch_namespace}/scripts/{script_name}/tags/{tag}`]: ["remove a tag from a customer worker", "untag a platform script"],

  // KV
  [`GET ${KV}`]: ["which kv namespaces do i have", "list my key value stores", "show my kv stores", "what storage namespaces exist for config"],
  [`POST ${KV}`]: ["make a new key value store", "create a kv namespace for sessions", "set up somewhere to keep feature flags"],
  [`GET ${KV}/{namespace_id}`]: ["details of one kv namespace", "what is this namespace called", "does this kv namespace exist"],
  [`PUT ${KV}/{namespace_id}`]: ["rename my kv store", "give a namespace a better title", "change the title of a kv namespace"],
  [`DELETE ${KV}/{namespace_id}`]: ["delete a kv namespace and everything in it", "remove an unused key value store", "drop a key value namespace"],
  [`GET ${KV}/{namespace_id}/keys`]: ["which keys are stored in my kv", "list everything in a namespace", "find keys starting with user:", "what's saved in my key value store"],
  [`GET ${KV}/{namespace_id}/values/{key_name}`]: ["read a value from kv", "what is stored under this key", "look up a config value", "get one key's value"],
  [`PUT ${KV}/{namespace_id}/values/{key_name}`]: ["store a value in kv", "save a setting under a key", "write a key that expires in an hour", "set a feature flag"],
  [`DELETE ${KV}/{namespace_id}/values/{key_name}`]: ["remove a key from kv", "delete one stored value", "clear a cached entry in my namespace"],
  [`GET ${KV}/{namespace_id}/metadata/{key_name}`]: ["what metadata is attached to this key", "read a kv key's metadata", "metadata stored with a value"],
  [`PUT ${KV}/{namespace_id}/bulk`]: ["write thousands of keys at once", "bulk upload values into kv", "load a json file of key value pairs"],
  [`POST ${KV}/{namespace_id}/bulk/delete`]: ["delete many keys at once", "bulk remove values from kv", "wipe a batch of keys"],
  "GET /accounts/{account_id}/storage/analytics": ["how many kv reads and writes do i do", "kv request analytics", "kv operations per day"],
  "GET /accounts/{account_id}/storage/analytics/stored": ["how much data is stored in kv", "kv storage used", "how many keys do i store"],

  // R2
  [`GET ${R2}/buckets`]: ["which buckets do i have", "list my object storage", "where do i keep files on cloudflare", "show my r2 storage"],
  [`POST ${R2}/buckets`]: ["create a bucket for uploads", "make somewhere to store user files", "new object storage bucket", "store images in r2"],
  [`GET ${R2}/buckets/{bucket_name}`]: ["details of one bucket", "where is my bucket located", "when was this bucket created"],
  [`DELETE ${R2}/buckets/{bucket_name}`]: ["delete an empty bucket", "remove storage i no longer use", "delete my bucket", "drop an r2 bucket"],
  [`GET ${R2}/buckets/{bucket_name}/sippy`]: ["is my bucket pulling objects from s3", "show incremental migration from another provider", "is sippy on for my bucket"],
  [`PUT ${R2}/buckets/{bucket_name}/sippy`]: ["migrate my s3 bucket lazily", "copy objects from aws as they are requested", "move off s3 without downtime"],
  [`DELETE ${R2}/buckets/{bucket_name}/sippy`]: ["stop copying objects from s3", "turn off sippy", "finish migrating from s3"],
  [`POST ${R2}/temp-access-credentials`]: ["give someone temporary access to a bucket", "short-lived s3 keys", "temporary credentials for uploads"],
  "GET /accounts/{account_id}/event_notifications/r2/{bucket_name}/configuration": ["what happens when a file lands in my bucket", "show bucket event notifications", "which queues get my bucket's events"],
  "PUT /accounts/{account_id}/event_notifications/r2/{bucket_name}/configuration/queues/{queue_id}": ["notify a queue when an object is uploaded", "trigger processing on every new file in my bucket", "send bucket events to a queue"],
  "DELETE /accounts/{account_id}/event_notifications/r2/{bucket_name}/configuration/queues/{queue_id}": ["stop bucket upload notifications", "remove the event rule from my bucket", "don't send object events to that queue anymore"],

  // D1
  [`GET ${D1}`]: ["which databases do i have", "list my sql databases", "show my d1 databases", "what sqlite databases are on my account"],
  [`POST ${D1}`]: ["create a database", "make a new sql db for my app", "set up sqlite at the edge"],
  [`GET ${D1}/{database_id}`]: ["how big is my database", "details of a d1 database", "how many tables does my db have"],
  [`DELETE ${D1}/{database_id}`]: ["drop my database", "delete a d1 database", "remove a test db"],
  [`POST ${D1}/{database_id}/query`]: ["run sql against my database", "select rows from a table", "how many users signed up, from my db", "execute a query"],
  [`POST ${D1}/{database_id}/raw`]: ["run sql and get rows as arrays", "raw query results without column objects", "run a statement on d1 and get raw results"],
  [`POST ${D1}/{database_id}/export`]: ["back up my database to a sql file", "dump my d1 database", "download my tables"],
  [`POST ${D1}/{database_id}/import`]: ["load a sql dump into d1", "restore my database from a file", "migrate my sqlite data into d1"],

  // Queues
  [`GET ${QUEUES}`]: ["which queues do i have", "list my message queues", "show background job queues"],
  [`POST ${QUEUES}`]: ["create a queue", "set up a queue for background jobs", "make a message queue for async work"],
  [`GET ${QUEUES}/{queue_id}`]: ["details of a queue", "who produces and consumes this queue", "settings of one queue", "is this queue paused"],
  [`PUT ${QUEUES}/{queue_id}`]: ["rename a queue", "change a queue's delivery delay", "edit a queue"],
  [`DELETE ${QUEUES}/{queue_id}`]: ["delete a queue", "remove a message queue", "get rid of a queue i don't need"],
  [`GET ${QUEUES}/{queue_id}/consumers`]: ["which workers read from this queue", "list queue consumers", "who processes messages from my queue"],
  [`POST ${QUEUES}/{queue_id}/consumers`]: ["have a worker process messages from a queue", "add a consumer", "pull messages over http"],
  [`PUT ${QUEUES}/{queue_id}/consumers/{consumer_id}`]: ["change batch size of a consumer", "set max retries and a dead letter queue", "edit a queue consumer"],
  [`DELETE ${QUEUES}/{queue_id}/consumers/{consumer_id}`]: ["stop a worker consuming a queue", "remove a queue consumer", "detach a consumer from my queue"],
  [`POST ${QUEUES}/{queue_id}/messages/pull`]: ["read messages off a queue", "fetch a batch of queued jobs", "poll the queue from my server"],
  [`POST ${QUEUES}/{queue_id}/messages/ack`]: ["mark queue messages as done", "acknowledge processed messages", "retry failed messages later"],

  // Hyperdrive
  "GET /accounts/{account_id}/hyperdrive/configs": ["which hyperdrive configs do i have", "list my database connection poolers", "show connections to my postgres"],
  "POST /accounts/{account_id}/hyperdrive/configs": ["connect my worker to postgres", "speed up queries to my existing database", "pool connections to my mysql", "create a hyperdrive"],
  "GET /accounts/{account_id}/hyperdrive/configs/{hyperdrive_id}": ["details of a hyperdrive config", "which database does this hyperdrive point to", "show one hyperdrive"],
  "PUT /accounts/{account_id}/hyperdrive/configs/{hyperdrive_id}": ["replace the database credentials in hyperdrive", "update a hyperdrive config", "point hyperdrive at a different database"],
  "PATCH /accounts/{account_id}/hyperdrive/configs/{hyperdrive_id}": ["turn off query caching in hyperdrive", "change my database password in hyperdrive", "edit hyperdrive caching"],
  "DELETE /accounts/{account_id}/hyperdrive/configs/{hyperdrive_id}": ["remove a hyperdrive config", "disconnect my database", "delete a hyperdrive"],

  // Vectorize
  [`GET ${VECTORIZE}`]: ["which vector indexes do i have", "list my embeddings databases", "show vectorize indexes"],
  [`POST ${VECTORIZE}`]: ["create a vector index for semantic search", "make an index for embeddings with 768 dimensions", "set up a vector database for rag"],
  [`GET ${VECTORIZE}/{index_name}`]: ["details of a vector index", "what distance metric does my index use", "how many dimensions does my index have"],
  [`GET ${VECTORIZE}/{index_name}/info`]: ["how many vectors are in my index", "vector count of an index", "is my vector index still processing writes"],
  [`DELETE ${VECTORIZE}/{index_name}`]: ["delete a vector index", "remove my embeddings index", "drop a vectorize index"],
  [`POST ${VECTORIZE}/{index_name}/insert`]: ["add embeddings to my index", "store vectors", "index my documents' embeddings"],
  [`POST ${VECTORIZE}/{index_name}/upsert`]: ["insert or replace vectors", "update embeddings for existing ids", "overwrite vectors that already exist"],
  [`POST ${VECTORIZE}/{index_name}/query`]: ["find similar documents", "nearest neighbour search", "semantic search over my embeddings", "top 5 closest vectors"],
  [`POST ${VECTORIZE}/{index_name}/get_by_ids`]: ["fetch vectors by id", "read specific embeddings back", "look up stored vectors"],
  [`POST ${VECTORIZE}/{index_name}/delete_by_ids`]: ["remove vectors by id", "delete embeddings of a removed document", "delete some vectors"],
  [`POST ${VECTORIZE}/{index_name}/metadata_index/create`]: ["filter vector search by a metadata field", "index a metadata property", "add a metadata index"],
  [`POST ${VECTORIZE}/{index_name}/metadata_index/list`]: ["which metadata fields are indexed", "list metadata indexes", "metadata properties i can filter on"],
  [`POST ${VECTORIZE}/{index_name}/metadata_index/delete`]: ["stop indexing a metadata field", "delete a metadata index", "remove a filterable metadata property"],

  // Pages
  [`GET ${PAGES}`]: ["which pages projects do i have", "list my static sites", "show my frontend projects", "what sites have i deployed from git"],
  [`POST ${PAGES}`]: ["create a pages project", "host my static site", "set up a new jamstack site", "deploy my react app from github"],
  [`GET ${PAGES}/{project_name}`]: ["details of a pages project", "which branch deploys to production", "build settings of my static site"],
  [`PATCH ${PAGES}/{project_name}`]: ["change the build command of my site", "add an environment variable to my pages project", "change the production branch"],
  [`DELETE ${PAGES}/{project_name}`]: ["delete a pages project", "take down my static site", "remove my pages site"],
  [`GET ${PAGES}/{project_name}/deployments`]: ["recent deploys of my site", "list pages deployments", "did my last build succeed"],
  [`POST ${PAGES}/{project_name}/deployments`]: ["trigger a new build of my site", "redeploy my pages project", "deploy the latest commit"],
  [`GET ${PAGES}/{project_name}/deployments/{deployment_id}`]: ["details of one pages deployment", "what url did this preview get", "status of a pages build"],
  [`DELETE ${PAGES}/{project_name}/deployments/{deployment_id}`]: ["delete an old preview deployment", "remove a pages deployment", "clean up an old build of my site"],
  [`GET ${PAGES}/{project_name}/deployments/{deployment_id}/history/logs`]: ["why did my pages build fail", "build log of a deployment", "show the build output"],
  [`POST ${PAGES}/{project_name}/deployments/{deployment_id}/retry`]: ["retry a failed pages build", "rebuild this deployment", "run a failed site build again"],
  [`POST ${PAGES}/{project_name}/deployments/{deployment_id}/rollback`]: ["roll my site back to the previous deploy", "undo the last pages deployment", "restore an earlier version of my site"],
  [`GET ${PAGES}/{project_name}/domains`]: ["which domains serve my pages site", "custom domains of my static site", "list pages domains"],
  [`POST ${PAGES}/{project_name}/domains`]: ["put my pages site on www.example.com", "add a custom domain to my static site", "connect my own domain to pages"],
  [`GET ${PAGES}/{project_name}/domains/{domain_name}`]: ["is my pages custom domain verified", "status of a pages domain", "why is my pages domain not active"],
  [`PATCH ${PAGES}/{project_name}/domains/{domain_name}`]: ["retry verification of my pages domain", "recheck a pages custom domain", "revalidate my static site's domain"],
  [`DELETE ${PAGES}/{project_name}/domains/{domain_name}`]: ["remove a custom domain from my pages site", "detach a domain from pages", "stop serving my pages site on a hostname"],
  [`POST ${PAGES}/{project_name}/purge_build_cache`]: ["clear the pages build cache", "my builds use stale dependencies", "build my pages site from scratch"],

  // Images
  [`GET ${IMAGES}/v2`]: ["which images have i uploaded", "list my hosted pictures", "browse my image library"],
  [`POST ${IMAGES}/v1`]: ["upload an image", "store a photo with cloudflare images", "host a picture from a url"],
  [`GET ${IMAGES}/v1/{image_id}`]: ["details of one image", "what variants does this picture have", "is this image private"],
  [`PATCH ${IMAGES}/v1/{image_id}`]: ["require signed urls for an image", "change an image's metadata", "make an image public"],
  [`DELETE ${IMAGES}/v1/{image_id}`]: ["delete an image", "remove a photo i uploaded", "remove a hosted image"],
  [`GET ${IMAGES}/v1/{image_id}/blob`]: ["download the original image", "get the full-size file", "original file of an image"],
  [`GET ${IMAGES}/v1/stats`]: ["how many images am i storing", "images quota used", "how close am i to my image limit"],
  [`GET ${IMAGES}/v1/variants`]: ["which image sizes have i defined", "list image variants like thumbnail", "image presets i have"],
  [`POST ${IMAGES}/v1/variants`]: ["add a thumbnail size", "create an image variant 200 pixels wide", "define a new resize preset"],
  [`GET ${IMAGES}/v1/variants/{variant_id}`]: ["details of an image variant", "size and fit of one image variant", "what a variant does to images"],
  [`PATCH ${IMAGES}/v1/variants/{variant_id}`]: ["change the size of a variant", "edit an image preset", "make my thumbnails bigger"],
  [`DELETE ${IMAGES}/v1/variants/{variant_id}`]: ["delete an image variant", "remove an image size preset", "drop the thumbnail variant"],
  [`GET ${IMAGES}/v1/keys`]: ["which keys sign my image urls", "list image signing keys", "image url signing keys"],
  [`PUT ${IMAGES}/v1/keys/{signing_key_name}`]: ["create a key to sign private image urls", "add an image signing key", "key for private image urls"],
  [`DELETE ${IMAGES}/v1/keys/{signing_key_name}`]: ["delete an image signing key", "remove a key that signs image urls", "revoke an image signing key"],
  [`POST ${IMAGES}/v2/direct_upload`]: ["let users upload images straight from the browser", "one-time upload url for a picture", "direct creator upload"],

  // Stream
  [`GET ${STREAM}`]: ["which videos have i uploaded", "list my videos", "show my video library"],
  [`POST ${STREAM}`]: ["upload a large video with tus", "resumable video upload", "upload a video in chunks"],
  [`POST ${STREAM}/copy`]: ["upload a video from a url", "import a video hosted elsewhere", "copy a video into stream by link"],
  [`POST ${STREAM}/direct_upload`]: ["let my users upload videos from the browser", "one-time video upload url", "direct creator video upload"],
  [`GET ${STREAM}/{identifier}`]: ["is my video ready to play", "details of one video", "how long is this video"],
  [`POST ${STREAM}/{identifier}`]: ["rename a video", "require signed urls for a video", "edit video details"],
  [`DELETE ${STREAM}/{identifier}`]: ["delete a video", "remove a clip from my library", "remove a video"],
  [`POST ${STREAM}/clip`]: ["cut a clip out of a video", "trim a video to the first minute", "make a short clip of a video"],
  [`GET ${STREAM}/{identifier}/embed`]: ["embed code for my video", "iframe html for a video player", "put my video on a web page"],
  [`POST ${STREAM}/{identifier}/token`]: ["signed playback url for a private video", "token to watch a protected video", "sign a video url"],
  [`GET ${STREAM}/{identifier}/captions`]: ["which subtitles does my video have", "list captions", "subtitles of a video"],
  [`PUT ${STREAM}/{identifier}/captions/{language}`]: ["upload subtitles for my video", "add a vtt caption file", "upload captions in spanish"],
  [`POST ${STREAM}/{identifier}/captions/{language}/generate`]: ["generate subtitles automatically", "transcribe my video into captions", "ai captions for a video"],
  [`DELETE ${STREAM}/{identifier}/captions/{language}`]: ["remove subtitles from a video", "delete captions in one language", "drop a subtitle track"],
  [`GET ${STREAM}/{identifier}/downloads`]: ["can viewers download my video as mp4", "mp4 download status of a video", "download link of my video"],
  [`POST ${STREAM}/{identifier}/downloads`]: ["make my video downloadable as mp4", "create an mp4 download", "let people save my video"],
  [`DELETE ${STREAM}/{identifier}/downloads`]: ["stop offering an mp4 download", "delete a video's downloads", "remove the download link"],
  [`GET ${STREAM}/{identifier}/audio`]: ["which audio tracks does my video have", "list audio tracks of a video", "extra languages of a video's audio"],
  [`POST ${STREAM}/{identifier}/audio/copy`]: ["add a dubbed audio track to my video", "add an audio track in another language", "upload extra audio to a video"],
  [`GET ${STREAM}/live_inputs`]: ["which live streams have i set up", "list my live inputs", "list live inputs"],
  [`POST ${STREAM}/live_inputs`]: ["start live streaming", "get an rtmp url for obs", "broadcast a live event"],
  [`GET ${STREAM}/live_inputs/{live_input_identifier}`]: ["stream key of my live input", "is my live stream connected", "details of a live input"],
  [`PUT ${STREAM}/live_inputs/{live_input_identifier}`]: ["record my live stream automatically", "change a live input", "edit a live input"],
  [`DELETE ${STREAM}/live_inputs/{live_input_identifier}`]: ["delete a live input", "remove a live stream input", "stop a live stream permanently"],
  [`POST ${STREAM}/live_inputs/{live_input_identifier}/outputs`]: ["restream my live video to youtube", "simulcast to twitch", "add an output to a live input"],
  [`GET ${STREAM}/live_inputs/{live_input_identifier}/outputs`]: ["where is my live stream being restreamed", "list outputs of a live input", "restream destinations"],
  [`GET ${STREAM}/storage-usage`]: ["how many minutes of video am i storing", "stream storage used", "how much video storage am i using"],
  [`GET ${STREAM}/watermarks`]: ["which watermarks have i uploaded", "list watermark profiles", "logos i put on videos"],
  [`POST ${STREAM}/watermarks`]: ["add my logo on top of every video", "upload a watermark", "create a watermark"],
  [`GET ${STREAM}/webhook`]: ["where do video ready notifications go", "stream webhook url", "which url gets video notifications"],
  [`PUT ${STREAM}/webhook`]: ["tell my server when a video finishes encoding", "set the stream webhook url", "get notified when uploads are ready"],
  [`GET ${STREAM}/keys`]: ["which keys sign my video urls", "list stream signing keys", "video signing keys"],
  [`POST ${STREAM}/keys`]: ["create a key to sign video tokens myself", "create a stream signing key", "sign video urls without calling the api"],

  // Workers AI
  [`POST ${AI}/run/{model_name}`]: ["run an llm", "generate text with a model", "summarize this text with ai", "translate a sentence with ai", "make an image from a prompt", "create embeddings for my documents"],
  [`GET ${AI}/models/search`]: ["which ai models can i use", "list available models", "find a text to image model", "what llms does cloudflare offer"],
  [`GET ${AI}/models/schema`]: ["what inputs does this model take", "model input and output schema", "parameters of a workers ai model"],
  [`GET ${AI}/tasks/search`]: ["what kinds of ai tasks are supported", "list model task types", "ai task categories"],
  [`GET ${AI}/authors/search`]: ["which model providers are available", "list model authors", "who publishes the ai models"],
  [`GET ${AI}/finetunes`]: ["which fine-tunes have i made", "list my lora adapters", "my fine-tuned models"],
  [`POST ${AI}/finetunes`]: ["create a fine-tune for a model", "register a lora adapter", "customize a model with my own lora"],
  [`POST ${AI}/finetunes/{finetune_id}/finetune-assets`]: ["upload adapter weights for my fine-tune", "upload a lora file", "add the safetensors of my fine-tune"],
  [`GET ${AI}/finetunes/public`]: ["public fine-tunes i can use", "list public fine-tunes", "shared lora adapters"],

  // AI Gateway
  [`GET ${GATEWAYS}`]: ["which ai gateways do i have", "list my llm proxies", "where do my openai calls go through"],
  [`POST ${GATEWAYS}`]: ["put a gateway in front of openai", "cache and log my llm requests", "create an ai gateway", "track how much i spend on llm calls"],
  [`GET ${GATEWAYS}/{id}`]: ["settings of one ai gateway", "is caching on for my gateway", "details of an ai gateway"],
  [`PUT ${GATEWAYS}/{id}`]: ["rate limit requests to my llm provider", "turn on caching in my ai gateway", "change a gateway's settings"],
  [`DELETE ${GATEWAYS}/{id}`]: ["delete an ai gateway", "remove the gateway in front of my llm", "stop proxying ai requests through a gateway"],
  [`GET ${GATEWAYS}/{id}/logs`]: ["what prompts went through my gateway", "show llm request logs", "which model calls failed yesterday", "how many tokens did my app use"],

  // Snippets
  "GET /zones/{zone_id}/snippets": ["which snippets do i have", "list my small edge scripts"],
  "PUT /zones/{zone_id}/snippets/{snippet_name}": ["add a snippet to modify headers", "upload a lightweight script that rewrites requests"],
  "GET /zones/{zone_id}/snippets/{snippet_name}": ["details of one snippet", "one snippet's metadata"],
  "GET /zones/{zone_id}/snippets/{snippet_name}/content": ["code of a snippet", "download a snippet's javascript"],
  "DELETE /zones/{zone_id}/snippets/{snippet_name}": ["delete a snippet", "remove a snippet from my site"],
  "GET /zones/{zone_id}/snippets/snippet_rules": ["when do my snippets run", "list snippet rules"],
  "PUT /zones/{zone_id}/snippets/snippet_rules": ["run a snippet only on /api requests", "set snippet rules"],

  // Calls (realtime audio/video)
  "GET /accounts/{account_id}/calls/apps": ["which realtime video apps do i have", "list my webrtc apps"],
  "POST /accounts/{account_id}/calls/apps": ["set up video calling in my app", "create a webrtc sfu app"],
  "GET /accounts/{account_id}/calls/apps/{app_id}": ["details of a calls app", "secret of my webrtc app"],
  "PUT /accounts/{account_id}/calls/apps/{app_id}": ["rename my video calling app", "edit a calls app"],
  "DELETE /accounts/{account_id}/calls/apps/{app_id}": ["delete a calls app", "remove my webrtc app"],
  "GET /accounts/{account_id}/calls/turn_keys": ["which turn keys do i have", "list relay server keys"],
  "POST /accounts/{account_id}/calls/turn_keys": ["get a turn server for webrtc behind firewalls", "create a turn key"],
  "GET /accounts/{account_id}/calls/turn_keys/{key_id}": ["details of a turn key", "one turn key's settings"],
  "PUT /accounts/{account_id}/calls/turn_keys/{key_id}": ["rename a turn key", "edit a turn key"],
  "DELETE /accounts/{account_id}/calls/turn_keys/{key_id}": ["delete a turn key", "remove a turn relay key"],
};
