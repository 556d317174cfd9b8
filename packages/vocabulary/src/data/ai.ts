/**
 * Workers AI tasks, AI Gateway and agents, in the words people use: a task names the model family
 * that does it ("transcribe" -> whisper).
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

const AI = { api: ["ai"], docs: ["workers-ai"] } as const;

export const AI_WORDS: readonly VocabularyEntry[] = [
  {
    ...AI,
    say: ["ai model", "ai models", "model", "models", "inference", "llm", "large language model", "machine learning", "ml"],
    means: "ai model run",
  },
  {
    ...AI,
    say: ["chat", "chatbot", "text generation", "generate text", "completion", "prompt", "gpt", "llama", "mistral", "gemma", "qwen", "instruct"],
    means: "ai run model text generation instruct chat",
  },
  {
    ...AI,
    say: ["transcribe", "transcription", "speech to text", "speech-to-text"],
    means: "ai run model whisper speech recognition",
  },
  {
    ...AI,
    say: ["text to image", "text-to-image", "image generation", "draw", "stable diffusion", "diffusion"],
    means: "ai run model stable diffusion image generation",
  },
  {
    ...AI,
    say: ["translate", "translation", "translator"],
    means: "ai run model m2m100 translation",
  },
  {
    ...AI,
    say: ["embedding", "embeddings", "vectorise"],
    means: "ai run model bge embeddings",
  },
  {
    ...AI,
    say: ["summarize", "summarise", "summary", "summarization", "tl;dr", "tldr"],
    means: "ai run model bart summarization",
  },
  {
    ...AI,
    say: ["sentiment", "classify text", "text classification"],
    means: "ai run model distilbert sst classification",
  },
  {
    ...AI,
    say: ["object detection"],
    means: "ai run model detr object detection",
  },
  {
    ...AI,
    say: ["image classification"],
    means: "ai run model resnet image classification",
  },
  {
    ...AI,
    say: ["text to sql", "text-to-sql", "natural language to sql"],
    means: "ai run model sqlcoder sql",
  },
  {
    ...AI,
    say: ["code generation", "coding model"],
    means: "ai run model deepseek coder",
  },
  { ...AI, say: ["math"], means: "ai run model deepseek math" },
  {
    ...AI,
    say: ["fine-tune", "fine tune", "fine-tunes", "fine tunes", "finetune", "lora", "adapter", "adapters"],
    means: "finetunes finetune assets lora",
  },
  {
    ...AI,
    say: ["model catalog", "available models", "which models", "model list"],
    means: "models search",
  },
  {
    ...AI,
    say: ["model schema", "model input", "model inputs", "input format", "output format"],
    means: "models schema",
  },
  {
    say: ["ai gateway", "llm proxy", "openai proxy", "llm gateway", "prompt logs", "llm logs", "token usage", "llm cost", "llm caching", "cache llm responses", "openai", "anthropic"],
    means: "ai gateway gateways logs",
    api: ["ai_gateway"],
    docs: ["ai-gateway"],
  },
  {
    say: ["guardrails", "prompt injection"],
    means: "guardrails",
    docs: ["ai-gateway", "waf"],
  },
  {
    say: ["agent", "agents", "ai agent", "mcp", "mcp server", "model context protocol"],
    means: "agents mcp",
    docs: ["agents"],
  },
  {
    say: ["headless browser", "headless chrome", "puppeteer", "playwright", "screenshot", "screenshots"],
    means: "browser run puppeteer screenshot pdf",
    docs: ["browser-run"],
  },
  {
    say: ["container", "containers", "docker", "docker image"],
    means: "containers",
    docs: ["containers"],
  },
  {
    say: ["workflow", "workflows", "step"],
    means: "workflows steps",
    docs: ["workflows"],
  },
];
