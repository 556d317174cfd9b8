/**
 * Kinds of wording rather than fixed phrases: a recurrence ("every 5 minutes", "at midnight"), a
 * hostname ("shop.example.com"), a private name (".internal"), a time in the past ("yesterday").
 * @module
 */
import type { VocabularyPattern } from "../types.ts";

const UNIT = "(?:second|minute|hour|day|night|morning|evening|week|month|year)s?";

export const PATTERNS: readonly VocabularyPattern[] = [
  {
    name: "recurrence",
    pattern: new RegExp(`\\b(?:every|each|once an?|twice an?)\\s+(?:\\d+\\s+|other\\s+|few\\s+)?${UNIT}\\b|\\bat\\s+(?:midnight|noon|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm))\\b`),
    means: "cron triggers schedules schedule interval",
    api: ["workers"],
    docs: ["workers"],
  },
  {
    name: "hostname",
    pattern: /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|co|uk|de|fr|info|biz|xyz|site|shop|store|tech|ai|us|eu|example)\b/,
    means: "zone domain hostname",
  },
  {
    name: "private name",
    pattern: /\b(?:[a-z0-9-]+\.)*[a-z0-9-]+\.(?:internal|local|lan|corp|intranet|home\.arpa)\b/,
    means: "local domain fallback fallback_domains internal dns",
    api: ["devices"],
    docs: ["cloudflare-one", "dns"],
  },
  {
    name: "past time",
    pattern: /\b(?:yesterday|last (?:night|week|month|year|hour|few days|weekend)|earlier today|(?:past|previous) (?:week|month|day|\d+ days)|in the past|a while ago|recently)\b/,
    means: "history logs events audit",
  },
  {
    name: "who did it",
    pattern: /\bwho (?:\w+ )?(?:changed|deleted|removed|modified|edited|created|added|disabled|enabled|updated|turned|touched|broke|made|did|purged|revoked|rotated|invited)\b/,
    means: "audit logs actor history",
    api: ["audit_logs"],
    answers: true,
    docs: ["fundamentals"],
  },
  {
    name: "event trigger",
    pattern: /\b(?:whenever|as soon as|each time|every time)\b/,
    means: "notification alert webhook event",
    api: ["alerting"],
  },
];
