// Reading AI Gateway log bodies per provider format: user, system and assistant text come out
// of the right fields, JSON field values and provider keys never do.
import { generateAiGatewayLogs } from "@repo/emulator/seed/ai-gateway";
import { describe, expect, it } from "vitest";
import { readRequestText, readResponseText } from "../src/conversation";

describe("every seeded log (all providers of the emulator)", () => {
  const logs = generateAiGatewayLogs();

  it.each(
    logs
      .filter((log) => log.gateway_id === "assistants")
      .map((log) => [log.provider, log.path, log]),
  )("%s %s: user, system and answer", (_provider, _path, log) => {
    const request = readRequestText(log.request_body, { step: log.step });
    expect(request.format).not.toBe("unknown");
    expect(request.user.at(-1)).toBe(log.prompt);
    expect(request.system).toEqual(log.system === null ? [] : [log.system]);
    const response = readResponseText(log.response_body);
    if (log.completion === null) {
      expect(response.format).toBe("error");
      expect(response.assistant).toEqual([]);
      expect(response.error).toBeTruthy();
    } else {
      expect(response.assistant).toEqual([log.completion]);
    }
  });

  it("reads all generated traffic (OpenAI, Anthropic, Workers AI chat and summarisation)", () => {
    let checked = 0;
    for (const log of logs) {
      const request = readRequestText(log.request_body);
      expect(request.user.at(-1)).toBe(log.prompt);
      expect(request.system).toEqual(log.system === null ? [] : [log.system]);
      const response = readResponseText(log.response_body);
      if (log.completion !== null) expect(response.assistant).toEqual([log.completion]);
      else expect(response.error).toBeTruthy();
      checked++;
    }
    expect(checked).toBe(logs.length);
  });
});

describe("request shapes", () => {
  it("OpenAI chat with string and part contents, developer role and earlier turns", () => {
    const text = readRequestText({
      model: "gpt-4.1",
      messages: [
        { role: "developer", content: "Be brief." },
        { role: "user", content: "first question" },
        { role: "assistant", content: [{ type: "text", text: "first answer" }] },
        { role: "tool", content: "tool output is not a person's words" },
        {
          role: "user",
          content: [
            { type: "text", text: "second question" },
            { type: "image_url", image_url: { url: "https://example.com/x.png" } },
          ],
        },
      ],
    });
    expect(text).toEqual({
      format: "chat-messages",
      system: ["Be brief."],
      user: ["first question", "second question"],
      assistant: ["first answer"],
    });
  });

  it("OpenAI Responses with a plain string input and with message items", () => {
    expect(readRequestText({ model: "gpt-5", instructions: "Rules.", input: "Hi there" })).toEqual({
      format: "openai-responses",
      system: ["Rules."],
      user: ["Hi there"],
      assistant: [],
    });
    const items = readRequestText({
      model: "gpt-5",
      input: [
        { role: "system", content: "System says." },
        { type: "message", role: "user", content: [{ type: "input_text", text: "question" }] },
        { type: "function_call_output", call_id: "c1", output: '{"ok":true}' },
      ],
    });
    expect(items.system).toEqual(["System says."]);
    expect(items.user).toEqual(["question"]);
  });

  it("Anthropic with a string system, block system, and tool results left out", () => {
    const text = readRequestText({
      model: "claude-sonnet-4-5",
      system: [{ type: "text", text: "You are terse." }],
      messages: [
        {
          role: "user",
          content: [
            { type: "tool_result", tool_use_id: "t1", content: "42" },
            { type: "text", text: "What now?" },
          ],
        },
      ],
    });
    expect(text.system).toEqual(["You are terse."]);
    expect(text.user).toEqual(["What now?"]);
  });

  it("Gemini (AI Studio and Vertex): systemInstruction, contents with model turns", () => {
    const text = readRequestText({
      system_instruction: { parts: [{ text: "Answer in French." }] },
      contents: [
        { role: "user", parts: [{ text: "Hello" }] },
        { role: "model", parts: [{ text: "Bonjour" }, { text: "hidden", thought: true }] },
        { parts: [{ text: "How are you?" }] },
      ],
    });
    expect(text).toEqual({
      format: "gemini",
      system: ["Answer in French."],
      user: ["Hello", "How are you?"],
      assistant: ["Bonjour"],
    });
  });

  it("Cohere v1 chat: preamble, chat_history roles and message", () => {
    const text = readRequestText({
      preamble: "Be kind.",
      chat_history: [
        { role: "USER", message: "Who discovered gravity?" },
        { role: "CHATBOT", message: "Isaac Newton." },
      ],
      message: "What year was he born?",
    });
    expect(text).toEqual({
      format: "cohere-v1",
      system: ["Be kind."],
      user: ["Who discovered gravity?", "What year was he born?"],
      assistant: ["Isaac Newton."],
    });
  });

  it("single prompts: Workers AI prompt and input_text, Titan inputText, embeddings input", () => {
    expect(readRequestText({ prompt: "Tell me a joke" }).user).toEqual(["Tell me a joke"]);
    expect(readRequestText({ input_text: "Long text", max_length: 50 }).user).toEqual([
      "Long text",
    ]);
    expect(readRequestText({ inputText: "Titan prompt" }).user).toEqual(["Titan prompt"]);
    expect(readRequestText({ model: "text-embedding-3-small", input: ["a", "b"] }).user).toEqual([
      "a",
      "b",
    ]);
  });

  it("the universal endpoint: reads the step that answered and never a header", () => {
    const body = [
      {
        provider: "workers-ai",
        endpoint: "@cf/meta/llama-3.1-8b-instruct",
        headers: { Authorization: "Bearer cf-secret-token" },
        query: { messages: [{ role: "user", content: "first try" }] },
      },
      {
        provider: "openai",
        endpoint: "chat/completions",
        headers: { Authorization: "Bearer sk-secret" },
        query: {
          model: "gpt-4o-mini",
          messages: [
            { role: "system", content: "Fallback system." },
            { role: "user", content: "second try" },
          ],
        },
      },
    ];
    const first = readRequestText(body);
    expect(first).toMatchObject({ format: "universal", user: ["first try"] });
    const second = readRequestText(body, { step: 1 });
    expect(second).toEqual({
      format: "universal",
      system: ["Fallback system."],
      user: ["second try"],
      assistant: [],
    });
    expect(JSON.stringify([first, second])).not.toContain("secret");
  });

  it("unknown shapes extract nothing rather than raw JSON", () => {
    expect(readRequestText({ foo: { bar: "baz" } })).toEqual({
      format: "unknown",
      system: [],
      user: [],
      assistant: [],
    });
    expect(readRequestText("not json")).toMatchObject({ format: "unknown" });
    expect(readRequestText(null)).toMatchObject({ format: "unknown" });
  });
});

