// The vocabulary data and the reading of a request against it: well-formed entries, product
// names without overlap, collisions, verbs, and the phrases people use for common goals.
import { describe, expect, it } from "vitest";
import { ELSEWHERE } from "./data/elsewhere.ts";
import {
  COLLIDING_WORDS,
  GATED_API_PRODUCTS,
  namedAsWritten,
  PRODUCTS,
  readQuery,
  VOCABULARY,
  vocabularyWords,
} from "./index.ts";

describe("the data", () => {
  it("gives every entry at least one phrase and something to add or point at", () => {
    for (const entry of VOCABULARY) {
      expect(entry.say.length, JSON.stringify(entry)).toBeGreaterThan(0);
      expect(
        entry.means ?? entry.api ?? entry.docs ?? entry.intent,
        JSON.stringify(entry),
      ).toBeDefined();
      for (const phrase of entry.say)
        expect(vocabularyWords(phrase).length, phrase).toBeGreaterThan(0);
    }
  });

  it("writes phrases and product keys in the forms the searches compare", () => {
    for (const entry of VOCABULARY) {
      for (const phrase of entry.say) expect(phrase, phrase).toBe(phrase.toLowerCase());
      for (const key of entry.api ?? []) expect(key).toMatch(/^[a-z0-9_]+$/);
      for (const slug of entry.docs ?? []) expect(slug).toMatch(/^[a-z0-9.-]+$/);
    }
    for (const product of PRODUCTS) {
      for (const key of product.api ?? []) expect(key).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it("lists Radar and Workers AI among the products that count only when asked about", () => {
    expect(GATED_API_PRODUCTS.has("radar")).toBe(true);
    expect(GATED_API_PRODUCTS.has("ai")).toBe(true);
    expect(GATED_API_PRODUCTS.has("dns_records")).toBe(false);
  });
});

describe("the outside words", () => {
  it("repeat no phrase another entry already says, so no phrase carries two meanings", () => {
    const elsewhere = new Set(ELSEWHERE);
    const said = new Set(
      VOCABULARY.filter((entry) => !elsewhere.has(entry)).flatMap((entry) => entry.say),
    );
    expect(ELSEWHERE.flatMap((entry) => entry.say).filter((phrase) => said.has(phrase))).toEqual(
      [],
    );
  });
});

describe("vocabularyWords", () => {
  it("joins protocol versions, keeps dotted names and drops plural endings", () => {
    expect(vocabularyWords("Turn on HTTP/3 for my sites")).toEqual([
      "turn",
      "on",
      "http3",
      "for",
      "my",
      "site",
    ]);
    expect(vocabularyWords("my pages.dev preview and 1.1.1.1")).toEqual([
      "my",
      "pages.dev",
      "preview",
      "and",
      "1.1.1.1",
    ]);
    expect(vocabularyWords("policies access status dns")).toEqual([
      "policy",
      "access",
      "status",
      "dns",
    ]);
  });
});

describe("readQuery", () => {
  it("reads a setting goal as the setting id and an update", () => {
    const reading = readQuery("turn on HTTP/3");
    expect(reading.entries.map((entry) => entry.item.means)).toContain("http3 zone setting");
    expect(reading.intents).toEqual(["update"]);
    expect(reading.api.has("settings")).toBe(true);
    // "turn" inside "turn on" is not a TURN server.
    expect(reading.api.has("calls")).toBe(false);
  });

  it("reads people's words for account members", () => {
    const reading = readQuery("invite two teammates to the account");
    expect(reading.api.get("members")).toBeGreaterThan(0);
    expect(reading.intents).toContain("create");
  });

  it("names the longest product without overlap: 'ai gateway' is not the Zero Trust gateway", () => {
    const reading = readQuery("list my ai gateway logs");
    expect(reading.named.map((match) => match.phrase)).toEqual(["ai gateway"]);
    expect(reading.api.has("ai")).toBe(false);
  });

  it("flags ordinary words that stem onto a product name", () => {
    expect([...readQuery("how many calls did my api get").collisions]).toEqual(["call"]);
    expect(readQuery("create a calls app").collisions.size).toBe(0);
    expect(COLLIDING_WORDS.get("stream")).toEqual(["stream"]);
    expect([...readQuery("streaming the logs").collisions]).toEqual(["streaming"]);
  });

  it("points goal wording at the product that does it", () => {
    expect(readQuery("transcribe a podcast episode").api.has("ai")).toBe(true);
    expect(readQuery("who changed the firewall yesterday").api.has("audit_logs")).toBe(true);
    expect(readQuery("send logs to splunk").api.has("logpush")).toBe(true);
    expect(readQuery("forward email to my inbox").docs.has("email-service")).toBe(true);
  });

  it("keeps Radar for the internet at large, not for a site reachable from the internet", () => {
    expect(readQuery("make my home server reachable from the internet").api.has("radar")).toBe(
      false,
    );
    expect(readQuery("internet outages in iran this week").api.has("radar")).toBe(true);
  });

  it("reads a question about who did something as one for the audit log", () => {
    const reading = readQuery("who deleted the dns record for www");
    const answering = reading.entries.filter(({ item }) => item.answers);
    expect(answering.flatMap(({ item }) => item.api ?? [])).toEqual(["audit_logs"]);
  });

  it("reads countries and identity words", () => {
    const country = readQuery("block traffic from north korea").entries.map((e) => e.item.means);
    expect(country).toContain("country countries geolocation");
    expect(readQuery("who am i logged in as").api.has("user")).toBe(true);
    expect(readQuery("who else can sign in").entries.map((e) => e.phrase)).toContain("sign in");
  });

  it("reads verbs into actions", () => {
    expect(readQuery("get rid of the bucket").intents).toEqual(["delete"]);
    expect(readQuery("download the zone file").intents).toContain("export");
    expect(readQuery("show all workers").intents).toContain("list");
  });
});

describe("words from outside Cloudflare and everyday verbs", () => {
  const meanings = (text: string) => readQuery(text).entries.map((entry) => entry.item);

  it("reads other platforms' names as what Cloudflare calls the same thing", () => {
    const lambda = readQuery("is there something like aws lambda");
    // The whole phrase is one meaning: "aws" does not stand alone for AWS pages.
    expect(lambda.entries.map((entry) => entry.phrase)).toEqual(["aws lambda"]);
    expect(lambda.docs.has("workers")).toBe(true);
    expect(readQuery("copy my amazon s3 files over").api.has("r2")).toBe(true);
    expect(readQuery("we use sqs for background jobs today").docs.has("queues")).toBe(true);
    expect(readQuery("sticky sessions for my shop").docs.has("load-balancing")).toBe(true);
    expect(readQuery("reach my home lab without opening ports").api.has("cfd_tunnel")).toBe(true);
    expect(readQuery("a chat room where everyone sees messages").docs.has("durable-objects")).toBe(
      true,
    );
    expect(
      readQuery("my logs only show cloudflare ips, not the real client ip").docs.has("support"),
    ).toBe(true);
  });

  it("reads everyday cache verbs as a purge, and editing a live site as development mode", () => {
    for (const text of [
      "wipe the cache",
      "bust cache for one file",
      "refresh the cache",
      "flush the cdn",
      "visitors get stale files",
    ])
      expect(
        meanings(text).map((item) => item.means),
        text,
      ).toContain("purge cache cached content");
    expect(meanings("i'm editing my site and want no caching").map((item) => item.means)).toContain(
      "development_mode development mode zone setting",
    );
  });

  it("reads everyday goals: a password on a site, a maintenance page, a domain to another account", () => {
    expect(readQuery("password protect my staging site").api.has("access")).toBe(true);
    expect(readQuery("put up a maintenance page for an hour").docs.has("fundamentals")).toBe(true);
    expect(
      readQuery("give my domain to another account").entries.map((entry) => entry.item.means),
    ).toContain("move domain between accounts");
    expect(readQuery("hide my server address").docs.has("fundamentals")).toBe(true);
  });

  it("reads a hacked site, form spam, cache lifetimes, frameworks and huge uploads", () => {
    expect(readQuery("my site got hacked last night").docs.has("waf")).toBe(true);
    expect(readQuery("bots filling my form with junk").api.has("challenges")).toBe(true);
    expect(
      readQuery("how long do things stay cached").entries.map((entry) => entry.item.means),
    ).toContain("edge browser cache ttl");
    expect(readQuery("deploy my astro blog").docs.has("pages")).toBe(true);
    expect(readQuery("resumable upload to my storage").api.has("r2")).toBe(true);
  });

  it("reads marketing tags, consent banners, a/b tests, shadow APIs and docs chatbots", () => {
    expect(readQuery("load google tag manager without slowing the page").docs.has("zaraz")).toBe(
      true,
    );
    expect(readQuery("show a cookie banner to eu visitors").docs.has("zaraz")).toBe(true);
    expect(readQuery("split test my pricing page").docs.has("workers")).toBe(true);
    expect(readQuery("list the shadow apis on my zone").api.has("api_gateway")).toBe(true);
    expect(readQuery("let customers chat with my docs").docs.has("ai-search")).toBe(true);
  });

  it("reads a leaked key as a token to roll, and wordpress login paths as a WAF rule", () => {
    expect(readQuery("our api key leaked on github").api.has("tokens")).toBe(true);
    expect(readQuery("a key leaked in our repo").api.has("tokens")).toBe(true);
    expect(readQuery("block wp-login.php for everyone").docs.has("waf")).toBe(true);
  });

  it("reads China, email records, office links and game servers by their everyday names", () => {
    expect(readQuery("is my site reachable for visitors in china").docs.has("china-network")).toBe(
      true,
    );
    expect(readQuery("add the google workspace records").api.has("dns_records")).toBe(true);
    expect(readQuery("link our branch offices").docs.has("cloudflare-wan")).toBe(true);
    expect(readQuery("proxy my minecraft server").api.has("spectrum")).toBe(true);
  });

  it("reads a weekday as a recurrence, and a secret kept out of the code as a Workers secret", () => {
    expect(
      readQuery("purge the cache every friday").entries.map((entry) => entry.item.means),
    ).toContain("cron triggers schedules schedule interval");
    expect(readQuery("the token is hardcoded in my script").docs.has("secrets-store")).toBe(true);
  });

  it("reads a broken certificate as a question for the SSL troubleshooting pages", () => {
    for (const text of [
      "my certificate is invalid",
      "chrome says your connection is not private",
    ]) {
      const means = readQuery(text).entries.map((entry) => entry.item.means ?? "");
      expect(
        means.some((words) => words.includes("troubleshooting")),
        text,
      ).toBe(true);
    }
  });

  it("reads sending one address to another as a redirect, and www to root as one too", () => {
    expect(readQuery("send www.example.com to example.com").docs.has("rules")).toBe(true);
    expect(readQuery("forward /old-page to /new-page").api.has("rulesets")).toBe(true);
    expect(readQuery("send the logs to my bucket").docs.has("rules")).toBe(false);
    expect(readQuery("redirect www to root").docs.has("rules")).toBe(true);
  });
});

describe("namedAsWritten", () => {
  it("takes a name written as such, plural or not, and not one read through -ing", () => {
    const written = readQuery("send messages to my queues");
    expect(written.named.every((match) => namedAsWritten(match, written.words))).toBe(true);
    const queuing = readQuery("requests are queuing at my origin");
    expect(queuing.named.length).toBeGreaterThan(0);
    expect(queuing.named.some((match) => namedAsWritten(match, queuing.words))).toBe(false);
  });
});
