// Questions people and agents ask that the AI products' pages answer (Workers AI, AI Gateway,
// Agents, AI Search, Browser Run), in their own words.
import type { PageQuestions } from "./types.ts";

export const AI_QUESTIONS: PageQuestions = {
  "/workers-ai/": [
    "run an llm or other ai model without my own gpus",
    "serverless inference on cloudflare",
    "call open source models like llama from my app",
  ],
  "/workers-ai/get-started/workers-wrangler/": [
    "call an ai model from my worker",
    "env.AI.run example",
    "add the ai binding to my project",
  ],
  "/workers-ai/get-started/rest-api/": [
    "call a model over http with curl",
    "run inference from my own backend with an api token",
    "workers ai rest api example",
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
  ],
  "/workers-ai/configuration/bindings/": [
    "ai binding options and methods",
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
  ],
  "/workers-ai/features/batch-api/": [
    "send many ai requests at once and get results later",
    "asynchronous batch inference",
    "queue a large number of inference requests",
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
  ],
  "/ai-gateway/get-started/": [
    "put a gateway in front of my openai calls",
    "create an ai gateway and change my base url",
    "log all my llm requests in one place",
  ],
  "/ai-gateway/reference/limits/": [
    "how many gateways can i create",
    "how many logs are kept",
    "maximum request size through the ai proxy",
  ],
  "/ai-gateway/reference/pricing/": [
    "is ai gateway free",
    "cost of logs in ai gateway",
    "ai gateway pricing and persistent logs cost",
  ],
  "/ai-gateway/features/caching/": [
    "serve repeated prompts from cache to save money",
    "cache llm responses",
    "skip the cache for one request",
  ],
  "/ai-gateway/features/rate-limiting/": [
    "limit how many ai requests my app sends",
    "stop runaway llm spending with a request cap",
    "rate limit my ai gateway",
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
    "authenticated gateway token",
  ],
  "/ai-gateway/configuration/bring-your-own-keys/": [
    "store my provider api keys in the gateway",
    "don't put the openai key in my app",
    "keep provider keys secret with byok",
  ],
  "/ai-gateway/configuration/request-handling/": [
    "timeouts and retries for ai requests",
    "retry a failed model call automatically",
    "request timeout for slow models",
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
  ],
  "/ai-gateway/features/dlp/": [
    "stop sensitive data from being sent to ai providers",
    "detect pii in prompts",
    "block secrets in llm requests",
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
    "ai gateway errors",
    "my requests don't show in the gateway logs",
  ],
  "/agents/": [
    "build an ai agent that keeps state and runs tasks",
    "agents sdk on cloudflare",
    "host an ai assistant with memory",
  ],
  "/agents/getting-started/quick-start/": [
    "create my first agent",
    "agent starter template",
    "build an ai agent on cloudflare in minutes",
  ],
  "/agents/platform/limits/": [
    "how many agents can run and how long",
    "agent limits",
    "how many concurrent agents",
  ],
  "/agents/model-context-protocol/": [
    "what is mcp and how does cloudflare support it",
    "let claude or other ai tools use my service",
    "model context protocol on cloudflare",
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
  ],
  "/ai-search/get-started/": [
    "set up ai search over my files or site",
    "create an ai search instance",
    "build rag on my data in a few clicks",
  ],
  "/ai-search/platform/limits-pricing/": [
    "how many files can ai search index",
    "what does ai search cost",
    "ai search limits",
  ],
  "/ai-search/configuration/data-source/website/": [
    "index my website for ai search",
    "crawl my site into a search index",
    "website as a data source",
  ],
  "/ai-search/configuration/data-source/r2/": [
    "index documents in a bucket",
    "use an r2 bucket as the source for ai search",
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
  ],
  "/browser-run/": [
    "run a headless browser in the cloud",
    "automate chrome from my code",
    "take screenshots or generate pdfs of web pages",
  ],
  "/browser-run/get-started/": [
    "start using headless chrome from a worker",
    "automate a browser with cloudflare",
  ],
  "/browser-run/limits/": [
    "how many browsers can i run at the same time",
    "how long can a browser session stay open",
    "browser rendering concurrency limit",
  ],
  "/browser-run/pricing/": [
    "what does headless browser time cost",
    "browser rendering pricing",
    "how is browser time billed",
  ],
  "/browser-run/puppeteer/": [
    "use puppeteer on cloudflare",
    "puppeteer in a worker",
    "control chrome with puppeteer",
  ],
  "/browser-run/playwright/": [
    "use playwright on cloudflare",
    "playwright in a worker",
    "run browser tests in the cloud",
  ],
  "/browser-run/quick-actions/": [
    "screenshot or pdf of a url with one http call",
    "render a page without writing browser code",
  ],
  "/browser-run/quick-actions/screenshot-endpoint/": [
    "capture a screenshot of a website over http",
    "screenshot api",
    "full page screenshot of a url",
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
  ],
  "/browser-run/quick-actions/scrape-endpoint/": [
    "scrape elements from a page",
    "extract data from a page with selectors",
  ],
  "/browser-run/how-to/pdf-generation/": [
    "generate invoices as pdf from html",
    "generate pdfs with a worker",
  ],
  "/browser-run/reference/timeouts/": [
    "rendering a page times out",
    "increase the timeout for page loads",
    "page load timeout",
  ],
  "/workers-ai/models/llama-3.1-8b-instruct/": ["run llama 3.1 8b", "small fast chat model"],
  "/workers-ai/models/whisper/": ["transcribe audio to text", "speech to text model"],
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
  "/workers-ai/models/m2m100-1.2b/": ["translate text between languages", "translation model"],
  "/workers-ai/models/llama-3.3-70b-instruct-fp8-fast/": [
    "largest llama model for better answers",
    "llama 3.3 70b on workers ai",
  ],
  "/workers-ai/models/llama-guard-3-8b/": [
    "classify prompts as safe or unsafe",
    "content safety classifier model",
  ],
  "/workers-ai/models/bart-large-cnn/": ["summarize a long text", "summarization model"],
  "/workers-ai/models/stable-diffusion-xl-base-1.0/": [
    "stable diffusion image generation",
    "sdxl on workers ai",
  ],
  "/workers-ai/models/llama-3.2-11b-vision-instruct/": [
    "describe an image with ai",
    "vision model that reads images",
  ],
  "/workers-ai/models/melotts/": ["text to speech", "turn text into spoken audio"],
  "/workers-ai/models/bge-reranker-base/": ["rerank search results", "reranker model for rag"],
  "/workers-ai/models/gpt-oss-120b/": [
    "openai open weights model gpt-oss",
    "gpt-oss on workers ai",
  ],
  "/workers-ai/models/qwen2.5-coder-32b-instruct/": ["code generation model", "qwen coder model"],
  "/ai-gateway/usage/providers/azureopenai/": [
    "azure openai through ai gateway",
    "log azure openai calls",
  ],
  "/ai-gateway/usage/providers/bedrock/": [
    "amazon bedrock through ai gateway",
    "log bedrock calls",
  ],
  "/ai-gateway/usage/providers/openrouter/": [
    "openrouter through ai gateway",
    "log openrouter calls",
  ],
  "/ai-gateway/usage/worker-binding-methods/": [
    "call ai gateway from a worker binding",
    "ai gateway binding methods",
  ],
  "/ai-gateway/configuration/manage-gateway/": [
    "create, edit or delete a gateway",
    "gateway settings",
  ],
  "/ai-gateway/integrations/aig-workers-ai-binding/": [
    "use workers ai binding with a gateway",
    "gateway option in env.ai.run",
  ],
  "/ai-gateway/observability/logging/logpush/": [
    "export ai gateway logs to storage",
    "ai gateway logpush",
  ],
  "/ai-gateway/integrations/coding-agents/claude-code/": [
    "route claude code through ai gateway",
    "claude code with ai gateway",
  ],
  "/agents/model-context-protocol/apis/agent-api/": [
    "mcpagent class",
    "stateful mcp server with durable objects",
  ],
  "/agents/model-context-protocol/guides/test-remote-mcp-server/": [
    "test my mcp server with the inspector",
    "mcp inspector",
  ],
  "/agents/concepts/what-are-agents/": ["what is an ai agent", "agents explained"],
  "/agents/getting-started/add-to-existing-project/": [
    "add an agent to my existing worker",
    "agents sdk in an existing project",
  ],
  "/agents/runtime/lifecycle/callable-methods/": [
    "call agent methods from the client",
    "@callable methods",
  ],
  "/agents/model-context-protocol/protocol/transport/": [
    "streamable http vs sse transport for mcp",
    "mcp transports",
  ],
  "/agents/model-context-protocol/protocol/tools/": ["define tools on my mcp server", "mcp tools"],
  "/agents/concepts/tools/": ["give my agent tools", "tools for ai agents"],
  "/agents/runtime/agents-api/": ["agents sdk api reference", "agent class methods"],
  "/ai-search/concepts/how-ai-search-works/": [
    "how does ai search index and answer",
    "ai search architecture",
  ],
  "/ai-search/api/search/rest-api/": ["query ai search over http", "ai search rest api"],
  "/ai-search/configuration/models/": [
    "choose the embedding and generation model for ai search",
    "ai search models",
  ],
  "/ai-search/configuration/indexing/chunking/": [
    "chunk size for indexing documents",
    "ai search chunking",
  ],
  "/ai-search/how-to/simple-search-engine/": [
    "search box for my site with ai search",
    "site search with ai search",
  ],
  "/browser-run/quick-actions/content-endpoint/": [
    "get the rendered html of a page",
    "fetch html after javascript runs",
  ],
  "/browser-run/quick-actions/json-endpoint/": [
    "extract structured json from a page with ai",
    "structured data extraction from a url",
  ],
  "/browser-run/quick-actions/links-endpoint/": [
    "get all links on a page",
    "list links on a web page",
  ],
  "/browser-run/features/reuse-sessions/": [
    "keep a browser session alive between requests",
    "reuse a headless browser session",
  ],
  "/browser-run/faq/": ["browser run questions", "why are my requests blocked by sites"],
};