describe("response shapes", () => {
  it("Gemini: the text only, never finishReason or other field values", () => {
    const text = readResponseText({
      candidates: [
        {
          content: {
            role: "model",
            parts: [{ text: "thinking", thought: true }, { text: "Answer." }],
          },
          finishReason: "STOP",
          safetyRatings: [{ category: "HARM_CATEGORY_HATE_SPEECH", probability: "NEGLIGIBLE" }],
        },
      ],
      usageMetadata: { totalTokenCount: 12 },
    });
    expect(text).toEqual({ format: "gemini", assistant: ["Answer."] });
    expect(JSON.stringify(text)).not.toContain("STOP");
  });

  it("OpenAI chat, legacy completions, Responses output (reasoning left out)", () => {
    expect(
      readResponseText({ choices: [{ message: { role: "assistant", content: "Hi" } }] }),
    ).toEqual({ format: "openai-chat", assistant: ["Hi"] });
    expect(readResponseText({ choices: [{ text: "completion text", index: 0 }] })).toEqual({
      format: "completion",
      assistant: ["completion text"],
    });
    expect(
      readResponseText({
        object: "response",
        output: [
          { type: "reasoning", summary: [{ type: "summary_text", text: "private" }] },
          { type: "message", role: "assistant", content: [{ type: "output_text", text: "Out." }] },
        ],
      }),
    ).toEqual({ format: "openai-responses", assistant: ["Out."] });
  });

  it("Anthropic, Bedrock Converse and Titan, Cohere v1 and v2", () => {
    expect(
      readResponseText({
        type: "message",
        role: "assistant",
        content: [
          { type: "thinking", thinking: "private" },
          { type: "text", text: "Claude says." },
          { type: "tool_use", id: "t", name: "x", input: {} },
        ],
      }),
    ).toEqual({ format: "anthropic", assistant: ["Claude says."] });
    expect(
      readResponseText({
        output: { message: { role: "assistant", content: [{ text: "Nova." }] } },
      }),
    ).toEqual({ format: "bedrock-converse", assistant: ["Nova."] });
    expect(readResponseText({ results: [{ outputText: "Titan." }] })).toEqual({
      format: "completion",
      assistant: ["Titan."],
    });
    expect(readResponseText({ text: "Cohere v1.", generation_id: "g" })).toEqual({
      format: "cohere",
      assistant: ["Cohere v1."],
    });
    expect(
      readResponseText({
        message: { role: "assistant", content: [{ type: "text", text: "Cohere v2." }] },
      }),
    ).toEqual({ format: "cohere", assistant: ["Cohere v2."] });
  });

  it("Workers AI: response, summary, translation and an OpenAI shape inside result", () => {
    const wrap = (result: unknown) => ({ result, success: true, errors: [], messages: [] });
    expect(readResponseText(wrap({ response: "Llama." })).assistant).toEqual(["Llama."]);
    expect(readResponseText(wrap({ summary: "Short." })).assistant).toEqual(["Short."]);
    expect(readResponseText(wrap({ translated_text: "Hallo." })).assistant).toEqual(["Hallo."]);
    expect(
      readResponseText(wrap({ choices: [{ message: { role: "assistant", content: "Compat." } }] })),
    ).toEqual({ format: "workers-ai", assistant: ["Compat."] });
  });

  it("errors of every family give the message, not an answer", () => {
    expect(readResponseText({ error: { message: "Rate limit", type: "requests" } })).toEqual({
      format: "error",
      assistant: [],
      error: "Rate limit",
    });
    expect(
      readResponseText({
        type: "error",
        error: { type: "overloaded_error", message: "Overloaded" },
      }).error,
    ).toBe("Overloaded");
    expect(
      readResponseText({
        success: false,
        errors: [{ code: 3040, message: "Capacity" }],
        result: null,
      }).error,
    ).toBe("Capacity");
  });

  it("streams logged as server-sent events are joined from their deltas", () => {
    const openai = [
      'data: {"choices":[{"delta":{"role":"assistant","content":"Hel"}}]}',
      'data: {"choices":[{"delta":{"content":"lo"}}]}',
      "data: [DONE]",
    ].join("\n");
    expect(readResponseText(openai)).toEqual({ format: "openai-chat", assistant: ["Hello"] });
    const anthropic = [
      "event: content_block_delta",
      'data: {"type":"content_block_delta","delta":{"type":"text_delta","text":"Hi "}}',
      'data: {"type":"content_block_delta","delta":{"type":"text_delta","text":"there"}}',
    ].join("\n");
    expect(readResponseText(anthropic)).toEqual({ format: "anthropic", assistant: ["Hi there"] });
    expect(readResponseText("plain text")).toEqual({ format: "unknown", assistant: [] });
  });
});
