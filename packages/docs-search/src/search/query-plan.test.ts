// Reading a question for the docs search: the products it points at, the words of measure of
// limits and pricing questions, and everyday words that must not pull in an unrelated product.
import { describe, expect, it } from "vitest";
import { planQuery } from "./query-plan.ts";
import { conceptOf, mentions, stemWord } from "./word-stem.ts";

describe("planQuery", () => {
  it("does not let everyday words point at a product the question is not about", () => {
    const plan = planQuery("connect my office to the internet through a gateway")!;
    expect(plan.pointed.has("radar")).toBe(false);
    expect(plan.expansion ?? "").not.toContain("radar");
  });

  it("does not take a product's name read through -ing for the product", () => {
    const plan = planQuery("requests are queuing at my origin")!;
    expect(plan.named.has("queues")).toBe(false);
    expect(planQuery("send messages to my queues")!.named.has("queues")).toBe(true);
  });

  it("still points at such a product when the question names it", () => {
    expect(planQuery("radar internet traffic trends")!.pointed.has("radar")).toBe(true);
  });

  it("asks the questions index with the words limits and pricing questions are written with", () => {
    const limits = planQuery("how large can my d1 database grow")!;
    expect(limits.asked).toContain('"big"');
    expect(limits.asked).toContain('"limits"');
    const cost = planQuery("what do I pay for workers")!;
    expect(cost.asked).toContain('"pricing"');
    expect(planQuery("bind a kv namespace")!.asked).toBe(
      planQuery("bind a kv namespace")!.user.match,
    );
  });

  it("keeps the docs' words for the user's words the vocabulary read, without spec ids", () => {
    const lambda = planQuery("something like aws lambda")!;
    expect([...(lambda.synonyms.get("lambda") ?? [])]).toEqual(["worker"]);
    expect([...(lambda.synonyms.get("aws") ?? [])]).toEqual(["worker"]);
    const forward = planQuery("forward one url to another with a 301")!;
    expect(forward.synonyms.get("forward")?.has("redirect")).toBe(true);
    expect(forward.synonyms.get("forward")?.has("http")).toBe(false);
    expect([...(planQuery("my site got hacked")!.synonyms.get("hack") ?? [])]).not.toContain(
      "from",
    );
    // Verbs ask for an action, not a topic.
    expect(planQuery("delete my bucket")!.synonyms.has("delete")).toBe(false);
  });

  it("reads how many people visit a site as an analytics question, not a limits one", () => {
    expect(planQuery("how many people visit my site each day")!.quantity).toBe(false);
    expect(planQuery("how many visitors can a waiting room hold")!.quantity).toBe(true);
  });

  it("drops the words that only frame a request", () => {
    expect(planQuery("send traffic to the backup only when the main one fails")!.words).toEqual([
      "send",
      "traffic",
      "backup",
      "main",
      "fail",
    ]);
  });
});

describe("words of measure", () => {
  it("reads how big, largest, maximum and limits as one concept, and cost words as another", () => {
    const quantity = ["big", "largest", "maximum", "limits", "size"].map(stemWord).map(conceptOf);
    expect(new Set(quantity)).toEqual(new Set(["#quantity"]));
    expect(conceptOf(stemWord("pricing"))).toBe("#cost");
    expect(conceptOf(stemWord("bucket"))).toBe("bucket");
  });

  it("finds a stem at the start of a word only, and a concept by any of its words", () => {
    expect(mentions("Configure the _redirects file", "redirect")).toBe(true);
    expect(mentions("A catalog of logs", "log")).toBe(true);
    expect(mentions("A catalog", "log")).toBe(false);
    expect(mentions("The maximum object size is 5 TB", "#quantity")).toBe(true);
  });
});
