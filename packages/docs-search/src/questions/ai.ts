// Questions people and agents ask that the AI products' pages answer (Workers AI, AI Gateway,
// Agents, Agent Memory, AI Search, Browser Run), in their own words.
import type { PageQuestions } from "./types.ts";

export const AI_QUESTIONS: PageQuestions = {
  "/workers-ai/": [
    "run an llm or other ai model without my own gpus",
    "serverless inference on cloudflare",
    "call open source models like llama from my app",
    "like replicate or hugging face inference but on my serverless backend",
  ],
  "/workers-ai/get-started/workers-wrangler/": [
    "call an ai model from my worker",
    "env.AI.run example",
    "add the ai binding to my project",
  ],
  "/workers-ai/get-started/rest-api/": [
    "call a model over http with curl",
    "run inference from my own backend with an api token",
    "call llama from python or node without a worker",
  ],
  "/workers-ai/get-started/dashboard/": [
    "try a model in the dashboard without code",
    "playground to test ai models",
    "run a model from the cloudflare dashboard",
  ],
  "/workers-ai/platform/limits/": [
    "how many requests per minute can i send to a model",
    "rate limits for text generation and embeddings",
    "too many requests error from ai models",
  ],
  "/workers-ai/platform/pricing/": [
    "how much does running a model cost",
    "what are neurons and how many are free per day",
    "price per million tokens",
    "is there a free tier for running ai models",
  ],
  "/workers-ai/platform/errors/": [
    "what does this ai inference error code mean",
    "model returned an error or capacity exceeded",
    "workers ai returned 429 or 5031",
  ],
  "/workers-ai/platform/data-usage/": [
    "are my prompts used to train models",
    "what happens to data i send to ai models",
    "privacy of inference requests",
  ],
  "/workers-ai/configuration/open-ai-compatibility/": [
    "use the openai sdk with cloudflare models",
    "openai compatible chat completions endpoint",
    "swap the openai base url for cloudflare",
  ],
  "/workers-ai/configuration/ai-sdk/": [
    "use vercel's ai sdk with workers ai",
    "ai sdk provider for cloudflare models",
    "stream text with the ai sdk on workers",
    "call llama with the same generateText code i use for openai",
  ],
  "/workers-ai/configuration/bindings/": [
    "answer arrives all at once instead of word by word",
    "stream a model response",
    "env.ai.run options",
  ],
  "/workers-ai/features/function-calling/": [
    "let the model call my functions or tools",
    "tool use with open models",
    "call apis from an llm with tools",
  ],
  "/workers-ai/features/json-mode/": [
    "force the model to answer in json",
    "structured output with a schema",
    "get valid json back from an llm",
    "the llm keeps adding text around the json i asked for",
  ],
  "/workers-ai/features/batch-api/": [
    "send many ai requests at once and get results later",
    "asynchronous batch inference",
    "queue a large number of inference requests",
    "classify 100k support tickets overnight with an llm",
  ],
  "/workers-ai/features/fine-tunes/loras/": [
    "use my own fine-tuned adapter",
    "lora on workers ai",
    "run a fine tuned model on cloudflare",
  ],
  "/workers-ai/features/markdown-conversion/": [
    "convert a pdf or word document to markdown",
    "turn documents into text for an llm",
    "extract text from a pdf",
  ],
  "/workers-ai/features/prompting/": [
    "how to write prompts and chat templates for these models",
    "system prompt and message format",
    "scoped vs unscoped prompts",
  ],
  "/workers-ai/features/prompt-caching/": [
    "reuse a long prompt prefix to save cost",
    "cache the prompt prefix for faster responses",
    "lower latency for repeated context",
  ],
  "/workers-ai/guides/tutorials/build-a-retrieval-augmented-generation-ai/": [
    "build a chatbot that answers from my own documents",
    "rag tutorial with embeddings and a vector database",
    "question answering over my notes with ai",
  ],
  "/workers-ai/guides/tutorials/how-to-choose-the-right-text-generation-model/": [
    "which llm should i pick",
    "compare text generation models",
    "best model for my use case",
  ],
  "/ai-gateway/": [
    "see and control all my app's calls to openai and other ai providers",
    "proxy for llm requests with caching and logs",
    "track ai usage and costs",
    "my openai bill jumped and i can't tell which feature caused it",
    "litellm or helicone style proxy in front of llm apis",
  ],
  "/ai-gateway/get-started/": [
    "put a gateway in front of my openai calls",
    "create an ai gateway and change my base url",
    "log all my llm requests in one place",
    "no idea what my app is actually sending to chatgpt",
  ],
  "/ai-gateway/reference/limits/": [
    "how many gateways can i create",
    "how many logs are kept",
    "maximum request size through the ai proxy",
    "largest prompt that can be cached and how many gateways per account",
  ],
  "/ai-gateway/reference/pricing/": [
    "is ai gateway free",
    "cost of logs in ai gateway",
    "do i pay extra for routing llm calls through a proxy",
  ],
  "/ai-gateway/features/caching/": [
    "serve repeated prompts from cache to save money",
    "cache llm responses",
    "skip the cache for one request",
    "paying twice when users ask the same thing",
  ],
  "/ai-gateway/features/rate-limiting/": [
    "limit how many ai requests my app sends",
    "stop runaway llm spending with a request cap",
    "one user is flooding my chatbot with requests",
  ],
  "/ai-gateway/features/spend-limits/": [
    "cap how much i spend on ai per day",
    "budget limit for llm usage",
    "stop requests after spending too much",
  ],
  "/ai-gateway/configuration/fallbacks/": [
    "switch to another model or provider when one fails",
    "fallback provider if openai is down",
    "retry with a different model when there's an error",
  ],
  "/ai-gateway/configuration/authentication/": [
    "stop others from using my gateway url",
    "require a token to call my gateway",
    "someone else is using my gateway url and running up my bill",
  ],
  "/ai-gateway/configuration/bring-your-own-keys/": [
    "store my provider api keys in the gateway",
    "don't put the openai key in my app",
    "where to keep my openai key instead of env vars in the app",
  ],
  "/ai-gateway/configuration/request-handling/": [
    "timeouts and retries for ai requests",
    "retry a failed model call automatically",
    "request timeout for slow models",
    "slow model answers make my users wait forever",
  ],
  "/ai-gateway/observability/logging/": [
    "see the prompts and responses my app sent",
    "turn off logging of request bodies",
    "how long are gateway logs kept",
  ],
  "/ai-gateway/observability/analytics/": [
    "how many tokens and requests went through my gateway",
    "errors and latency of ai calls",
    "ai usage dashboard",
  ],
  "/ai-gateway/observability/costs/": [
    "how much am i spending on each ai provider",
    "track llm cost per request",
    "estimated token costs",
  ],
  "/ai-gateway/observability/custom-metadata/": [
    "tag ai requests with a user id to filter logs",
    "attach my own metadata to ai requests",
    "filter gateway logs by customer",
  ],
  "/ai-gateway/features/guardrails/": [
    "block harmful or unsafe prompts and responses",
    "content moderation for llm traffic",
    "filter toxic content from ai responses",
    "people trick my chatbot into saying offensive things",
  ],
  "/ai-gateway/features/dlp/": [
    "stop sensitive data from being sent to ai providers",
    "detect pii in prompts",
    "block secrets in llm requests",
    "users paste credit card numbers into my chatbot",
  ],
  "/ai-gateway/features/dynamic-routing/": [
    "route requests to different models by rules",
    "a/b test models or split traffic between providers",
    "send premium users to a bigger model",
  ],
  "/ai-gateway/evaluations/": [
    "evaluate the quality of responses through the gateway",
    "measure accuracy and cost of llm answers",
    "collect human feedback on responses",
    "is my new prompt actually better than the old one",
  ],
  "/ai-gateway/usage/chat-completion/": [
    "one openai compatible endpoint for many providers",
    "switch between models by changing the model name",
    "openai compatible endpoint for anthropic and google",
  ],
  "/ai-gateway/usage/providers/openai/": [
    "send openai requests through the gateway",
    "openai base url for ai gateway",
    "log chatgpt api calls",
  ],
  "/ai-gateway/usage/providers/anthropic/": [
    "send claude requests through the gateway",
    "anthropic messages api through ai gateway",
    "log claude api usage",
  ],
  "/ai-gateway/usage/providers/workersai/": [
    "use cloudflare models through the gateway",
    "workers ai through ai gateway",
    "log workers ai calls",
  ],
  "/ai-gateway/usage/providers/google-ai-studio/": [
    "use gemini through the gateway",
    "gemini api through ai gateway",
    "log gemini calls",
  ],
  "/ai-gateway/reference/troubleshooting/": [
    "requests through my gateway fail",
    "llm calls started failing after i changed the base url",
    "my requests don't show in the gateway logs",
    "401 unauthenticated error from my gateway",
    "identical prompts are not served from cache",
  ],
  "/agents/": [
    "build an ai agent that keeps state and runs tasks",
    "run a bot that acts on schedules, webhooks and chat messages",
    "host an ai assistant with memory",
    "custom gpt style assistant inside my app",
  ],
  "/agents/getting-started/quick-start/": [
    "create my first agent",
    "smallest working example of a bot that keeps state",
    "build an ai agent on cloudflare in minutes",
  ],
  "/agents/platform/limits/": [
    "how many agents can run and how long",
    "my bot got cut off in the middle of a long task",
    "how many concurrent agents",
    "how much cpu time does an agent get per message",
    "how much state can one agent store",
  ],
  "/agents/model-context-protocol/": [
    "what is mcp and how does cloudflare support it",
    "let claude or other ai tools use my service",
    "make my api usable from chatgpt, claude or cursor",
  ],
  "/agents/model-context-protocol/guides/remote-mcp-server/": [
    "host an mcp server on the internet",
    "build a remote mcp server with oauth",
    "deploy my own mcp server",
  ],
  "/agents/model-context-protocol/guides/connect-mcp-client/": [
    "connect claude desktop or cursor to a remote mcp server",
    "use my remote mcp server from an ai app",
    "mcp-remote for clients without remote support",
  ],
  "/agents/model-context-protocol/protocol/authorization/": [
    "add login to my mcp server",
    "oauth for mcp",
    "protect my mcp server with authentication",
  ],
  "/agents/model-context-protocol/cloudflare/servers-for-cloudflare/": [
    "official mcp servers to manage my cloudflare account from an ai assistant",
    "cloudflare mcp servers for dns, workers and more",
    "manage cloudflare from claude with mcp",
  ],
  "/agents/runtime/lifecycle/state/": [
    "save and sync an agent's state with the client",
    "setState in an agent",
    "persist data in an agent",
  ],
  "/agents/runtime/execution/schedule-tasks/": [
    "make my agent do something later or on a schedule",
    "cron jobs inside an agent",
    "schedule a reminder from my agent",
  ],
  "/agents/runtime/communication/websockets/": [
    "talk to my agent over websockets",
    "real time updates from my agent to the browser",
    "agent websocket connections",
  ],
  "/agents/concepts/calling-llms/": [
    "call a model from my agent",
    "use openai or workers ai from an agent",
    "stream llm responses in an agent",
    "user closes the tab while the llm is still answering",
  ],
  "/agents/communication-channels/chat/chat-agents/": [
    "build a chat agent with message history",
    "chat agent with streaming replies",
    "ai chatbot with the agents sdk",
  ],
  "/agents/concepts/agentic-patterns/human-in-the-loop/": [
    "ask a human to approve before my agent acts",
    "approval step before a tool runs",
    "human confirmation in an ai workflow",
  ],
  "/agents/tools/codemode/": [
    "let the model write code to call tools instead of one call at a time",
    "code mode for mcp tools",
    "fewer tokens with generated code",
  ],
  "/ai-search/": [
    "search engine over my own documents with ai answers",
    "managed rag without building the pipeline",
    "chat with my website content",
    "my chatbot makes up answers instead of using our docs",
  ],
  "/ai-search/get-started/": [
    "set up ai search over my files or site",
    "answer customer questions from our help center articles",
    "build rag on my data in a few clicks",
  ],
  "/ai-search/platform/limits-pricing/": [
    "how many files can ai search index",
    "what does ai search cost",
    "too many documents for the free plan index",
    "maximum file size and queries per month on the free plan",
    "is ai search free during the beta",
  ],
  "/ai-search/configuration/data-source/website/": [
    "index my website for ai search",
    "crawl my site into a search index",
    "website as a data source",
  ],
  "/ai-search/configuration/data-source/r2/": [
    "index documents in a bucket",
    "use an r2 bucket as the source for ai search",
    "which files in my bucket get indexed",
  ],
  "/ai-search/configuration/indexing/syncing/": [
    "how often is my content re-indexed",
    "sync new documents into ai search",
    "re-index after changing files",
  ],
  "/ai-search/api/search/workers-binding/": [
    "query ai search from a worker",
    "ai search binding in a worker",
    "search and get ai answers from code",
  ],
  "/ai-search/how-to/per-tenant-search/": [
    "separate search per customer",
    "multitenant rag with filters",
    "each user only sees results from their own files",
  ],
  "/browser-run/": [
    "run a headless browser in the cloud",
    "automate chrome from my code",
    "take screenshots or generate pdfs of web pages",
    "run puppeteer or selenium without managing chrome servers",
  ],
  "/browser-run/get-started/": [
    "start using headless chrome from a worker",
    "screenshot any web page from my api",
    "quick actions http api or a binding with puppeteer, which to use",
  ],
  "/browser-run/limits/": [
    "how many browsers can i run at the same time",
    "how long can a browser session stay open",
    "too many browsers open at once error",
    "429 browser time limit exceeded for today",
    "still capped at 10 minutes a day after upgrading my plan",
  ],
  "/browser-run/pricing/": [
    "what does headless browser time cost",
    "am i billed while the headless browser sits idle",
    "how is browser time billed",
  ],
  "/browser-run/puppeteer/": [
    "chrome is too big for my lambda, where else can puppeteer run",
    "puppeteer in a worker",
    "control chrome with puppeteer",
  ],
  "/browser-run/playwright/": [
    "my playwright script needs to run inside a serverless function",
    "playwright in a worker",
    "run browser tests in the cloud",
  ],
  "/browser-run/quick-actions/": [
    "screenshot or pdf of a url with one http call",
    "render a page without writing browser code",
    "headless browser tasks over rest without puppeteer",
  ],
  "/browser-run/quick-actions/screenshot-endpoint/": [
    "capture a screenshot of a website over http",
    "screenshot api",
    "full page screenshot of a url",
    "thumbnail preview image of any url for my app",
  ],
  "/browser-run/quick-actions/pdf-endpoint/": [
    "turn a web page into a pdf",
    "html to pdf api",
    "save a url as pdf",
  ],
  "/browser-run/quick-actions/markdown-endpoint/": [
    "get a web page as markdown",
    "convert a url to markdown for an llm",
    "clean markdown from a website",
  ],
  "/browser-run/quick-actions/crawl-endpoint/": [
    "crawl a whole website",
    "crawl all pages of a site for my ai",
    "some pages were skipped or blocked in my crawl job",
    "limit crawl depth and page count",
  ],
  "/browser-run/quick-actions/scrape-endpoint/": [
    "scrape elements from a page",
    "extract data from a page with selectors",
    "get the text of elements by css selector from a url",
  ],
  "/browser-run/how-to/pdf-generation/": [
    "generate invoices as pdf from html",
    "generate pdfs with a worker",
    "pdf from an html template with css styling",
  ],
  "/browser-run/reference/timeouts/": [
    "rendering a page times out",
    "increase the timeout for page loads",
    "page load timeout",
    "screenshot taken before the page finished loading",
  ],
  "/workers-ai/models/llama-3.1-8b-instruct/": [
    "run llama 3.1 8b",
    "small fast chat model",
    "cheap general purpose chat model on workers ai",
  ],
  "/workers-ai/models/whisper/": [
    "transcribe audio to text",
    "speech to text model",
    "turn a voice recording into text",
  ],
  "/workers-ai/models/whisper-large-v3-turbo/": [
    "accurate speech recognition for long audio",
    "transcribe a podcast",
  ],
  "/workers-ai/models/flux-1-schnell/": [
    "generate an image from a text prompt",
    "text to image model",
  ],
  "/workers-ai/models/bge-base-en-v1.5/": [
    "create text embeddings",
    "embedding model for semantic search",
  ],
  "/workers-ai/models/m2m100-1.2b/": [
    "translate text between languages",
    "translation model",
    "translate user messages into english",
  ],
  "/workers-ai/models/llama-3.3-70b-instruct-fp8-fast/": [
    "largest llama model for better answers",
    "llama 3.3 70b on workers ai",
  ],
  "/workers-ai/models/llama-guard-3-8b/": [
    "classify prompts as safe or unsafe",
    "content safety classifier model",
  ],
  "/workers-ai/models/bart-large-cnn/": [
    "summarize a long text",
    "summarization model",
    "shorten an article into a few sentences",
  ],
  "/workers-ai/models/stable-diffusion-xl-base-1.0/": [
    "stable diffusion image generation",
    "sdxl on workers ai",
  ],
  "/workers-ai/models/llama-3.2-11b-vision-instruct/": [
    "describe an image with ai",
    "vision model that reads images",
  ],
  "/workers-ai/models/melotts/": [
    "text to speech",
    "turn text into spoken audio",
    "generate an mp3 of spoken text",
  ],
  "/workers-ai/models/bge-reranker-base/": [
    "rerank search results",
    "reranker model for rag",
    "reorder retrieved passages by relevance to a query",
  ],
  "/workers-ai/models/gpt-oss-120b/": [
    "openai open weights model gpt-oss",
    "run an openai model without an openai account",
  ],
  "/workers-ai/models/qwen2.5-coder-32b-instruct/": [
    "code generation model",
    "qwen coder model",
    "open model for writing and fixing code",
  ],
  "/ai-gateway/usage/providers/azureopenai/": [
    "azure openai through ai gateway",
    "log azure openai calls",
    "use my azure deployment of gpt with caching and logs",
  ],
  "/ai-gateway/usage/providers/bedrock/": [
    "amazon bedrock through ai gateway",
    "log bedrock calls",
    "call claude on aws bedrock through a proxy with logs",
  ],
  "/ai-gateway/usage/providers/openrouter/": [
    "openrouter through ai gateway",
    "log openrouter calls",
    "openrouter base url for the gateway",
  ],
  "/ai-gateway/usage/worker-binding-methods/": [
    "call ai gateway from a worker binding",
    "ai gateway binding methods",
    "get the gateway log id or url from env.AI.gateway()",
    "patch a log entry from my worker",
  ],
  "/ai-gateway/configuration/manage-gateway/": [
    "create, edit or delete a gateway",
    "remove an llm proxy i no longer use",
    "requests work without creating a gateway first, the default gateway",
    "turn on retries when editing a gateway",
  ],
  "/ai-gateway/integrations/aig-workers-ai-binding/": [
    "use workers ai binding with a gateway",
    "gateway option in env.ai.run",
    "log my env.AI.run calls in a gateway",
    "pass a gateway id to workers ai from a worker",
    "see and cache the prompts my app sends to hosted llama models",
  ],
  "/ai-gateway/observability/logging/logpush/": [
    "export ai gateway logs to storage",
    "ai gateway logpush",
    "send encrypted prompt logs to my own s3 or r2",
    "decrypt exported llm logs with my private key",
  ],
  "/ai-gateway/integrations/coding-agents/claude-code/": [
    "route claude code through ai gateway",
    "claude code with ai gateway",
    "see the tokens and cost of my claude code sessions",
    "set ANTHROPIC_BASE_URL to a gateway",
  ],
  "/agents/model-context-protocol/apis/agent-api/": [
    "mcpagent class",
    "stateful mcp server with durable objects",
    "keep per-session state in my mcp server",
    "serve mcp over streamable http from a durable object",
  ],
  "/agents/model-context-protocol/guides/test-remote-mcp-server/": [
    "test my mcp server with the inspector",
    "mcp inspector",
    "try my mcp server in the ai playground before wiring up a client",
    "use a local proxy so claude desktop reaches my remote server",
  ],
  "/agents/concepts/what-are-agents/": [
    "what is an ai agent",
    "how is an agent different from just calling chatgpt",
    "difference between a chatbot, a workflow and an agent",
    "how an llm decides which tool to call in a loop",
  ],
  "/agents/getting-started/add-to-existing-project/": [
    "add an agent to my existing worker",
    "agents sdk in an existing project",
    "add an agent to my hono app",
    "wire routeAgentRequest into my worker's fetch handler",
  ],
  "/agents/runtime/lifecycle/callable-methods/": [
    "call agent methods from the client",
    "@callable methods",
    "expose a server function my react app can call over websocket",
    "stream results back from an rpc method on the agent",
  ],
  "/agents/model-context-protocol/protocol/transport/": [
    "streamable http vs sse transport for mcp",
    "mcp transports",
    "connect an agent to an McpAgent over durable object rpc",
    "pass props from the worker to my mcp server",
  ],
  "/agents/model-context-protocol/protocol/tools/": [
    "define tools on my mcp server",
    "mcp tools",
    "validate tool inputs with zod on my mcp server",
    "write tool descriptions the model understands",
  ],
  "/agents/concepts/tools/": [
    "give my agent tools",
    "let my chatbot look up orders in my database",
    "let my ai agent call apis and take actions",
    "difference between server tools and client tools",
  ],
  "/agents/runtime/agents-api/": [
    "schedule a task or save state from inside my bot class",
    "agent class methods",
    "list of everything an agent instance can do",
    "lifecycle hooks like onStart, onConnect and onRequest",
  ],
  "/ai-search/concepts/how-ai-search-works/": [
    "how does ai search index and answer",
    "ai search architecture",
    "what happens between uploading a file and getting an answer",
    "indexing and retrieval pipeline of a managed rag",
  ],
  "/ai-search/api/search/rest-api/": [
    "query ai search over http",
    "ai search rest api",
    "call chat completions on my indexed content with curl",
    "search my documents from a backend outside workers",
  ],
  "/ai-search/configuration/models/": [
    "choose the embedding and generation model for ai search",
    "ai search models",
    "change which llm writes the answers",
    "use a model from another provider through ai gateway for rag",
  ],
  "/ai-search/configuration/indexing/chunking/": [
    "chunk size for indexing documents",
    "ai search chunking",
    "answers miss context because chunks are too small",
    "chunk overlap and size settings",
  ],
  "/ai-search/how-to/simple-search-engine/": [
    "search box for my site with ai search",
    "replace algolia on my docs site",
    "return matching documents without an ai generated answer",
  ],
  "/browser-run/quick-actions/content-endpoint/": [
    "get the rendered html of a page",
    "fetch html after javascript runs",
    "scrape a single page app that renders with javascript",
  ],
  "/browser-run/quick-actions/json-endpoint/": [
    "extract structured json from a page with ai",
    "structured data extraction from a url",
    "json extraction returns null or empty",
    "pull product names and prices from a page into a schema",
  ],
  "/browser-run/quick-actions/links-endpoint/": [
    "get all links on a page",
    "list links on a web page",
    "find every url a page links to for my crawler",
  ],
  "/browser-run/features/reuse-sessions/": [
    "keep a browser session alive between requests",
    "reuse a headless browser session",
    "slow cold start launching a new browser on every request",
    "connect to an already open browser with puppeteer.connect",
  ],
  "/browser-run/faq/": [
    "screenshot is missing content or the page looks half loaded",
    "why are my requests blocked by sites",
    "cannot read properties of undefined (reading 'fetch') with the browser binding",
    "screenshot a page that needs a login cookie",
    "will bot protection on my own site block the headless browser",
  ],
  "/ai-gateway/configuration/custom-costs/": [
    "my negotiated model price differs from the public one in cost reports",
    "set my own price per token for cost tracking",
    "cf-aig-custom-cost header",
  ],
  "/ai-gateway/configuration/custom-providers/": [
    "send requests to my self-hosted llm through the gateway",
    "add a model provider that the gateway does not support natively",
    "log and cache calls to an internal ai endpoint",
    "register any https ai api as a provider",
  ],
  "/ai-gateway/evaluations/add-human-feedback-api/": [
    "submit thumbs up or down for a logged request over the api",
    "find the cf-aig-log-id of a request and patch its feedback",
    "record user ratings of llm answers from my backend",
  ],
  "/ai-gateway/evaluations/add-human-feedback-bindings/": [
    "send user feedback on a model answer from my worker",
    "patchLog to rate a response",
    "store a score for an ai response using the binding",
  ],
  "/ai-gateway/evaluations/add-human-feedback/": [
    "rate model responses by hand in the logs view",
    "mark which llm answers were good or bad in the dashboard",
    "human review of prompts and completions",
  ],
  "/ai-gateway/evaluations/set-up-evaluations/": [
    "build a dataset from gateway logs and score it",
    "compare cost, speed and quality of my prompts over time",
    "run an evaluation on filtered llm logs",
  ],
  "/ai-gateway/features/": [
    "what can an llm proxy do besides logging",
    "list of ai gateway capabilities by use case",
    "which gateway feature cuts costs and which adds safety",
  ],
  "/ai-gateway/features/dlp/set-up-dlp/": [
    "scan prompts for credit card numbers before they reach openai",
    "turn on data loss prevention policies for a gateway",
    "request blocked because it contained sensitive data",
    "which error code comes back when dlp blocks a prompt",
  ],
  "/ai-gateway/features/dynamic-routing/json-configuration/": [
    "define a routing flow with the api instead of the visual editor",
    "percentage split and budget limit elements of a route",
    "conditional if else branch on request metadata",
  ],
  "/ai-gateway/features/dynamic-routing/usage/": [
    "call a named route instead of a specific model",
    "which model answered when i used a dynamic route",
    "use a route from the openai sdk or a worker",
  ],
  "/ai-gateway/features/guardrails/set-up-guardrail/": [
    "flag or block prompts about violence or self harm",
    "turn on content safety checks for my gateway",
    "my request was blocked by a guardrail, what error do i get",
  ],
  "/ai-gateway/features/guardrails/supported-model-types/": [
    "are embedding requests moderated",
    "do guardrails check streaming responses",
    "which model responses get a safety check",
  ],
  "/ai-gateway/features/guardrails/usage-considerations/": [
    "do guardrails cost extra or use workers ai neurons",
    "which model does content moderation use under the hood",
    "guardrails add latency or false positives",
  ],
  "/ai-gateway/features/unified-billing/": [
    "pay for openai and anthropic through my cloudflare bill",
    "use claude or gpt without my own provider api keys",
    "buy credits and auto top up for ai models",
    "zero data retention for third party models",
  ],
  "/ai-gateway/glossary/": [
    "what does the cf-aig-cache-status header mean",
    "all request headers to control caching, retries and metadata per call",
    "which setting wins when headers and gateway settings disagree",
  ],
  "/ai-gateway/integrations/coding-agents/": [
    "see every request my coding assistant makes to the model",
    "route a cli coding agent through a proxy for logs and limits",
    "stop my source code from leaking to ai providers",
  ],
  "/ai-gateway/integrations/coding-agents/github-copilot-cli/": [
    "point copilot cli at my own model provider",
    "use github copilot in the terminal with models billed by cloudflare",
  ],
  "/ai-gateway/integrations/coding-agents/openai-codex/": [
    "configure codex cli config.toml with a custom provider",
    "send codex requests through my gateway",
  ],
  "/ai-gateway/integrations/coding-agents/pi/": [
    "use the pi coding agent with my gateway",
    "pi cloudflare-ai-gateway provider setup",
  ],
  "/ai-gateway/integrations/vercel-ai-sdk/": [
    "ai-gateway-provider package for the ai sdk",
    "fall back between providers in generateText",
    "log vercel ai sdk calls through cloudflare",
  ],
  "/ai-gateway/observability/otel-integration/": [
    "export llm request traces to honeycomb, datadog or grafana",
    "opentelemetry spans for ai calls with token counts",
    "see model calls in my existing tracing tool",
  ],
  "/ai-gateway/reference/audit-logs/": [
    "who changed or deleted a gateway",
    "history of gateway configuration changes",
    "a teammate deleted our llm proxy config, find out who",
  ],
  "/ai-gateway/tutorials/create-first-aig-workers/": [
    "beginner walkthrough: first gateway and first model request",
    "send a test prompt and watch it in analytics",
  ],
  "/ai-gateway/tutorials/pruna-p-video/": [
    "generate a video with a replicate model through the gateway",
    "poll a long running video generation request",
  ],
  "/ai-gateway/usage/providers/": [
    "which ai providers can the gateway proxy",
    "list of supported llm providers and their endpoints",
    "use anthropic, gemini or mistral through the same proxy",
  ],
  "/ai-gateway/usage/providers/baseten/": [
    "call baseten models through the gateway",
    "baseten openai compatible endpoint with logging",
  ],
  "/ai-gateway/usage/providers/cartesia/": [
    "text to speech with cartesia through the gateway",
    "cartesia base url for the gateway",
  ],
  "/ai-gateway/usage/providers/cerebras/": [
    "use cerebras fast inference through the gateway",
    "cerebras base url for the gateway",
  ],
  "/ai-gateway/usage/providers/cohere/": [
    "send cohere requests through the gateway",
    "replace api.cohere.ai with a gateway url",
  ],
  "/ai-gateway/usage/providers/deepgram/": [
    "speech to text with deepgram through the gateway",
    "transcribe audio via deepgram with request logs",
  ],
  "/ai-gateway/usage/providers/deepseek/": [
    "call the deepseek api through the gateway",
    "deepseek base url for the gateway",
  ],
  "/ai-gateway/usage/providers/elevenlabs/": [
    "elevenlabs voice synthesis through the gateway",
    "log text to speech requests to elevenlabs",
  ],
  "/ai-gateway/usage/providers/fal/": [
    "generate images or video with fal through the gateway",
    "fal.run base url replacement and websocket api",
  ],
  "/ai-gateway/usage/providers/grok/": [
    "use grok models from xai through the gateway",
    "api.x.ai base url replacement",
  ],
  "/ai-gateway/usage/providers/groq/": [
    "use groq through the gateway",
    "groq sdk with a cloudflare gateway url",
  ],
  "/ai-gateway/usage/providers/huggingface/": [
    "call the hugging face inference api through the gateway",
    "log requests to hugging face hosted models",
  ],
  "/ai-gateway/usage/providers/ideogram/": [
    "text to image with ideogram through the gateway",
    "ideogram api key and gateway endpoint",
  ],
  "/ai-gateway/usage/providers/mistral/": [
    "send mistral api calls through the gateway",
    "mistralai package with a gateway base url",
  ],
  "/ai-gateway/usage/providers/parallel/": [
    "parallel web search and tasks api through the gateway",
    "route parallel.ai requests via cloudflare",
  ],
  "/ai-gateway/usage/providers/perplexity/": [
    "use perplexity sonar through the gateway",
    "perplexity with the openai sdk and a gateway url",
  ],
  "/ai-gateway/usage/providers/replicate/": [
    "run replicate models through the gateway",
    "replicate predictions api behind a proxy with logs",
  ],
  "/ai-gateway/usage/providers/vertex/": [
    "call gemini on google cloud vertex through the gateway",
    "authenticate to vertex with a service account json",
    "vertex ai access token or byok for the gateway",
  ],
  "/ai-gateway/usage/rest-api/": [
    "call gpt, claude or gemini with only a cloudflare api token",
    "one api for cloudflare-hosted and third party models without provider keys",
    "openai responses api and anthropic messages through cloudflare",
    "provider model naming like openai/gpt in the rest api",
  ],
  "/ai-gateway/usage/universal/": [
    "old universal endpoint with an array of providers",
    "is the universal endpoint deprecated and what replaces it",
    "cf-aig-step header shows which fallback answered",
  ],
  "/ai-gateway/usage/web-search/": [
    "let the model look things up on the web for recent events",
    "enable the web search tool for claude or openai through the gateway",
    "my model doesn't know about things after its training cutoff",
  ],
  "/ai-gateway/usage/websockets-api/": [
    "keep one persistent connection open for many ai requests",
    "when to use websockets instead of http for llm calls",
  ],
  "/ai-gateway/usage/websockets-api/non-realtime-api/": [
    "send chat completion requests over a websocket",
    "stream responses over wss to the gateway",
  ],
  "/ai-gateway/usage/websockets-api/realtime-api/": [
    "openai realtime voice api through the gateway",
    "gemini live or elevenlabs conversational audio over websockets",
    "low latency speech in and out through a proxy",
  ],
  "/ai-search/api/instances/rest-api/": [
    "create a rag index and trigger a sync job over http",
    "manage ai search instances with curl and an api token",
    "which token permissions does the ai search api need",
  ],
  "/ai-search/api/instances/workers-binding/": [
    "create or delete a search index from my worker code",
    "check indexing progress of an instance from a worker",
    "namespace binding versus instance binding for ai search",
  ],
  "/ai-search/api/items/rest-api/": [
    "upload a document to my search index with curl",
    "list the files indexed in an instance",
  ],
  "/ai-search/api/items/workers-binding/": [
    "add a user's file to the search index from my worker",
    "upload a document with metadata and wait until it is indexed",
    "items.upload and uploadAndPoll",
  ],
  "/ai-search/api/migration/autorag-filter-format/": [
    "old autorag eq and gt filter syntax",
    "filter by folder prefix in the legacy autorag api",
  ],
  "/ai-search/api/migration/rest-api/": [
    "replace /autorag/rags endpoints with /ai-search/instances",
    "update my autorag rest calls to the new endpoints",
  ],
  "/ai-search/api/migration/workers-binding-legacy/": [
    "env.AI.autorag().aiSearch reference",
    "legacy autorag binding search and aiSearch methods",
  ],
  "/ai-search/api/migration/workers-binding/": [
    "upgrade from env.AI.autorag to the new ai search binding",
    "field mapping and filter changes when migrating my worker off autorag",
  ],
  "/ai-search/api/search/mcp/": [
    "let claude or cursor search my indexed docs through mcp",
    "expose my knowledge base to ai agents as an mcp server",
  ],
  "/ai-search/api/search/public-endpoint/": [
    "call search from the browser without an api key",
    "public chat completions url for my indexed site",
  ],
  "/ai-search/concepts/namespaces/": [
    "group search instances per environment or team",
    "default namespace and instance names that must be unique",
  ],
  "/ai-search/concepts/search-modes/": [
    "semantic versus exact word matching in my search",
    "difference between vector, keyword and hybrid search",
    "search misses results that contain the exact product code",
  ],
  "/ai-search/configuration/": [
    "which ai search settings can i change after creating an instance",
    "settings fixed at creation time for a rag index",
  ],
  "/ai-search/configuration/data-source/": [
    "which file types can ai search index, pdf, docx, images",
    "maximum file size for indexing",
    "upload files or connect a website or bucket as the source",
    "point the index at an s3 style bucket full of pdfs",
  ],
  "/ai-search/configuration/data-source/built-in-storage/": [
    "index files without creating my own bucket or vector database",
    "where uploaded documents are stored for search",
  ],
  "/ai-search/configuration/indexing/hybrid-search/": [
    "combine keyword and semantic search results",
    "reciprocal rank fusion in ai search",
    "enable hybrid retrieval on an instance",
  ],
  "/ai-search/configuration/indexing/keyword-search/": [
    "bm25 full text matching for my index",
    "find documents containing an exact term or id",
    "keyword tokenizer and match mode options",
  ],
  "/ai-search/configuration/indexing/metadata/": [
    "attach custom fields like category or author to indexed documents",
    "define a metadata schema for filtering search results",
    "which metadata is extracted automatically from files",
  ],
  "/ai-search/configuration/indexing/path-filtering/": [
    "only index some folders or urls and skip the rest",
    "exclude drafts or /admin pages from my search index",
    "include and exclude glob patterns for indexing",
  ],
  "/ai-search/configuration/indexing/service-api-token/": [
    "ai search cannot read my r2 bucket",
    "create the token that lets ai search access a bucket",
    "rotate the service token used for indexing",
  ],
  "/ai-search/configuration/indexing/vector-search/": [
    "which embedding model is used for my index",
    "turn off semantic search and keep only keywords",
  ],
  "/ai-search/configuration/models/supported-models/": [
    "which llms can generate answers in ai search",
    "supported embedding and reranking models for rag",
    "request a model that is not on the list",
  ],
  "/ai-search/configuration/retrieval/boosting/": [
    "rank newer documents higher in search results",
    "promote important pages and push drafts down",
  ],
  "/ai-search/configuration/retrieval/cache/": [
    "reuse answers for questions that mean the same thing",
    "semantic cache threshold and duration",
    "purge cached search answers after updating content",
  ],
  "/ai-search/configuration/retrieval/embed-search-snippets/": [
    "add a search box or chat widget to my website",
    "drop-in web component for site search",
    "cors error when testing the search widget locally",
  ],
  "/ai-search/configuration/retrieval/filtering/": [
    "only search documents in one folder or for one customer",
    "metadata filter with $in, $gte and range queries",
    "restrict results by date or category",
  ],
  "/ai-search/configuration/retrieval/public-endpoint/": [
    "let anyone query my search index without a token",
    "rate limit and cors for the public search url",
    "is it safe to make my rag endpoint public",
  ],
  "/ai-search/configuration/retrieval/query-rewriting/": [
    "follow-up questions return poor search results",
    "rewrite the user's question before searching",
  ],
  "/ai-search/configuration/retrieval/reranking/": [
    "reorder retrieved chunks by relevance with a second model",
    "improve the top results of rag search",
  ],
  "/ai-search/configuration/retrieval/result-controls/": [
    "return more or fewer chunks per query",
    "minimum similarity score for search results",
    "no results because the match threshold is too high",
  ],
  "/ai-search/configuration/retrieval/system-prompt/": [
    "change the tone or rules of generated answers",
    "custom instructions for the rag answer model",
    "default system prompt used by ai search",
  ],
  "/ai-search/get-started/api/": [
    "set up a rag instance entirely with the api",
    "create an index, add content and query it with curl",
  ],
  "/ai-search/get-started/dashboard/": [
    "create a search instance by clicking through the dashboard",
    "upload documents and try a query in the playground",
  ],
  "/ai-search/get-started/wrangler/": [
    "create an ai search instance from the command line",
    "test a search query with wrangler",
  ],
  "/ai-search/how-to/bring-your-own-generation-model/": [
    "use openai to write the answer from ai search results",
    "retrieve with ai search but generate with another llm",
  ],
  "/ai-search/how-to/nlweb/": [
    "conversational search on my site using the nlweb standard",
    "make my website queryable by ai agents with nlweb",
  ],
  "/ai-search/wrangler-commands/": [
    "wrangler ai-search create, list and delete",
    "cli commands to manage search indexes and namespaces",
  ],
  "/browser-run/cdp/": [
    "connect to a remote chrome over the devtools protocol websocket",
    "keep a persistent browser session with several tabs",
    "cdp endpoint for browser automation from outside workers",
  ],
  "/browser-run/cdp/mcp-clients/": [
    "let claude code or cursor drive a cloud chrome browser",
    "chrome-devtools-mcp with a remote browser",
  ],
  "/browser-run/cdp/playwright/": [
    "connect my local playwright script to a cloud browser",
    "run playwright from ci against a hosted chromium",
  ],
  "/browser-run/cdp/puppeteer/": [
    "puppeteer.connect to a hosted browser from node",
    "use puppeteer from my laptop or server with a cloud chrome",
  ],
  "/browser-run/cdp/session-management/": [
    "create, list and close browser sessions over http",
    "open a tab at a url and clean up the session afterwards",
  ],
  "/browser-run/examples/": [
    "sample code for screenshots, pdfs and scraping",
    "examples of headless browser tasks",
  ],
  "/browser-run/features/custom-fonts/": [
    "my pdf or screenshot shows the wrong font",
    "load a web font or base64 font into the headless browser",
    "render emoji or brand fonts in generated pdfs",
  ],
  "/browser-run/features/human-in-the-loop/": [
    "let a person finish a login or mfa step during automation",
    "pause my browser bot for manual input",
  ],
  "/browser-run/features/live-view/": [
    "watch what my headless browser is doing in real time",
    "debug an automation script by viewing the remote browser",
  ],
  "/browser-run/features/session-recording/": [
    "replay what happened in a browser session after it failed",
    "record dom events and clicks of an automated session",
  ],
  "/browser-run/features/webmcp/": [
    "let an agent call a website's tools instead of clicking around",
    "try webmcp sites in a lab browser session",
  ],
  "/browser-run/how-to/browser-run-with-do/": [
    "keep a browser warm in a durable object to avoid startup time",
    "take screenshots and save them to a bucket from a durable object",
  ],
  "/browser-run/how-to/deploy-worker/": [
    "worker that screenshots a url and caches it in kv",
    "deploy my first puppeteer worker",
  ],
  "/browser-run/how-to/og-images-astro/": [
    "generate social preview images for my blog posts",
    "create open graph images at build time with a headless browser",
  ],
  "/browser-run/how-to/pre-render-pages/": [
    "google sees an empty page on my single page app",
    "serve rendered html to seo crawlers and social bots",
    "prerender a javascript heavy site for bots",
  ],
  "/browser-run/playwright/playwright-mcp/": [
    "deploy a playwright mcp server so an llm can browse the web",
    "browser tools for my ai agent using accessibility snapshots",
  ],
  "/browser-run/quick-actions/snapshot/": [
    "get html and a screenshot of a page in one request",
    "screenshot comes out blurry or low resolution",
    "capture several formats of a page at once",
  ],
  "/browser-run/reference/automatic-request-headers/": [
    "what user agent does the cloudflare headless browser send",
    "identify requests from cloudflare's browser on my server",
    "my site blocks the headless browser as a bot",
  ],
  "/browser-run/reference/browser-close-reasons/": [
    "why did my browser session close unexpectedly",
    "puppeteer disconnected or session timed out from inactivity",
  ],
  "/browser-run/reference/robots-txt/": [
    "does the crawl endpoint respect robots.txt",
    "block cloudflare's crawler from my site",
    "set a crawl delay and sitemap for crawlers",
  ],
  "/browser-run/reference/supported-fonts/": [
    "which fonts are installed in the headless chrome",
    "chinese, japanese or arabic text in screenshots",
  ],
  "/browser-run/reference/wrangler-commands/": [
    "wrangler browser create, list, close and view",
    "open a browser session from the command line",
  ],
  "/browser-run/reference/wrangler/": [
    "add the browser binding to wrangler config",
    "headful mode for debugging browser automation",
  ],
  "/browser-run/stagehand/": [
    "automate a website with natural language instructions instead of selectors",
    "use stagehand in a worker with workers ai or openai",
  ],
  "/agent-memory/": [
    "give my ai agent long term memory of each user across conversations",
    "managed memory service that remembers facts and preferences",
    "my chatbot forgets everything between sessions",
    "like chatgpt memory but for the users of my own app",
  ],
  "/agent-memory/api/http-api/": [
    "store and recall agent memories from a server outside workers",
    "rest calls to ingest messages and recall memories",
    "create or delete a memory namespace over http",
  ],
  "/agent-memory/api/workers-api/": [
    "agent_memory binding in wrangler config",
    "remember, recall and ingest from a worker",
    "delete a user's memories or one session from my worker",
  ],
  "/agent-memory/concepts/how-agent-memory-works/": [
    "how conversations are turned into facts, events and instructions",
    "how memories are deduplicated and retrieved for a query",
    "how does it decide what is worth remembering from a chat",
  ],
  "/agent-memory/concepts/namespaces-profiles/": [
    "keep each customer's memories separate",
    "memory per user, team or tenant isolation",
  ],
  "/agent-memory/get-started/": [
    "add memory recall as a tool to my chat agent",
    "extract memories from a conversation automatically",
    "my assistant should recall what a customer said yesterday",
  ],
  "/agent-memory/platform/limits/": [
    "how many messages can i ingest at once into memory",
    "maximum size of a stored memory or recall query",
    "saving a long chat transcript into memory is rejected",
  ],
  "/agents/communication-channels/chat/autonomous-responses/": [
    "make my chat agent post a message without the user typing",
    "trigger an llm reply from a cron, queue or webhook",
    "saveMessages versus persistMessages",
  ],
  "/agents/communication-channels/chat/client-sdk/": [
    "connect to my agent from react or plain javascript",
    "useAgent hook and AgentClient for state sync and rpc",
    "call an agent from node, deno or bun",
  ],
  "/agents/communication-channels/email/": [
    "agent that reads and answers emails",
    "send and receive email from an ai agent",
    "customers email support and an ai should answer them",
  ],
  "/agents/communication-channels/slack/": [
    "ai bot that answers in slack channels and dms",
    "connect an agent to slack events",
    "chatgpt inside my team's slack workspace",
  ],
  "/agents/communication-channels/voice/": [
    "talk to my agent with speech instead of typing",
    "speech to text and text to speech over a websocket",
    "real time voice assistant without a meeting server",
  ],
  "/agents/communication-channels/webhooks/": [
    "route github or stripe webhooks to one agent per repo or customer",
    "verify webhook signatures with hmac in an agent",
    "react to every new pull request or payment event with an llm",
  ],
  "/agents/communication-channels/webhooks/push-notifications/": [
    "send browser push notifications when the user closed the tab",
    "web push reminders with vapid keys from an agent",
  ],
  "/agents/concepts/agentic-patterns/": [
    "prompt chaining, routing and orchestrator-worker patterns",
    "evaluator optimizer loop for llm output",
    "common designs for multi step ai workflows",
    "split a big llm task into smaller steps that check each other",
  ],
  "/agents/concepts/agentic-patterns/long-running-agents/": [
    "agent that works on a task for days or weeks",
    "what survives when my agent hibernates or restarts",
    "keep an agent alive during a long job",
  ],
  "/agents/concepts/conversation-state-and-memory/": [
    "make my agent remember earlier messages and facts about the user",
    "context blocks, searchable memory and skills for agents",
    "conversation history too long for the context window",
  ],
  "/agents/concepts/workflows/": [
    "when to use a workflow instead of an agent",
    "hand off long background processing from an agent to a workflow",
    "my bot's task runs for hours and must survive restarts",
  ],
  "/agents/examples/browser-agent/": [
    "agent that browses websites and takes screenshots",
    "let the llm run chrome devtools commands to debug my frontend",
  ],
  "/agents/examples/chat-agent/": [
    "chat agent tutorial with server tools, browser tools and approvals",
    "build a chatbot on workers ai in 15 minutes",
    "my own chatgpt-style app that asks before doing risky things",
  ],
  "/agents/examples/email-agent/": [
    "route inbound mail to the right agent instance",
    "secure replies to emails sent by my agent",
    "ai assistant that replies to customer emails",
  ],
  "/agents/examples/slack-agent/": [
    "deploy a slack bot powered by an llm",
    "multi-workspace slack app with oauth on workers",
  ],
  "/agents/examples/voice-agent/": [
    "build a voice agent that listens and speaks back",
    "voice assistant tutorial with tools and an llm",
  ],
  "/agents/getting-started/testing-your-agent/": [
    "write unit tests for my agent with vitest",
    "run my agent locally before deploying",
    "jest or vitest tests for my chatbot backend",
  ],
  "/agents/harnesses/": [
    "the loop around the model that calls tools and saves messages",
    "choose between think, aichatagent or my own agent loop",
  ],
  "/agents/harnesses/think/": [
    "stateful chat agent with tools and memory by extending one class",
    "@cloudflare/think versus AIChatAgent",
    "chat bot with tools and memory in as little code as possible",
  ],
  "/agents/harnesses/think/client-tools/": [
    "run a tool in the user's browser from a chat agent",
    "client side tool calls with approval",
  ],
  "/agents/harnesses/think/configuration/": [
    "set the model and system prompt of a think agent",
    "override getModel and other think settings",
  ],
  "/agents/harnesses/think/getting-started/": [
    "tutorial: chat agent with file tools and persistent memory",
    "first think agent with a react client",
  ],
  "/agents/harnesses/think/lifecycle-hooks/": [
    "run code before each turn or tool call in a chat agent",
    "beforeToolCall and onChatResponse hooks",
    "change the model or tools per turn",
  ],
  "/agents/harnesses/think/messengers/": [
    "telegram bot that talks to my agent",
    "receive chat sdk webhooks directly in a think agent",
  ],
  "/agents/harnesses/think/programmatic-submissions/": [
    "queue a chat turn from a webhook and answer later",
    "submitMessages with idempotent retries",
  ],
  "/agents/harnesses/think/recovery/": [
    "chat reply cut off when the agent was evicted mid-stream",
    "resume an interrupted llm turn after a restart",
  ],
  "/agents/harnesses/think/scheduled-tasks/": [
    "make my chat agent run a prompt every morning",
    "recurring prompts like every 10 minutes in think",
  ],
  "/agents/harnesses/think/sub-agents/": [
    "parent agent calling a child agent's chat turn",
    "cancel a sub-agent turn or continue the last turn",
  ],
  "/agents/harnesses/think/tools/": [
    "built-in file read, write and edit tools for my agent",
    "add custom tools, mcp tools or code execution to a think agent",
  ],
  "/agents/harnesses/think/workflows/": [
    "one llm reasoning step inside a durable workflow",
    "typed structured output from an agent in a workflow",
  ],
  "/agents/model-context-protocol/apis/client-api/": [
    "connect my agent to github or notion mcp servers",
    "use tools from a remote mcp server inside my agent",
    "addMcpServer with custom headers or oauth",
  ],
  "/agents/model-context-protocol/apis/handler-api/": [
    "serve a stateless mcp server from a plain worker",
    "createMcpHandler options: route, auth context, transport",
    "mcp server broke after upgrading the sdk to 1.26",
  ],
  "/agents/model-context-protocol/cloudflare/servers-for-cloudflare/community-mcp-server/": [
    "search the cloudflare community forum from my ai assistant",
    "discourse mcp server for community.cloudflare.com",
  ],
  "/agents/model-context-protocol/codemode/": [
    "mcp server that runs model-written code in a sandbox",
    "one code tool versus search and execute tools",
    "too many tool definitions fill up the model's context window",
  ],
  "/agents/model-context-protocol/guides/build-codemode-mcp-server/": [
    "wrap an existing mcp server so clients get a single code tool",
    "too many mcp tools fill the model's context",
  ],
  "/agents/model-context-protocol/guides/build-codemode-openapi-mcp-server/": [
    "expose a large rest api to llms with just two tools",
    "mcp server from an openapi spec with search and execute",
  ],
  "/agents/model-context-protocol/guides/oauth-mcp-client/": [
    "user must sign in before my agent can use their slack mcp",
    "handle the oauth popup and callback when connecting to an mcp server",
  ],
  "/agents/model-context-protocol/guides/securing-mcp-server/": [
    "security checklist for an mcp server that proxies oauth",
    "csrf and consent screen protection for my mcp server",
  ],
  "/agents/model-context-protocol/protocol/governance/": [
    "stop employees from running unmanaged local mcp servers",
    "control which mcp servers my company may use",
  ],
  "/agents/runtime/communication/chat-sdk/": [
    "store chat sdk bot state in agents",
    "chat sdk state adapter with sharding",
  ],
  "/agents/runtime/communication/http-sse/": [
    "stream responses from my agent with server-sent events",
    "handle plain http requests in an agent with onRequest",
  ],
  "/agents/runtime/communication/protocol-messages/": [
    "my websocket client chokes on json frames the agent sends on connect",
    "turn off identity and state messages for a connection",
  ],
  "/agents/runtime/communication/readonly-connections/": [
    "let viewers watch agent state without changing it",
    "read-only websocket clients for an agent",
  ],
  "/agents/runtime/communication/routing/": [
    "one agent instance per user or per chat room",
    "how urls map to agent names with routeAgentRequest",
    "custom path or basePath for reaching an agent",
  ],
  "/agents/runtime/execution/agent-skills/": [
    "load instructions and scripts only when the task needs them",
    "give my agent a library of skills without bloating the prompt",
  ],
  "/agents/runtime/execution/agent-tools/": [
    "let one chat agent delegate work to another agent as a tool",
    "show a child agent's progress inside the parent chat",
  ],
  "/agents/runtime/execution/durable-execution/": [
    "long task in my agent restarts from scratch after eviction",
    "checkpoint progress with runFiber and stash",
    "keepAlive versus fibers for long work",
  ],
  "/agents/runtime/execution/queue-tasks/": [
    "background job queue inside an agent",
    "process tasks one by one later in my agent",
  ],
  "/agents/runtime/execution/retries/": [
    "retry a flaky api call with exponential backoff in my agent",
    "retry options for scheduled and queued agent tasks",
  ],
  "/agents/runtime/execution/run-workflows/": [
    "start a durable workflow from my agent and report progress",
    "wait for human approval inside an agent workflow",
  ],
  "/agents/runtime/execution/sub-agents/": [
    "spawn child agents with their own storage",
    "call methods on a child agent over rpc",
  ],
  "/agents/runtime/lifecycle/agent-class/": [
    "how the agent class is built on durable objects",
    "what happens under the hood when an agent starts",
  ],
  "/agents/runtime/lifecycle/get-current-agent/": [
    "access the agent or request from a helper function without this",
    "agent context inside ai sdk tools",
  ],
  "/agents/runtime/lifecycle/sessions/": [
    "store chat history with branching, search and compaction",
    "session api for agent conversations in sqlite or postgres",
    "summarize old messages to fit the context window",
  ],
  "/agents/runtime/operations/configuration/": [
    "wrangler config for an agent: durable object bindings and migrations",
    "environment variables and generated types for an agents project",
  ],
  "/agents/runtime/operations/cross-domain-authentication/": [
    "authenticate websocket connections to my agent from another domain",
    "pass a jwt when connecting to an agent",
  ],
  "/agents/runtime/operations/observability/": [
    "see what my agent is doing: rpc, state changes, schedules",
    "subscribe to agent events for logging or tracing",
  ],
  "/agents/runtime/operations/using-ai-models/": [
    "use openai, anthropic or gemini from an agent",
    "stream model output to clients over websockets",
  ],
  "/agents/tools/ai-search/": [
    "let my agent look things up in my indexed documents",
    "rag retrieval tool for an agent",
  ],
  "/agents/tools/browser/": [
    "give my agent a real browser to inspect pages",
    "browser tools for an agent with live view",
  ],
  "/agents/tools/codemode/ai-sdk/": [
    "turn my ai sdk tools into one code mode tool",
    "createCodeTool with approvals",
  ],
  "/agents/tools/codemode/browser/": [
    "let the model orchestrate tools that live in the browser",
    "run model-written code in an iframe sandbox",
  ],
  "/agents/tools/codemode/durable-runtime/": [
    "keep code mode history and pending approvals across hibernation",
    "add a durable code mode runtime to my agent",
  ],
  "/agents/tools/codemode/how-it-works/": [
    "how model-written code calls tools in an isolated executor",
    "approvals and replay in code mode",
  ],
  "/agents/tools/codemode/mcp/": [
    "call mcp server tools from model-written code",
    "McpConnector for code mode",
  ],
  "/agents/tools/codemode/openapi/": [
    "let the model call any operation of my openapi service from code",
    "OpenApiConnector search and describe",
  ],
  "/agents/tools/codemode/tanstack-ai/": [
    "code mode with tanstack ai chat",
    "tanstack ai server tools called from generated code",
  ],
  "/agents/tools/mcp/": [
    "pass tools from external mcp servers into my agent's model calls",
    "reuse existing mcp servers as agent tools",
  ],
  "/agents/tools/payments/": [
    "let my ai agent pay for apis or content by itself",
    "http 402 payments for agents",
  ],
  "/agents/tools/payments/mpp-charge-for-http-content/": [
    "put a payment proxy in front of my api using mpp",
    "charge bots for my content while humans browse free",
  ],
  "/agents/tools/payments/mpp/": [
    "machine payments protocol from stripe and tempo",
    "how mpp compares to x402",
  ],
  "/agents/tools/payments/x402/": [
    "x402 payment required flow with a facilitator",
    "get paid in stablecoins per api request",
  ],
  "/agents/tools/payments/x402/charge-for-http-content/": [
    "paywall for my api or pages that ai crawlers must pay",
    "deploy the x402 proxy in front of my origin",
  ],
  "/agents/tools/payments/x402/charge-for-mcp-tools/": [
    "charge per call for tools on my mcp server",
    "paidTool for paid and free mcp tools",
  ],
  "/agents/tools/payments/x402/pay-from-agents-sdk/": [
    "my agent pays for x402 protected mcp tools",
    "wallet private key for agent payments",
  ],
  "/agents/tools/payments/x402/pay-with-tool-plugins/": [
    "claude code or opencode pays automatically on a 402 response",
    "x402 plugin for coding assistants",
  ],
  "/agents/tools/sandbox/": [
    "let my agent run shell commands and install packages in a container",
    "isolated filesystem for code my agent writes",
    "run python my chatbot wrote without risking my server",
  ],
  "/workers-ai/configuration/hugging-face-chat-ui/": [
    "self-hosted chatgpt-like interface using cloudflare models",
    "hugging face chat ui with workers ai as the backend",
  ],
  "/workers-ai/features/batch-api/rest-api/": [
    "submit a batch of prompts over http and fetch the results later",
    "external_reference to match batch results to requests",
  ],
  "/workers-ai/features/batch-api/workers-binding/": [
    "queueRequest true to batch inference from a worker",
    "poll the status of a queued batch of model requests",
  ],
  "/workers-ai/features/fine-tunes/": [
    "can i fine tune a model on my own data",
    "difference between fine-tuning and lora adapters",
    "teach an open model my company's writing style",
  ],
  "/workers-ai/features/fine-tunes/public-loras/": [
    "ready-made lora adapters i can use right away",
    "cf-public lora names for fine tuned inference",
  ],
  "/workers-ai/features/function-calling/embedded/": [
    "let the model run my tool code in the same worker",
    "@cloudflare/ai-utils for tool calling",
  ],
  "/workers-ai/features/function-calling/embedded/api-reference/": [
    "runWithTools parameters and options",
    "createToolsFromOpenAPISpec reference",
  ],
  "/workers-ai/features/function-calling/embedded/examples/fetch/": [
    "llm that calls a weather api through a tool",
    "give the model a function that fetches an external url",
  ],
  "/workers-ai/features/function-calling/embedded/examples/kv/": [
    "let the model read and write kv through tools",
    "tool calling example that stores data",
  ],
  "/workers-ai/features/function-calling/embedded/examples/openapi/": [
    "generate llm tools from an openapi spec automatically",
    "model calls the github api via tools built from its spec",
  ],
  "/workers-ai/features/function-calling/embedded/get-started/": [
    "first worker where the model calls a function i wrote",
    "set up embedded tool calling step by step",
  ],
  "/workers-ai/features/function-calling/embedded/troubleshooting/": [
    "my tool is never called or the model ignores it",
    "log tool invocations and slow tool calling",
  ],
  "/workers-ai/features/function-calling/traditional/": [
    "openai-style tools array and tool_calls response",
    "handle tool calls myself and send results back to the model",
  ],
  "/workers-ai/features/markdown-conversion/conversion-options/": [
    "describe images or keep html structure when converting to markdown",
    "options for pdf and image conversion to markdown",
  ],
  "/workers-ai/features/markdown-conversion/how-it-works/": [
    "what happens to scripts, styles and images during markdown conversion",
    "how pdfs and images are processed into text",
  ],
  "/workers-ai/features/markdown-conversion/supported-formats/": [
    "which file types can be converted: xlsx, docx, csv, images",
    "is my file format supported for conversion to text",
  ],
  "/workers-ai/features/markdown-conversion/usage/binding/": [
    "env.AI.toMarkdown in a worker",
    "convert uploaded files to markdown from my worker",
  ],
  "/workers-ai/features/markdown-conversion/usage/rest-api/": [
    "tomarkdown api with curl",
    "convert documents to markdown without a worker",
  ],
  "/workers-ai/get-started/": [
    "ways to start with workers ai: binding, rest api or dashboard",
    "choose between a worker and the http api for ai inference",
  ],
  "/workers-ai/guides/demos-architectures/": [
    "example apps and reference architectures using ai models",
    "demo projects built on workers ai",
  ],
  "/workers-ai/guides/tutorials/build-a-workers-ai-whisper-with-chunking/": [
    "transcribe an audio file too big for one request",
    "split long audio into chunks for whisper",
  ],
  "/workers-ai/guides/tutorials/explore-code-generation-using-deepseek-coder-models/": [
    "generate or complete code with an open model",
    "fill in the middle code completion example",
  ],
  "/workers-ai/guides/tutorials/explore-workers-ai-models-using-a-jupyter-notebook/": [
    "call cloudflare ai models from python",
    "try text, image and speech models in a jupyter notebook",
  ],
  "/workers-ai/guides/tutorials/fine-tune-models-with-autotrain/": [
    "train my own lora with hugging face autotrain",
    "upload a fine tune to my cloudflare account and use it",
  ],
  "/workers-ai/guides/tutorials/image-generation-playground/": [
    "video series: build an ai image generator app",
    "image generator playground tutorial",
  ],
  "/workers-ai/guides/tutorials/image-generation-playground/image-generator-flux/": [
    "deploy my own text to image playground with flux",
    "image generation web app on workers",
  ],
  "/workers-ai/guides/tutorials/image-generation-playground/image-generator-flux-newmodels/": [
    "add more image models and settings to my generator",
    "let users pick steps and model in an image app",
  ],
  "/workers-ai/guides/tutorials/image-generation-playground/image-generator-store-and-catalog/": [
    "save ai generated images to a bucket and list them",
    "catalog generated pictures in r2",
  ],
  "/workers-ai/guides/tutorials/llama-vision-tutorial/": [
    "ask questions about a picture with llama vision",
    "agree to meta's license before using the vision model",
  ],
  "/workers-ai/guides/tutorials/using-bigquery-with-workers-ai/": [
    "analyze google bigquery data with an llm",
    "query bigquery from a worker with a service account jwt",
  ],
  "/workers-ai/platform/event-subscriptions/": [
    "get notified when a batch inference job finishes",
    "batch.succeeded and batch.failed events to a queue",
  ],
  "/workers-ai/platform/glossary/": [
    "what do neurons, inference and lora mean in workers ai",
    "definitions of ai terms used in the docs",
  ],
  "/workers-ai/models/nova-3/": [
    "speech to text with deepgram on cloudflare",
    "transcribe phone calls or meetings and tell speakers apart",
  ],
  "/workers-ai/models/flux/": [
    "speech recognition that knows when the speaker finished",
    "deepgram flux for voice agents",
  ],
  "/workers-ai/models/aura-2-en/": [
    "natural sounding english text to speech voice",
    "deepgram aura voices on cloudflare",
  ],
  "/workers-ai/models/aura-2-es/": ["spanish text to speech", "read text aloud in spanish"],
  "/workers-ai/models/smart-turn-v2/": [
    "detect end of turn in a voice conversation",
    "know when the user stopped talking",
  ],
  "/workers-ai/models/detr-resnet-50/": [
    "detect objects and their boxes in a photo",
    "object detection model",
  ],
  "/workers-ai/models/resnet-50/": ["label what is in an image", "image classification model"],
  "/workers-ai/models/distilbert-sst-2-int8/": [
    "sentiment analysis of reviews or comments",
    "classify text as positive or negative",
  ],
  "/workers-ai/models/indictrans2-en-indic-1B/": [
    "translate english to hindi, tamil or other indian languages",
    "indic language translation model",
  ],
  "/workers-ai/models/bge-m3/": [
    "multilingual embeddings for search in many languages",
    "embedding model for long documents in several languages",
  ],
  "/workers-ai/models/embeddinggemma-300m/": [
    "small google embedding model",
    "embeddinggemma for semantic similarity",
  ],
  "/workers-ai/models/qwen3-embedding-0.6b/": [
    "qwen embeddings for retrieval and ranking",
    "compact multilingual embedding model from qwen",
  ],
  "/workers-ai/models/plamo-embedding-1b/": [
    "japanese text embeddings",
    "semantic search over japanese documents",
  ],
  "/workers-ai/models/sqlcoder-7b-2/": [
    "turn a plain english question into a sql query",
    "text to sql model",
  ],
  "/workers-ai/models/stable-diffusion-v1-5-inpainting/": [
    "replace part of an image using a mask",
    "inpainting model to fill or edit a region of a photo",
  ],
  "/workers-ai/models/stable-diffusion-v1-5-img2img/": [
    "generate a new image from an existing picture and a prompt",
    "image to image with stable diffusion",
  ],
  "/workers-ai/models/stable-diffusion-xl-lightning/": [
    "fastest text to image in a few steps",
    "quick 1024px image generation",
  ],
  "/workers-ai/models/flux-2-dev/": [
    "photorealistic image generation with reference images",
    "flux 2 model from black forest labs",
  ],
  "/workers-ai/models/lucid-origin/": [
    "leonardo image model for graphic design and full hd renders",
    "image generator that follows detailed prompts closely",
  ],
  "/workers-ai/models/phoenix-1.0/": [
    "generate images with readable text in them",
    "leonardo phoenix image model",
  ],
  "/workers-ai/models/uform-gen2-qwen-500m/": [
    "caption an image with a small model",
    "answer questions about a photo cheaply",
  ],
  "/workers-ai/models/llava-1.5-7b-hf/": [
    "llava image to text model",
    "chat about the contents of an image",
  ],
  "/workers-ai/models/deepseek-r1-distill-qwen-32b/": [
    "reasoning model that thinks step by step",
    "deepseek r1 on cloudflare",
  ],
  "/workers-ai/models/qwq-32b/": [
    "qwen reasoning model for hard math and logic problems",
    "qwq on workers ai",
  ],
  "/workers-ai/models/gpt-oss-20b/": [
    "smaller open weights openai model with lower latency",
    "gpt-oss-20b reasoning effort setting",
  ],
  "/workers-ai/models/kimi-k2.6/": [
    "open model with a 262k context window and tool calling",
    "kimi k2 from moonshot for agent workloads",
  ],
  "/workers-ai/models/kimi-k2.7-code/": [
    "open coding model for agentic programming",
    "kimi coding model on workers ai",
  ],
  "/workers-ai/models/glm-5.2/": ["z.ai glm model for agentic coding", "glm on cloudflare"],
  "/workers-ai/models/llama-4-scout-17b-16e-instruct/": [
    "llama 4 multimodal model that understands images",
    "mixture of experts llama model with vision",
  ],
  "/workers-ai/models/mistral-small-3.1-24b-instruct/": [
    "mistral model with vision and 128k context",
    "mistral small on workers ai",
  ],
  "/workers-ai/models/gemma-3-12b-it/": [
    "google gemma model that reads images in many languages",
    "gemma 3 on workers ai",
  ],
  "/workers-ai/models/qwen3-30b-a3b-fp8/": [
    "qwen3 model with thinking mode and tool use",
    "qwen 3 moe on workers ai",
  ],
  "/workers-ai/models/nemotron-3-120b-a12b/": [
    "nvidia nemotron model for multi-agent apps",
    "nemotron on cloudflare",
  ],
  "/workers-ai/models/whisper-tiny-en/": [
    "tiny fast english-only speech recognition",
    "cheap transcription model for short english clips",
  ],
  "/workers-ai/models/bge-small-en-v1.5/": [
    "embedding model with 384 dimensions",
    "small fast english embeddings for a vector index",
  ],
  "/workers-ai/models/bge-large-en-v1.5/": [
    "embedding model with 1024 dimensions",
    "higher quality english embeddings for semantic search",
  ],
  "/workers-ai/models/gemma-sea-lion-v4-27b-it/": [
    "llm for indonesian, thai, vietnamese or other southeast asian languages",
    "sea-lion model on workers ai",
  ],
  "/workers-ai/models/hermes-2-pro-mistral-7b/": [
    "small open model trained for function calling and json output",
    "hermes 2 pro on workers ai",
  ],
  "/workers-ai/models/llama-3.2-1b-instruct/": [
    "cheapest tiny llm for simple classification or summaries",
    "llama 3.2 1b on workers ai",
  ],
  "/workers-ai/models/llama-3.1-8b-instruct-fast/": [
    "low latency llama 8b for chat",
    "faster variant of llama 3.1 8b",
  ],
  "/workers-ai/models/flux-2-klein-4b/": [
    "ultra fast image generation and editing for real time previews",
    "flux 2 klein on workers ai",
  ],
  "/workers-ai/models/mistral-7b-instruct-v0.2-lora/": [
    "base model for running my mistral lora adapter",
    "mistral 7b with lora support",
  ],
  "/workers-ai/models/gemma-2b-it-lora/": [
    "base model for running my gemma lora adapter",
    "gemma 2b with lora support",
  ],
  "/workers-ai/models/granite-4.0-h-micro/": [
    "ibm granite small model for tool calling and rag",
    "granite on workers ai",
  ],
  "/workers-ai/models/glm-4.7-flash/": [
    "fast multilingual model with tool calling and 131k context",
    "glm flash on workers ai",
  ],
  "/workers-ai/models/gemma-4-26b-a4b-it/": [
    "gemma 4 with a 256k context window",
    "newest google open model on workers ai",
  ],
  "/workers-ai/models/aura-1/": [
    "first generation deepgram aura text to speech",
    "expressive tts voice with natural pauses",
  ],
  "/agent-setup/claude-code/": [
    "let claude code deploy and debug my workers for me",
    "plugin so my terminal coding assistant knows cloudflare",
    "check that the cloudflare mcp servers are connected in claude",
  ],
  "/agent-setup/codex/": [
    "connect openai codex cli to my cloudflare account",
    "codex config for cloudflare mcp servers and skills",
  ],
  "/agent-setup/cursor/": [
    "make cursor write correct workers code and call my account",
    "mcp settings in cursor for cloudflare docs and api",
  ],
  "/agent-setup/github-copilot/": [
    "copilot agent mode in vs code that can manage my cloudflare account",
    ".vscode/mcp.json with cloudflare servers for copilot",
  ],
  "/agent-setup/opencode/": [
    "use opencode with cloudflare skills and mcp servers",
    "open source terminal coding agent set up for workers",
  ],
  "/agent-setup/windsurf/": [
    "windsurf cascade connected to cloudflare mcp servers",
    "mcp_config.json for cloudflare in windsurf",
  ],
  "/agent-lee/": [
    "ask questions about my account in plain english inside the dashboard",
    "ai assistant in the dashboard that can change settings for me",
    "what data can the dashboard chatbot see in my account",
  ],
  "/ai/": [
    "which ai products and models does cloudflare offer",
    "one place to browse hosted models and openai or anthropic models",
  ],
  "/docs-for-agents/": [
    "make my coding assistant read up to date cloudflare docs",
    "llms.txt and markdown copies of the docs for an llm",
    "docs mcp server url and agent skills for cursor or claude",
  ],
};
