// Questions people and agents ask that the storage and data products' pages answer (KV, D1, R2,
// Durable Objects, Queues, Hyperdrive, Vectorize, Workflows), in their own words.
import type { PageQuestions } from "./types.ts";

export const STORAGE_QUESTIONS: PageQuestions = {
  "/kv/": [
    "store small bits of data that are read a lot all over the world",
    "global key value store for config and sessions",
    "fast reads of cached data from my worker",
    "like redis or memcached but global",
    "where to keep user sessions or feature flags for my app",
  ],
  "/kv/get-started/": [
    "save and read a value from my worker",
    "create a namespace and bind it to my code",
    "first steps with key value storage",
    "store a user setting and read it back in a serverless function",
  ],
  "/kv/platform/limits/": [
    "how big can a value be in key value storage",
    "how many writes per second to the same key",
    "maximum key length and metadata size",
    "how many namespaces can i create",
    "error 429 too many requests when writing to kv",
    "kv put failed because the value is over 25 mib",
  ],
  "/kv/platform/pricing/": [
    "how much do reads and writes to key value storage cost",
    "free allowance for kv operations",
    "what does workers kv cost per month",
    "am i charged for list and delete operations",
  ],
  "/kv/concepts/how-kv-works/": [
    "why does my update take a minute to show up everywhere",
    "is key value storage eventually consistent",
    "stale reads after writing a key",
    "i wrote a key but another region still reads the old value",
  ],
  "/kv/concepts/kv-namespaces/": [
    "create a namespace for my keys",
    "what is a namespace",
    "separate namespaces for staging and production",
    "rename or delete a kv namespace",
  ],
  "/kv/concepts/kv-bindings/": [
    "connect a namespace to my worker in config",
    "kv binding in wrangler file",
    "access my kv data from code through env",
  ],
  "/kv/api/read-key-value-pairs/": [
    "read a value by key in my worker",
    "get json from key value storage with cacheTtl",
    "read many keys at once",
    "get a value with its metadata",
    "kv get returns null for a key i just wrote",
  ],
  "/kv/api/write-key-value-pairs/": [
    "save a value with an expiry time",
    "write a key that deletes itself after an hour",
    "put with expirationTtl and metadata",
    "writes to the same key fail or are rate limited",
  ],
  "/kv/api/list-keys/": [
    "list all keys with a prefix",
    "iterate over every key with a cursor",
    "how many keys does list return per page",
  ],
  "/kv/api/delete-key-value-pairs/": [
    "remove a key from my namespace",
    "delete many keys at once",
    "delete a key from code",
  ],
  "/kv/reference/kv-commands/": [
    "bulk upload keys from a json file with the cli",
    "wrangler kv key put",
    "manage namespaces from the terminal",
  ],
  "/kv/reference/faq/": [
    "common questions about key value storage",
    "can i use kv as a database",
    "kv frequently asked questions",
    "is kv or d1 better for my data",
  ],
  "/kv/examples/cache-data-with-workers-kv/": [
    "cache slow api results in key value storage",
    "store computed results in kv with a ttl",
    "kv as a cache in front of my origin",
  ],
  "/d1/": [
    "sql database for my worker",
    "serverless sqlite database",
    "relational database on cloudflare",
    "like sqlite or postgres but serverless",
    "database for my app without running a server",
  ],
  "/d1/get-started/": [
    "create a sql database and query it from my worker",
    "first table and insert with d1",
    "set up a database for my app",
    "add a database to my app on cloudflare",
  ],
  "/d1/platform/limits/": [
    "how big can my database get",
    "how many databases can i have",
    "maximum rows read per query or query timeout",
    "sql statement too long error",
    "database is full at 10 gb, what now",
    "d1 query timed out or exceeded cpu",
  ],
  "/d1/platform/pricing/": [
    "how much does the sql database cost",
    "am i charged per row read",
    "free tier storage and reads for d1",
    "why is my database bill high from rows read",
  ],
  "/d1/worker-api/": [
    "run sql queries from my worker code",
    "bind parameters and get results",
    "query a d1 database from a worker",
    "env.db is undefined when querying my database",
  ],
  "/d1/worker-api/d1-database/": [
    "run several statements in one batch",
    "env.DB.prepare, batch and exec",
    "run raw sql with exec",
    "send several queries in a single round trip",
    "run a transaction in d1",
  ],
  "/d1/worker-api/prepared-statements/": [
    "safe parameterized query to avoid sql injection",
    "get first row or all rows of a query",
    "bind values to a sql query in d1",
    "d1_type_error: type object is not supported when binding",
  ],
  "/d1/worker-api/return-object/": [
    "how many rows did my query change",
    "meta fields like rows_read and last_row_id",
    "what does a d1 query return",
  ],
  "/d1/best-practices/import-export-data/": [
    "import an existing sqlite or sql dump",
    "export my database to a file",
    "back up my database to sql",
    "move my mysql or postgres data into d1",
    "import fails with too large statement",
  ],
  "/d1/best-practices/local-development/": [
    "use a local copy of my database while developing",
    "develop against sqlite on my machine",
    "wrangler dev with a local d1 database",
    "local database has no tables when running wrangler dev",
  ],
  "/d1/best-practices/read-replication/": [
    "make database reads fast for users far away",
    "read replicas in other regions",
    "sessions api for consistent reads",
  ],
  "/d1/best-practices/use-indexes/": [
    "make my queries faster with an index",
    "queries read too many rows",
    "create an index on a d1 table",
    "my d1 bill is high because queries scan whole tables",
  ],
  "/d1/best-practices/retry-queries/": [
    "retry queries that fail with transient errors",
    "d1 query fails sometimes, should i retry",
    "handle network errors from the database",
  ],
  "/d1/best-practices/query-d1/": [
    "ways to query my database: worker, http api, cli",
    "query d1 from outside a worker",
    "query my database from a script or another server",
  ],
  "/d1/reference/migrations/": [
    "change my database schema over time",
    "create and apply schema migrations",
    "run sql migration files on d1",
    "track which schema changes were applied",
    "migration already applied or table already exists error",
  ],
  "/d1/reference/time-travel/": [
    "undo an accidental delete of rows",
    "point in time recovery",
    "restore my database to how it was an hour ago",
    "i dropped a table by mistake, can i get it back",
  ],
  "/d1/reference/backups/": [
    "old backups of my database",
    "legacy backup snapshots of a d1 database",
    "download an old backup",
  ],
  "/d1/configuration/data-location/": [
    "keep my database in europe",
    "choose the region of my database",
    "location hint or jurisdiction",
  ],
  "/d1/observability/metrics-analytics/": [
    "how many queries and rows did my database serve",
    "slow queries in my database",
    "see how my database is used over time",
  ],
  "/d1/observability/debug-d1/": [
    "debug errors from my database",
    "d1 error messages explained",
    "why does my d1 query fail",
    "d1_error: no such table",
    "database is locked or overloaded errors from d1",
  ],
  "/d1/sql-api/sql-statements/": [
    "which sql does the database support",
    "pragma and sqlite extensions available",
    "is this sqlite feature available in d1",
    "create table syntax and supported sqlite functions",
  ],
  "/d1/sql-api/query-json/": [
    "query json columns",
    "json_extract in sql",
    "store and query json in a sql database",
  ],
  "/d1/sql-api/foreign-keys/": [
    "enforce foreign keys",
    "defer foreign key checks during import",
    "foreign key constraint failed during import",
  ],
  "/d1/wrangler-commands/": [
    "d1 cli commands",
    "execute sql from the terminal",
    "create, list and delete databases with wrangler",
    "run a query against the remote database not the local one",
  ],
  "/d1/tutorials/import-to-d1-with-rest-api/": [
    "bulk load data into my database over http",
    "import a large csv into my database",
    "insert rows through the rest api",
  ],
  "/r2/": [
    "store files and images in the cloud",
    "object storage without egress fees",
    "s3 alternative from cloudflare",
    "s3 compatible storage with free downloads",
    "where to store user uploads and images for my app",
  ],
  "/r2/get-started/": [
    "create a bucket and upload my first file",
    "start using object storage",
    "my first bucket",
    "s3 bucket equivalent on cloudflare, how to start",
  ],
  "/r2/get-started/s3/": [
    "use my existing s3 code with cloudflare storage",
    "access keys for the s3 api",
    "s3 endpoint url for r2",
    "point my aws sdk or boto3 at cloudflare storage",
  ],
  "/r2/get-started/workers-api/": [
    "read and write files in a bucket from my worker",
    "bind a bucket to my worker",
    "serve files from a bucket in a worker",
    "r2 binding undefined in my worker",
  ],
  "/r2/get-started/cli/": [
    "upload files to a bucket from the terminal",
    "create a bucket with wrangler",
    "copy files to object storage from my computer",
    "wrangler r2 object put uploads to local instead of remote",
  ],
  "/r2/platform/limits/": [
    "how big can a single uploaded file be",
    "maximum object size and upload part size",
    "how many buckets can i have",
    "rate limit on writes to the same object",
    "upload fails for a file larger than 5 gb",
  ],
  "/r2/pricing/": [
    "how much does it cost to store a terabyte",
    "do i pay for downloads or egress",
    "class a and class b operations price",
    "free tier for object storage",
    "why is my r2 bill higher than expected",
    "how much do class a operations like uploads cost",
  ],
  "/r2/buckets/public-buckets/": [
    "make my bucket files publicly downloadable",
    "serve images from a bucket on my own domain",
    "r2.dev public url",
    "r2.dev url is rate limited, use a custom domain instead",
    "images in my bucket give 401 or access denied publicly",
  ],
  "/r2/buckets/cors/": [
    "browser upload to my bucket fails with cors error",
    "allow my website to fetch files from the bucket",
    "set cors rules on a bucket",
    "no access-control-allow-origin header on files from my bucket",
  ],
  "/r2/buckets/object-lifecycles/": [
    "delete files automatically after 30 days",
    "expire old objects",
    "move old data to cheaper storage automatically",
    "abort incomplete multipart uploads automatically",
  ],
  "/r2/buckets/event-notifications/": [
    "run code when a file is uploaded to my bucket",
    "get notified on new objects",
    "send a queue message when an object is deleted or created",
    "trigger image processing when a photo lands in my bucket",
  ],
  "/r2/buckets/storage-classes/": [
    "cheaper storage for files i rarely read",
    "infrequent access class",
    "what does infrequent access storage cost",
  ],
  "/r2/buckets/bucket-locks/": [
    "prevent files from being deleted for a retention period",
    "make objects immutable",
    "object retention for compliance",
  ],
  "/r2/buckets/create-buckets/": [
    "create a new bucket",
    "make a bucket with a location hint",
    "bucket naming rules",
  ],
  "/r2/buckets/delete-buckets/": [
    "delete a bucket with files in it",
    "remove a bucket",
    "empty a bucket before deleting it",
  ],
  "/r2/objects/upload-objects/": [
    "upload a file to my bucket",
    "upload large files in parts",
    "put an object in r2 from the dashboard or cli",
    "upload a 10 gb file to my bucket",
  ],
  "/r2/objects/download-objects/": [
    "download a file from my bucket",
    "get an object out of a bucket",
    "download many files from r2",
  ],
  "/r2/objects/delete-objects/": [
    "delete files from my bucket",
    "remove objects from a bucket",
    "delete a folder of objects",
  ],
  "/r2/api/s3/api/": [
    "which s3 operations are supported",
    "s3 compatibility of r2",
    "does r2 support this s3 api call",
  ],
  "/r2/api/s3/presigned-urls/": [
    "let users upload directly from the browser with a temporary link",
    "generate a link to a private file that expires",
    "signed download urls",
    "presigned url returns signaturedoesnotmatch",
    "share a private file for one hour",
  ],
  "/r2/api/tokens/": [
    "create access key id and secret for object storage",
    "api token for bucket access",
    "credentials for s3 clients",
    "where do i find my r2 access key and secret",
    "access denied with my r2 keys",
  ],
  "/r2/api/workers/workers-api-reference/": [
    "put, get, list and delete objects from code",
    "r2 binding methods",
    "r2 object methods in a worker",
  ],
  "/r2/api/workers/workers-multipart-usage/": [
    "upload a very large file in chunks from a worker",
    "multipart upload with the r2 binding",
    "resume a large upload in parts",
  ],
  "/r2/api/error-codes/": [
    "what does this storage error code mean",
    "r2 returns an error code, what does it mean",
    "s3 error responses from r2",
    "nosuchbucket or accessdenied from r2",
  ],
  "/r2/data-migration/": [
    "move my files from s3 to cloudflare",
    "migrate data from another cloud provider",
    "migrate my bucket to cloudflare",
    "copy all my files from google cloud storage or azure blob",
  ],
  "/r2/data-migration/sippy/": [
    "copy objects from s3 gradually as they are requested",
    "incremental migration from aws",
    "migrate lazily without downtime",
    "stop paying aws egress while moving files to r2",
  ],
  "/r2/data-migration/super-slurper/": [
    "copy a whole s3 bucket over in one go",
    "bulk transfer of objects from google cloud storage",
    "one time migration of a bucket",
    "migration job failed or skipped some objects",
  ],
  "/r2/reference/data-location/": [
    "keep my files in the eu",
    "choose where my bucket's data is stored",
    "jurisdiction for data residency",
    "gdpr data residency for my uploads",
  ],
  "/r2/reference/consistency/": [
    "is a file readable right after upload",
    "strong consistency",
    "read after write consistency in object storage",
    "list does not show a file i just uploaded",
  ],
  "/r2/reference/durability/": [
    "how safe is my data from loss",
    "eleven nines durability",
    "is my data replicated",
    "will i lose files if a data center fails",
  ],
  "/r2/examples/aws/aws-cli/": [
    "use the aws cli with r2",
    "aws s3 cp to an r2 bucket",
    "configure aws cli endpoint for r2",
  ],
  "/r2/examples/aws/boto3/": [
    "use python boto3 with r2",
    "upload files from python to r2",
    "boto3 endpoint_url for cloudflare",
  ],
  "/r2/examples/aws/aws-sdk-js-v3/": [
    "use the javascript aws sdk with r2",
    "s3 client in node for r2",
    "upload from node.js to r2",
  ],
  "/r2/examples/rclone/": [
    "sync a folder to my bucket with rclone",
    "copy files between s3 and r2 with rclone",
    "rclone config for cloudflare",
    "back up my nas or server folder to cloud storage",
  ],
  "/r2/data-catalog/": [
    "apache iceberg tables in my bucket",
    "data lake on object storage",
    "query my bucket data with spark or duckdb",
  ],
  "/r2/platform/troubleshooting/": [
    "uploads to my bucket fail",
    "r2 troubleshooting",
    "errors when accessing my bucket",
    "403 or 401 errors from my bucket",
    "uploads time out or are slow",
  ],
  "/durable-objects/": [
    "keep state for a chat room or game in one place",
    "coordinate many users editing the same thing",
    "stateful serverless objects",
    "real time collaboration backend with websockets",
    "one place that holds state for each user or room",
  ],
  "/durable-objects/get-started/": [
    "create my first durable object",
    "stateful worker example",
    "write a durable object class and call it from a worker",
    "add a stateful backend to my worker for a multiplayer game",
  ],
  "/durable-objects/concepts/what-are-durable-objects/": [
    "when should i use a durable object",
    "single instance with its own storage",
    "durable objects explained",
    "when to use a durable object instead of kv or d1",
  ],
  "/durable-objects/platform/limits/": [
    "how much can one durable object store",
    "how many requests per second can one object handle",
    "how long can an object run before being evicted",
    "durable object exceeded its storage or cpu limit",
  ],
  "/durable-objects/platform/pricing/": [
    "what do durable objects cost",
    "billed for duration while the object is active",
    "how much do durable objects cost per request and gb",
    "why am i billed for duration on idle websockets",
  ],
  "/durable-objects/api/sqlite-storage-api/": [
    "run sql inside a durable object",
    "ctx.storage.sql exec",
    "store data in a durable object",
    "key value and sql storage in an object",
    "ctx.storage.sql is undefined in my durable object",
  ],
  "/durable-objects/api/alarms/": [
    "wake up an object at a future time",
    "schedule work inside a durable object",
    "timer in a durable object",
    "set an alarm to run later",
    "my alarm did not fire or fired twice",
    "run a recurring job inside one durable object",
  ],
  "/durable-objects/api/namespace/": [
    "get an object by name from my worker",
    "idFromName",
    "create an object id from a name",
    "newuniqueid vs idfromname",
    "how do i get the same durable object for the same user every time",
  ],
  "/durable-objects/api/stub/": [
    "call methods on a durable object from a worker",
    "get a stub and call rpc methods",
    "send requests to a durable object",
    "calling a method on my durable object throws an error",
  ],
  "/durable-objects/api/state/": [
    "blockConcurrencyWhile and the object's state",
    "durable object state and storage properties",
    "acceptwebsocket and waituntil in an object",
    "initialize state before handling the first request",
  ],
  "/durable-objects/best-practices/websockets/": [
    "keep many websocket connections cheaply",
    "websockets with durable objects",
    "websocket bill is high because the object stays awake",
    "hibernate websockets to save cost",
    "chat room with thousands of websocket clients",
  ],
  "/durable-objects/best-practices/rules-of-durable-objects/": [
    "how to design with durable objects",
    "one object per user or per room",
    "durable object design mistakes to avoid",
    "one global durable object is a bottleneck",
  ],
  "/durable-objects/best-practices/error-handling/": [
    "durable object request failed or was reset",
    "retry calls to durable objects",
    "handle exceptions thrown by an object",
    "durable object threw internal error or was reset mid request",
  ],
  "/durable-objects/concepts/durable-object-lifecycle/": [
    "when does a durable object shut down",
    "eviction and hibernation lifecycle",
    "when is my object created and destroyed",
    "why was my durable object constructor called again",
  ],
  "/durable-objects/reference/durable-objects-migrations/": [
    "rename or delete a durable object class",
    "migrations block in config for new classes",
    "new_sqlite_classes migration",
    "deploy fails because a durable object class needs a migration",
    "cannot create binding for class that is not exported",
  ],
  "/durable-objects/reference/data-location/": [
    "keep an object's data in the eu",
    "where is my durable object located",
    "jurisdiction for durable objects",
    "location hint for an object",
  ],
  "/durable-objects/examples/websocket-hibernation-server/": [
    "example websocket chat server with hibernation",
    "chat room with durable objects",
    "websocket server that sleeps when idle",
  ],
  "/durable-objects/examples/build-a-counter/": [
    "build a global counter",
    "count page views consistently",
    "increment a counter without race conditions",
    "like count that never loses increments",
  ],
  "/durable-objects/observability/troubleshooting/": [
    "errors like durable object overloaded",
    "durable object errors explained",
    "object reset or exceeded limits",
    "durable object is overloaded error",
    "network connection lost or object reset because its code was updated",
  ],
  "/queues/": [
    "process work in the background",
    "send jobs from one worker to another asynchronously",
    "message queue on cloudflare",
    "like sqs or rabbitmq on cloudflare",
    "move slow work out of the request path",
  ],
  "/queues/get-started/": [
    "create a queue with a producer and a consumer",
    "first background job",
    "send a message to a queue and consume it in a worker",
    "set up a background job queue for my app",
  ],
  "/queues/platform/limits/": [
    "how big can a message be",
    "how many messages per second can a queue take",
    "how long are messages kept",
    "message too large error when sending to a queue",
  ],
  "/queues/platform/pricing/": [
    "what do queue operations cost",
    "queue pricing per million operations",
    "are queues free",
  ],
  "/queues/configuration/batching-retries/": [
    "retry a failed message later",
    "delay a message before it is delivered",
    "batch size and wait time",
    "consumer gets the same message again after an error",
    "consumer only runs every few seconds",
  ],
  "/queues/configuration/dead-letter-queues/": [
    "where do messages go after too many failures",
    "keep messages that keep failing",
    "dead letter queue for failed messages",
    "messages keep failing and disappear",
  ],
  "/queues/configuration/consumer-concurrency/": [
    "process messages faster with more consumers",
    "consumer scaling",
    "how many consumers run in parallel",
    "my queue backlog keeps growing",
    "consumer processes messages one batch at a time",
  ],
  "/queues/configuration/pull-consumers/": [
    "read messages from outside cloudflare over http",
    "pull messages from my own server",
    "http pull consumer for a queue",
    "process queue messages on my own server or in another cloud",
  ],
  "/queues/configuration/pause-purge/": [
    "stop delivery for a while",
    "delete all messages in a queue",
    "pause a queue",
    "purge a queue",
  ],
  "/queues/configuration/javascript-apis/": [
    "send and ack messages in code",
    "queue send and sendbatch",
    "acknowledge or retry a message in the consumer",
    "retry one message instead of the whole batch",
  ],
  "/queues/reference/delivery-guarantees/": [
    "can a message be delivered twice",
    "at least once",
    "do queues guarantee ordering",
    "handle duplicate messages in my consumer",
  ],
  "/queues/examples/publish-to-a-queue-via-http/": [
    "add messages to a queue over http",
    "send messages to a queue from another service",
    "rest api to publish messages",
  ],
  "/hyperdrive/": [
    "make my existing postgres database fast from workers",
    "connection pooling for my database",
    "speed up queries to a database in one region",
    "database is slow from serverless because of connection setup",
    "too many connections error from my postgres",
  ],
  "/hyperdrive/get-started/": [
    "connect my worker to my postgres database",
    "set up database connection pooling",
    "make my database faster to reach from workers",
    "use my existing mysql or postgres from cloudflare",
  ],
  "/hyperdrive/platform/limits/": [
    "how many connections to my database",
    "maximum query duration and result size",
    "how many hyperdrive configs can i create",
    "hyperdrive max connections reached",
  ],
  "/hyperdrive/platform/pricing/": [
    "is connection pooling free",
    "does hyperdrive cost extra",
    "hyperdrive pricing",
  ],
  "/hyperdrive/concepts/query-caching/": [
    "cache database query results",
    "turn off caching of select queries",
    "how long are database query results cached",
    "stale data returned after an update through hyperdrive",
  ],
  "/hyperdrive/concepts/connection-pooling/": [
    "how are database connections reused",
    "connection pool mode",
    "why do i need a connection pooler with serverless",
  ],
  "/hyperdrive/configuration/connect-to-private-database/": [
    "reach a database that is not on the internet",
    "connect to a database in my private network",
    "database behind a firewall with a tunnel",
    "use an access service token so hyperdrive can reach a tunnel",
  ],
  "/hyperdrive/configuration/firewall-and-networking-configuration/": [
    "which ip addresses to allow in my database firewall",
    "allowlist hyperdrive in my database",
    "hyperdrive cannot connect because my database blocks unknown ips",
  ],
  "/hyperdrive/configuration/rotate-credentials/": [
    "change my database password without downtime",
    "update database credentials",
    "rotate the database user's password",
  ],
  "/hyperdrive/examples/connect-to-postgres/": [
    "connect to postgres with a driver through hyperdrive",
    "use node-postgres or postgres.js with hyperdrive",
    "postgres connection string in hyperdrive",
    "postgres driver fails to connect from a worker",
  ],
  "/hyperdrive/examples/connect-to-mysql/": [
    "connect to mysql from a worker",
    "mysql through hyperdrive",
    "use mysql2 with hyperdrive",
  ],
  "/hyperdrive/observability/troubleshooting/": [
    "database connection errors through hyperdrive",
    "hyperdrive error codes",
    "timeouts connecting to my database",
    "failed to connect to database when creating a hyperdrive config",
    "worker hangs or errors querying postgres through hyperdrive",
  ],
  "/hyperdrive/reference/supported-databases-and-features/": [
    "which databases and features are supported",
    "does hyperdrive support prepared statements or transactions",
    "does hyperdrive work with mysql, cockroachdb or timescale",
  ],
  "/vectorize/": [
    "vector database for semantic search",
    "store embeddings for rag",
    "similarity search over my documents",
    "pinecone alternative on cloudflare",
    "search my documents by meaning instead of keywords",
  ],
  "/vectorize/get-started/intro/": [
    "create a vector index and query it",
    "first vector index tutorial",
    "insert and query embeddings",
    "store embeddings and find the closest ones",
  ],
  "/vectorize/get-started/embeddings/": [
    "turn text into embeddings and search them",
    "build semantic search with workers ai",
    "semantic search tutorial",
    "chat with my documents using embeddings and an llm",
  ],
  "/vectorize/platform/limits/": [
    "how many vectors can an index hold",
    "maximum dimensions of an embedding",
    "how many results can a query return",
    "vector dimensions mismatch error on insert",
  ],
  "/vectorize/platform/pricing/": [
    "what does a vector database cost",
    "price per stored dimension",
    "is there a free tier for vector search",
  ],
  "/vectorize/best-practices/create-indexes/": [
    "choose dimensions and distance metric",
    "cosine or euclidean index",
    "create a vectorize index",
    "which dimensions to use for bge or openai embeddings",
  ],
  "/vectorize/best-practices/insert-vectors/": [
    "upsert embeddings into my index",
    "add vectors with metadata",
    "bulk insert embeddings",
    "inserted vectors do not show up in queries right away",
  ],
  "/vectorize/best-practices/query-vectors/": [
    "find nearest neighbours of a vector",
    "topk query with metadata returned",
    "search similar documents",
    "query returns no matches or wrong results",
  ],
  "/vectorize/reference/metadata-filtering/": [
    "filter vector search results by a field",
    "metadata index",
    "search only within one category or tenant",
    "filter by metadata returns nothing, do i need a metadata index",
  ],
  "/vectorize/reference/what-is-a-vector-database/": [
    "what is a vector database",
    "what are embeddings used for",
    "how does similarity search work",
  ],
  "/workflows/": [
    "run a multi step job that survives failures",
    "durable long running processes",
    "orchestrate steps with retries",
    "run a job over hours or days with steps that resume",
    "like aws step functions or temporal on cloudflare",
  ],
  "/workflows/get-started/guide/": [
    "build my first workflow",
    "create a workflow with steps in a worker",
    "workflow tutorial",
    "multi step job with retries in my worker",
  ],
  "/workflows/reference/limits/": [
    "how long can a workflow run",
    "how many steps can a workflow have",
    "maximum sleep duration",
    "workflow failed because a step ran too long",
  ],
  "/workflows/reference/pricing/": [
    "what do workflows cost",
    "workflow billing",
    "do i pay while a workflow sleeps",
    "am i charged while a workflow waits for an event",
  ],
  "/workflows/build/sleeping-and-retrying/": [
    "wait for a day between steps",
    "retry a step with backoff",
    "step.sleep and retries config",
    "my step keeps retrying forever, how do i stop it",
  ],
  "/workflows/build/events-and-parameters/": [
    "pause until a user approves",
    "wait for an external event",
    "pass parameters to a workflow",
    "waitforevent",
    "send data to a workflow that is waiting",
  ],
  "/workflows/build/trigger-workflows/": [
    "start a workflow from my worker or the api",
    "create a workflow instance",
    "trigger a workflow from a queue or cron",
    "start a job from a webhook and return right away",
  ],
  "/workflows/build/rules-of-workflows/": [
    "best practices for writing workflow steps",
    "make workflow steps idempotent",
    "common workflow mistakes",
    "my workflow repeats side effects after a retry",
    "state lost between steps",
  ],
  "/kv/examples/distributed-configuration-with-workers-kv/": [
    "feature flags or config read at the edge",
    "global configuration store",
    "change settings of my app without redeploying",
  ],
  "/kv/examples/routing-with-workers-kv/": [
    "route requests to different backends from a lookup table",
    "dynamic routing table in kv",
    "send each customer's requests to their own server",
  ],
  "/kv/examples/workers-kv-to-serve-assets/": [
    "serve files stored in kv",
    "store static files in a namespace",
    "serve images or files stored as values",
  ],
  "/kv/observability/metrics-analytics/": [
    "how many reads and writes does my namespace get",
    "kv usage metrics",
    "why is my kv bill high, which operations",
  ],
  "/kv/reference/data-security/": [
    "is kv data encrypted at rest",
    "kv encryption and data security",
  ],
  "/kv/api/": [
    "kv methods available in a worker",
    "get, put, list and delete from code",
    "kv get, put, list and delete method signatures",
  ],
  "/kv/glossary/": ["kv terms", "kv glossary"],
  "/d1/reference/data-security/": ["is my d1 data encrypted", "d1 encryption at rest"],
  "/d1/reference/faq/": [
    "d1 frequently asked questions",
    "can i use d1 in production",
    "can d1 replace my postgres database",
  ],
  "/d1/configuration/environments/": [
    "different databases for staging and production",
    "d1 database per wrangler environment",
    "separate test and live sql databases",
  ],
  "/d1/tutorials/d1-and-prisma-orm/": [
    "use prisma with d1",
    "prisma orm with a sqlite database on cloudflare",
    "prisma migrations with d1",
  ],
  "/d1/examples/d1-and-hono/": [
    "use d1 with hono",
    "hono api with a sql database",
    "c.env.db in a hono route",
  ],
  "/d1/observability/billing/": [
    "why is my d1 bill high",
    "how d1 usage is counted",
    "rows read count is much higher than rows returned",
  ],
  "/r2/how-r2-works/": [
    "how does r2 store data",
    "r2 architecture",
    "where are my files physically stored",
  ],
  "/r2/examples/aws/aws4fetch/": [
    "sign s3 requests in a worker with aws4fetch",
    "presign a url in a worker",
  ],
  "/r2/api/s3/temporary-credentials/": [
    "short lived credentials for a bucket",
    "temporary access keys scoped to a prefix",
    "give a mobile app access to one folder of my bucket",
  ],
  "/r2/tutorials/cloudflare-access/": [
    "protect a bucket so only my team can download",
    "require sso to download from a bucket",
  ],
  "/r2/platform/metrics-analytics/": [
    "how much storage am i using",
    "r2 usage and operations graphs",
    "how many downloads did my files get",
  ],
  "/r2/reference/data-security/": [
    "is r2 data encrypted",
    "r2 encryption at rest and in transit",
    "is my storage compliant with soc 2 or iso 27001",
  ],
  "/durable-objects/examples/durable-object-ttl/": [
    "delete a durable object's data after a while",
    "expire a durable object after inactivity",
    "clean up objects nobody uses anymore",
  ],
  "/durable-objects/reference/in-memory-state/": [
    "keep state in memory in a durable object",
    "cache values in memory between requests to an object",
    "do variables on my durable object survive restarts",
  ],
  "/durable-objects/api/base/": ["durable object base class", "extend the durableobject class"],
  "/durable-objects/reference/faq/": [
    "durable objects faq",
    "durable objects questions",
    "how many durable objects can i create",
  ],
  "/durable-objects/observability/data-studio/": [
    "browse the data stored in my durable objects",
    "view sqlite data of a durable object in the dashboard",
    "look at rows stored in a durable object without writing code",
  ],
  "/queues/configuration/configure-queues/": [
    "queue producer and consumer settings in wrangler",
    "configure queue bindings",
    "max_batch_size and max_retries settings for a consumer",
  ],
  "/queues/examples/publish-to-a-queue-via-workers/": [
    "send a message to a queue from a worker",
    "producer worker example",
    "hand off slow work from my api to a background job",
  ],
  "/queues/reference/how-queues-works/": [
    "how do queues work",
    "queue architecture",
    "where are queue messages stored and how are they delivered",
  ],
  "/queues/configuration/local-development/": [
    "test queues locally",
    "run queues in wrangler dev",
    "my consumer does not run in wrangler dev",
  ],
  "/queues/observability/metrics/": [
    "how many messages are waiting in my queue",
    "queue backlog metrics",
    "messages are piling up, how do i see it",
  ],
  "/hyperdrive/configuration/local-development/": [
    "develop locally against my database with hyperdrive",
    "local connection string for hyperdrive",
    "wrangler dev cannot connect to my database through hyperdrive",
  ],
  "/hyperdrive/concepts/how-hyperdrive-works/": [
    "how hyperdrive speeds up database access",
    "how hyperdrive reduces latency",
    "why queries from workers to my database are slow without pooling",
  ],
  "/hyperdrive/configuration/tune-connection-pool/": [
    "set the maximum number of database connections",
    "connection pool size for hyperdrive",
    "my database runs out of connections from workers traffic",
  ],
  "/hyperdrive/reference/faq/": [
    "hyperdrive questions",
    "hyperdrive faq",
    "is hyperdrive needed if my database is already pooled",
  ],
  "/vectorize/reference/client-api/": [
    "vectorize binding methods",
    "upsert, query and delete vectors from a worker",
    "env.vectorize.query and upsert options",
  ],
  "/vectorize/best-practices/list-vectors/": [
    "list the ids in my index",
    "list vectors in an index",
    "export all vector ids from my index",
  ],
  "/workflows/build/workers-api/": [
    "workflow binding api",
    "get the status of a workflow instance",
    "restart, pause or terminate a workflow instance from code",
    "get the output of a finished workflow",
  ],
  "/workflows/observability/metrics-analytics/": [
    "see failed and running workflow instances",
    "workflow metrics",
    "which of my workflow runs failed and why",
  ],
  "/workflows/build/local-development/": [
    "test workflows locally",
    "run workflows in wrangler dev",
    "workflow does not start in local dev",
  ],
  "/r2-sql/": [
    "run sql queries over iceberg tables stored in my bucket",
    "serverless analytics query engine on object storage",
    "query parquet data in r2 without a warehouse like athena or bigquery",
  ],
  "/r2-sql/get-started/": [
    "create a pipeline that writes to an iceberg table and query it with sql",
    "first query against data in r2 data catalog",
    "send sample events and query them with r2 sql",
  ],
  "/r2-sql/platform/pricing/": [
    "how much does r2 sql cost per terabyte scanned",
    "am i billed for data scanned by an analytics query",
    "is there a minimum charge per query on r2 sql",
  ],
  "/r2-sql/query-data/": [
    "find my warehouse name and run a query from the command line",
    "query r2 sql over the http api",
    "api token permissions needed to run r2 sql",
  ],
  "/r2-sql/reference/limitations-best-practices/": [
    "which sql features r2 sql does not support",
    "make my analytics queries scan less data",
    "r2 sql query limits and runtime constraints",
  ],
  "/r2-sql/reference/wrangler-commands/": [
    "wrangler r2 sql query command",
    "set wrangler_r2_sql_auth_token to query from the terminal",
  ],
  "/r2-sql/sql-reference/": [
    "supported select, join, group by and cte syntax in r2 sql",
    "list tables and describe a table's columns in r2 sql",
    "join two iceberg tables in a query",
  ],
  "/r2-sql/sql-reference/aggregate-functions/": [
    "count distinct, percentile and median in r2 sql",
    "approximate count distinct on a large dataset",
  ],
  "/r2-sql/sql-reference/complex-types/": [
    "query nested struct, array and map columns",
    "read a field inside a struct column in r2 sql",
  ],
  "/r2-sql/sql-reference/scalar-functions/": [
    "date and string functions available in r2 sql",
    "convert a unix timestamp or cast a column type in a query",
  ],
  "/r2-sql/troubleshooting/": [
    "error expected exactly 1 table in from clause",
    "my r2 sql query is slow or fails with an unsupported feature error",
    "how to paginate results when offset is not supported",
  ],
  "/r2-sql/tutorials/end-to-end-pipeline/": [
    "stream transaction events into iceberg and query them for fraud",
    "build a data pipeline from ingestion to sql queries on cloudflare",
  ],
  "/hyperdrive/concepts/connection-lifecycle/": [
    "do i need to close my database client at the end of each request",
    "why hyperdrive saves the tcp, tls and auth round trips to postgres",
    "keep a database connection open in a durable object",
    "long running transactions hold a pooled connection",
  ],
  "/hyperdrive/configuration/connect-to-private-database-vpc/": [
    "connect hyperdrive to a database with no public ip through workers vpc",
    "query a postgres in my aws vpc from a worker without access service tokens",
    "tcp vpc service for a private database",
  ],
  "/hyperdrive/configuration/tls-ssl-certificates-for-hyperdrive/": [
    "verify-full or verify-ca ssl mode for my database connection",
    "upload a root ca certificate so hyperdrive checks the database certificate",
    "use mtls client certificates to connect to postgres",
  ],
  "/hyperdrive/observability/metrics/": [
    "see query latency and cache hit ratio for my database connection",
    "graphql query for hyperdrive queries and pool size",
    "how many queries are served from cache versus the origin database",
  ],
  "/hyperdrive/planetscale/": [
    "use a planetscale database from workers billed through cloudflare",
    "create a planetscale postgres or mysql database for my worker",
  ],
  "/hyperdrive/reference/wrangler-commands/": [
    "wrangler hyperdrive create with a connection string",
    "update the password of a hyperdrive config from the command line",
    "list and delete hyperdrive configs with wrangler",
  ],
  "/hyperdrive/tutorials/serverless-timeseries-api-with-timescale/": [
    "ingest and query time series data from a worker",
    "build an api on top of a timescale hypertable",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/aws-rds-aurora/": [
    "connect a worker to amazon rds postgres",
    "aurora postgres database from cloudflare workers",
    "allow cloudflare ips in my rds security group",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/azure/": [
    "connect a worker to azure database for postgresql",
    "azure postgres firewall rule to let hyperdrive connect",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/cockroachdb/": [
    "connect a worker to a cockroachdb cluster",
    "cockroachdb connection string for hyperdrive",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/digital-ocean/": [
    "connect a worker to a digitalocean managed postgres",
    "digitalocean trusted sources for cloudflare connections",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/fly/": [
    "connect a worker to fly.io postgres",
    "give my fly postgres a public ip for hyperdrive",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/google-cloud-sql/": [
    "connect a worker to google cloud sql postgres",
    "authorized networks for cloud sql so hyperdrive can reach it",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/materialize/": [
    "query a materialize streaming database from a worker",
    "use a postgres compatible streaming database from cloudflare workers",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/neon/": [
    "connect hyperdrive to a neon database",
    "use the neon connection string without its pooler for hyperdrive",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/nile/": [
    "connect a worker to a nile multi tenant postgres",
    "nile database credentials for hyperdrive",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/pgedge/": [
    "connect a worker to pgedge cloud postgres",
    "distributed postgres from pgedge with hyperdrive pooling",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/planetscale-postgres/": [
    "connect hyperdrive to a planetscale postgres database",
    "create a role in planetscale postgres for my worker",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/prisma-postgres/": [
    "connect hyperdrive to a prisma postgres database",
    "set hyperdrive max connections for prisma postgres",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/supabase/": [
    "connect hyperdrive to supabase postgres",
    "use the supabase direct connection string rather than its pooler with workers",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/timescale/": [
    "connect hyperdrive to a timescale service",
    "query a timescaledb database from a worker",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/xata/": [
    "connect a worker to a xata postgres database",
    "xata connection string for a hyperdrive config",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-drivers-and-libraries/drizzle-orm/": [
    "use drizzle orm with postgres through hyperdrive",
    "drizzle kit migrations for a database my worker uses",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-drivers-and-libraries/node-postgres/": [
    "use the pg package in a worker with hyperdrive",
    "which postgres driver is recommended for workers",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-drivers-and-libraries/postgres-js/": [
    "use postgres.js in a worker with hyperdrive",
    "postgres js driver settings for cloudflare workers",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-drivers-and-libraries/prisma-orm/": [
    "use prisma orm with hyperdrive in a worker",
    "prisma client with the pg adapter on cloudflare",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-database-providers/aws-rds-aurora/": [
    "connect a worker to amazon rds mysql or aurora mysql",
    "allow cloudflare ip ranges in an rds mysql security group",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-database-providers/azure/": [
    "connect a worker to azure database for mysql",
    "azure mysql flexible server firewall for hyperdrive",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-database-providers/google-cloud-sql/": [
    "connect a worker to google cloud sql mysql",
    "cloud sql mysql authorized networks for hyperdrive",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-database-providers/planetscale/": [
    "connect hyperdrive to a planetscale mysql vitess database",
    "planetscale mysql password for a cloudflare worker",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-drivers-and-libraries/drizzle-orm/": [
    "use drizzle orm with mysql through hyperdrive",
    "drizzle with the mysql2 driver on workers",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-drivers-and-libraries/mysql/": [
    "use the mysql npm package in a worker",
    "query mysql from a worker with nodejs_compat",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-drivers-and-libraries/mysql2/": [
    "use mysql2 in a worker with hyperdrive",
    "mysql2 option disableeval needed on workers",
  ],
  "/r2/api/workers/workers-api-usage/": [
    "store uploaded files from my worker code in object storage",
    "bind an r2 bucket to a worker and put, get and delete objects",
    "keep my bucket private while serving objects through a worker",
    "upload files to object storage from a cloudflare function",
  ],
  "/r2/api/s3/extensions/": [
    "create the bucket automatically when uploading if it does not exist",
    "merge metadata when copying an object with the s3 api",
    "r2 features beyond the standard s3 api",
    "unicode characters in object metadata",
  ],
  "/r2/buckets/local-uploads/": [
    "uploads are slow for users far from my bucket's region",
    "write objects to a nearby location and copy them to the bucket later",
    "speed up uploads from another continent",
  ],
  "/r2/objects/": [
    "are there real folders in a bucket or only prefixes",
    "how object keys and slashes group files in the dashboard",
  ],
  "/r2/data-catalog/get-started/": [
    "create my first iceberg table in a bucket with pyiceberg",
    "set up a data lake on cloudflare object storage",
    "enable the data catalog and query it from a python notebook",
  ],
  "/r2/data-catalog/manage-catalogs/": [
    "turn the iceberg rest catalog on or off for a bucket",
    "api token for spark or duckdb to authenticate to the catalog",
    "enable compaction and snapshot expiration on my tables",
  ],
  "/r2/data-catalog/table-maintenance/": [
    "too many small parquet files make my queries slow",
    "automatic compaction of iceberg tables",
    "expire old iceberg snapshots to save storage",
  ],
  "/r2/data-catalog/deleting-data/": [
    "delete rows or drop an iceberg table safely",
    "deleting parquet files by hand corrupted my catalog",
    "remove old data from an iceberg table in r2",
  ],
  "/r2/data-catalog/platform/pricing/": [
    "how much do catalog operations and compaction cost",
    "r2 data catalog billing examples for streaming ingest",
  ],
  "/r2/data-catalog/observability/metrics/": [
    "monitor iceberg rest api requests and compaction jobs",
    "graphql dataset for r2 data catalog metrics",
  ],
  "/r2/data-catalog/config-examples/duckdb/": [
    "query my r2 iceberg tables from duckdb",
    "attach the r2 data catalog in duckdb",
  ],
  "/r2/data-catalog/config-examples/pyiceberg/": [
    "connect pyiceberg to the r2 rest catalog",
    "python code to load an iceberg table stored in r2",
  ],
  "/r2/data-catalog/config-examples/snowflake/": [
    "read iceberg tables in r2 from snowflake",
    "snowflake catalog integration for r2 data catalog",
  ],
  "/r2/data-catalog/config-examples/spark-python/": [
    "pyspark session config for the r2 data catalog",
    "read and write iceberg tables in r2 with spark from python",
  ],
  "/r2/data-catalog/config-examples/spark-scala/": [
    "scala spark application that uses the r2 data catalog",
    "build a spark job against iceberg tables in r2",
  ],
  "/r2/data-catalog/config-examples/starrocks/": [
    "connect starrocks to iceberg tables stored in r2",
    "starrocks external catalog for r2",
  ],
  "/r2/data-catalog/config-examples/trino/": [
    "query the r2 data catalog from trino",
    "trino iceberg connector settings for r2",
  ],
  "/r2/data-migration/migration-strategies/": [
    "move my s3 bucket to r2 without downtime",
    "combine super slurper and sippy for a migration",
    "speed up a large bucket migration to r2",
  ],
  "/r2/examples/authenticate-r2-auth-tokens/": [
    "use an api token as s3 access keys for r2",
    "derive the secret access key from a cloudflare api token",
  ],
  "/r2/examples/authenticate-r2-temp-credentials/": [
    "give a client short lived credentials scoped to one bucket or prefix",
    "generate temporary s3 credentials for r2",
    "let a browser upload directly without sharing my main key",
  ],
  "/r2/examples/aws/aws-sdk-go/": [
    "use the aws sdk for go with r2",
    "go s3 client endpoint for cloudflare r2",
  ],
  "/r2/examples/aws/aws-sdk-java/": [
    "use the aws sdk for java with r2",
    "java s3 client configuration for r2 endpoint and region",
  ],
  "/r2/examples/aws/aws-sdk-js/": [
    "use the aws sdk v2 for javascript with r2",
    "node s3 client pointing at r2",
  ],
  "/r2/examples/aws/aws-sdk-kotlin/": [
    "use the aws sdk for kotlin with r2",
    "kotlin s3 client for cloudflare storage",
  ],
  "/r2/examples/aws/aws-sdk-net/": [
    "use the aws sdk for .net with r2",
    "c# s3 client settings for r2",
  ],
  "/r2/examples/aws/aws-sdk-php/": [
    "use the aws sdk for php with r2",
    "php s3 client upload to cloudflare r2",
  ],
  "/r2/examples/aws/aws-sdk-ruby/": [
    "use the aws sdk for ruby with r2",
    "ruby s3 client endpoint for r2",
  ],
  "/r2/examples/aws/aws-sdk-rust/": [
    "use the aws sdk for rust with r2",
    "rust s3 client for cloudflare r2",
  ],
  "/r2/examples/aws/s3mini/": [
    "small s3 client library that works with r2 in a worker",
    "lightweight alternative to the aws sdk for r2",
  ],
  "/r2/examples/aws/custom-header/": [
    "send an extra header on every s3 request with boto3",
    "add a custom header per request with aws sdk js v3",
  ],
  "/r2/examples/cache-api/": [
    "cache objects from my bucket at the edge in a worker",
    "serve bucket files from cache to avoid read operations",
  ],
  "/r2/examples/ssec/": [
    "encrypt objects with my own key in r2",
    "server side encryption with customer provided keys",
    "what happens if i lose my encryption key for stored files",
  ],
  "/r2/examples/terraform/": [
    "create an r2 bucket with terraform",
    "cloudflare terraform provider for object storage",
  ],
  "/r2/examples/terraform-aws/": [
    "manage r2 buckets with the terraform aws provider",
    "use the s3 terraform resources against r2",
  ],
  "/r2/platform/event-subscriptions/": [
    "get a queue message when a bucket is created or deleted",
    "events for super slurper migration jobs",
  ],
  "/r2/platform/audit-logs/": [
    "who created or deleted a bucket in my account",
    "audit trail of r2 configuration changes",
  ],
  "/r2/reference/partners/snowflake-regions/": [
    "which r2 location to use for my snowflake region",
    "place my bucket near snowflake to cut latency",
  ],
  "/r2/reference/unicode-interoperability/": [
    "file names with accents do not match after upload",
    "does r2 normalize unicode in object keys",
  ],
  "/r2/reference/wrangler-commands/": [
    "wrangler r2 bucket create and object put commands",
    "manage buckets and objects from the terminal",
    "set cors or lifecycle rules on a bucket with wrangler",
  ],
  "/r2/tutorials/mastodon/": [
    "store mastodon media in cloudflare r2",
    "move my mastodon instance's files to r2",
  ],
  "/r2/tutorials/postman/": [
    "call the r2 s3 api from postman",
    "test bucket requests with a postman collection",
  ],
  "/r2/tutorials/summarize-pdf/": [
    "summarize a pdf with ai when it is uploaded to a bucket",
    "run code automatically when someone uploads a file",
  ],
  "/r2/tutorials/upload-logs-event-notifications/": [
    "keep a log of every file uploaded to my bucket",
    "event notifications to a queue and a worker that writes logs",
  ],
  "/d1/best-practices/remote-development/": [
    "edit a worker that uses my sql database entirely in the browser",
    "use the dashboard playground with a d1 binding",
  ],
  "/d1/examples/d1-and-remix/": [
    "query d1 from a remix loader",
    "access the database binding in a remix app on cloudflare",
  ],
  "/d1/examples/d1-and-sveltekit/": [
    "query d1 from a sveltekit server endpoint",
    "platform.env database binding in sveltekit",
  ],
  "/d1/examples/query-d1-from-python-workers/": [
    "query a sqlite database on cloudflare from python",
    "d1 binding in a python worker",
  ],
  "/d1/observability/audit-logs/": [
    "who deleted or changed my d1 database",
    "audit log entries for database create and delete",
  ],
  "/d1/platform/alpha-migration/": [
    "my old alpha database stopped accepting queries",
    "move data from a d1 alpha database to a new one",
  ],
  "/d1/reference/community-projects/": [
    "orms and query builders that work with d1",
    "kysely, knex or drizzle adapters for cloudflare sqlite",
  ],
  "/d1/reference/generated-columns/": [
    "computed column derived from json in a sqlite table",
    "add a virtual or stored generated column in d1",
    "index a value extracted from a json column",
  ],
  "/d1/tutorials/build-a-comments-api/": [
    "store and fetch blog comments with hono and d1",
    "simple json api backed by a sql database on workers",
  ],
  "/d1/tutorials/build-a-staff-directory-app/": [
    "employee directory app with honox, d1 and r2",
    "crud app with an admin form on cloudflare",
  ],
  "/d1/tutorials/build-an-api-to-access-d1/": [
    "query my d1 database from outside cloudflare with an api key",
    "proxy worker that restricts which tables can be queried",
  ],
  "/d1/tutorials/using-read-replication-for-e-com/": [
    "read replicas for a shop's product catalog",
    "lower read latency for shoppers in other regions with sessions",
  ],
  "/durable-objects/api/container/": [
    "start, stop and signal a container from its durable object",
    "intercept outbound http from a container",
    "get a tcp port of the running container",
  ],
  "/durable-objects/api/id/": [
    "convert a durable object id to a string and back",
    "compare two durable object ids or read its name",
  ],
  "/durable-objects/api/legacy-kv-storage-api/": [
    "storage get, put and list for older key value durable objects",
    "transactions in kv backed durable object storage",
  ],
  "/durable-objects/api/webgpu/": [
    "use the gpu from a durable object locally",
    "can i deploy code that uses webgpu",
  ],
  "/durable-objects/best-practices/access-durable-objects-storage/": [
    "create tables and indexes in a durable object's sqlite",
    "load state from storage when the object starts",
    "delete all storage of a durable object",
    "sqlite in durable objects versus d1",
  ],
  "/durable-objects/best-practices/create-durable-object-stubs-and-send-requests/": [
    "call a method on a durable object from my worker",
    "rpc versus fetch to talk to a durable object",
    "get a stub by name and send it a request",
  ],
  "/durable-objects/examples/alarms-api/": [
    "batch requests and process them every few seconds",
    "schedule work in the future for a single object",
  ],
  "/durable-objects/examples/durable-object-in-memory-state/": [
    "keep a variable in memory between requests",
    "why my in memory state reset after a while",
  ],
  "/durable-objects/examples/readable-stream/": [
    "stream data from a durable object back to the worker",
    "cancel a stream coming from a durable object",
  ],
  "/durable-objects/examples/reference-do-name-using-init/": [
    "get the name a durable object was created with",
    "pass metadata to a durable object with an rpctarget",
  ],
  "/durable-objects/examples/testing-with-durable-objects/": [
    "write vitest tests for my durable object",
    "test alarms and sqlite storage of a durable object",
    "unit test stateful objects inside the workers runtime",
  ],
  "/durable-objects/examples/use-kv-from-durable-objects/": [
    "read and write kv from inside a durable object",
    "serialize writes to kv through one coordinator",
  ],
  "/durable-objects/examples/websocket-server/": [
    "echo websocket server with a durable object",
    "count connected websocket clients",
  ],
  "/durable-objects/observability/metrics-and-analytics/": [
    "see requests, duration and storage use of my durable objects",
    "graphql query for durable object metrics",
  ],
  "/durable-objects/platform/known-issues/": [
    "two instances of the same durable object running at once",
    "known problems with durable objects in production",
    "code updates disconnect my websockets",
  ],
  "/durable-objects/reference/data-security/": [
    "is durable object data encrypted at rest",
    "compliance certifications for stateful storage",
  ],
  "/durable-objects/reference/environments/": [
    "separate durable objects for staging and production",
    "durable object bindings in wrangler environments",
  ],
  "/durable-objects/reference/glossary/": [
    "what is a durable object namespace, stub and id",
    "terms used in durable objects docs",
  ],
  "/durable-objects/tutorials/build-a-seat-booking-app/": [
    "flight seat reservation app with sqlite in a durable object",
    "prevent two people booking the same seat",
  ],
  "/kv/platform/event-subscriptions/": [
    "get notified when a kv namespace is created or deleted",
    "kv events sent to a queue",
  ],
  "/kv/reference/environments/": [
    "different kv namespace for staging and production",
    "kv binding per wrangler environment",
  ],
  "/queues/event-subscriptions/": [
    "get a message in a queue when something happens in my account",
    "react to r2, kv or workers ai events with a consumer worker",
  ],
  "/queues/event-subscriptions/events-schemas/": [
    "payload fields of event subscription messages",
    "which cloudflare events can be delivered to a queue",
  ],
  "/queues/event-subscriptions/manage-event-subscriptions/": [
    "subscribe a queue to bucket or workflow events",
    "list or delete event subscriptions with wrangler",
  ],
  "/queues/examples/list-messages-from-dash/": [
    "peek at messages waiting in a queue without consuming them",
    "acknowledge stuck messages from the dashboard",
  ],
  "/queues/examples/send-messages-from-dash/": [
    "send a test message to my queue without writing a producer",
    "debug a consumer by posting a message in the dashboard",
  ],
  "/queues/examples/send-errors-to-r2/": [
    "send caught errors to a queue and write them to a log file in a bucket",
    "batch log lines into r2 with a consumer",
  ],
  "/queues/examples/use-queues-with-durable-objects/": [
    "publish queue messages from inside a durable object",
    "queue producer binding in a durable object",
  ],
  "/queues/glossary/": [
    "what are producer, consumer, batch and dead letter queue",
    "queues terms explained",
  ],
  "/queues/platform/audit-logs/": [
    "who created or deleted a queue",
    "audit log of queue and consumer changes",
  ],
  "/queues/reference/error-codes/": [
    "error codes returned when sending to a queue",
    "queue send failed with 429 or 500 what does it mean",
    "handle exceptions thrown by queue send",
  ],
  "/queues/reference/wrangler-commands/": [
    "wrangler queues create, list and delete",
    "add an http pull consumer or worker consumer from the cli",
    "pause delivery or purge a queue from the command line",
  ],
  "/queues/tutorials/handle-rate-limits/": [
    "stay under a third party api's rate limit with a queue",
    "send emails slowly enough for resend's limits",
    "retry with delay when an external api returns 429",
  ],
  "/queues/tutorials/web-crawler-with-browser-run/": [
    "crawl websites with a headless browser and a queue",
    "puppeteer crawler that scales with queue consumers",
  ],
  "/vectorize/platform/event-subscriptions/": [
    "get notified when a vector index is created or deleted",
    "vectorize events in a queue",
  ],
  "/vectorize/reference/transition-vectorize-legacy/": [
    "my vector index is a legacy v1 index, how to move to v2",
    "migrate deprecated vectorize indexes",
  ],
  "/vectorize/reference/wrangler-commands/": [
    "wrangler vectorize create with dimensions and metric",
    "insert, query or delete vectors from the command line",
    "create a metadata index for filtering with wrangler",
  ],
  "/workflows/build/call-workflows-from-pages/": [
    "start a workflow from a pages project",
    "service binding from pages functions to a workflow worker",
  ],
  "/workflows/build/step-context/": [
    "know which retry attempt a step is on",
    "read step name and config inside step.do",
  ],
  "/workflows/build/visualizer/": [
    "see a diagram of my workflow's steps in the dashboard",
    "visual graph of parallel steps, loops and branches",
  ],
  "/workflows/examples/backup-d1/": [
    "back up my d1 database to r2 every day",
    "scheduled export of a sql database to a bucket",
  ],
  "/workflows/examples/send-invoices/": [
    "charge a cart and email an invoice with retries",
    "poll a database until checkout then bill the customer",
  ],
  "/workflows/examples/twilio/": [
    "phone calls and sms with twilio from a workflow",
    "durable messaging flow with twilio on cloudflare",
  ],
  "/workflows/examples/wait-for-event/": [
    "pause a workflow until a person approves",
    "human approval step before continuing a process",
    "waitforevent example with image tagging",
  ],
  "/workflows/get-started/durable-agents/": [
    "ai agent whose steps survive crashes and retries",
    "long running research agent built on workflows",
  ],
  "/workflows/python/": [
    "write a workflow in python",
    "python workflow entrypoint setup and flags",
  ],
  "/workflows/python/bindings/": [
    "create or get a workflow instance from python code",
    "send an event to a running workflow from python",
  ],
  "/workflows/python/dag/": [
    "declare steps that depend on other steps in python",
    "run python workflow steps in parallel as a graph",
  ],
  "/workflows/python/python-workers-api/": [
    "step.do, sleep and retries in a python workflow",
    "stop retrying a step with nonretryableerror in python",
  ],
  "/workflows/reference/event-subscriptions/": [
    "queue message when a workflow instance completes or fails",
    "workflows events for my consumer",
  ],
  "/workflows/reference/glossary/": [
    "what is a workflow instance, step and event",
    "workflows terms explained",
  ],
  "/workflows/reference/wrangler-commands/": [
    "trigger a workflow from the command line",
    "pause, resume, restart or terminate an instance with wrangler",
    "list workflow instances and their status from the terminal",
  ],
  "/hyperdrive/examples/connect-to-postgres/postgres-database-providers/": [
    "which hosted postgres providers work with hyperdrive",
    "guides for connecting workers to neon, supabase, rds and others",
  ],
  "/hyperdrive/examples/connect-to-mysql/mysql-database-providers/": [
    "which hosted mysql providers work with hyperdrive",
    "guides for connecting workers to rds mysql, planetscale and cloud sql",
  ],
  "/d1/demos/": [
    "starter templates and example apps built on d1",
    "reference architectures that use a serverless sql database",
  ],
};
