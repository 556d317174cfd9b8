/**
 * A small hand-written spec in Cloudflare's style (v4 envelope, account and zone scopes, vendor
 * extensions) for tests: DNS records, Workers scripts, KV, Secrets Store, zones and tokens.
 * Written for these tests; it copies nothing from Cloudflare's spec.
 * @module
 */

const ok = (result: object) => ({
  allOf: [{ $ref: "#/components/schemas/envelope" }, { properties: { result } }],
});

const json = (schema: object) => ({ content: { "application/json": { schema } } });

const failure = { description: "Failure.", ...json({ $ref: "#/components/schemas/envelope" }) };

/** OpenAPI 3.0.3 document with 14 operations. */
export function miniCloudflareSpec(): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    info: { title: "Mini Cloudflare", version: "4.0.0" },
    paths: {
      "/zones": {
        get: {
          operationId: "zones-list",
          summary: "List Zones",
          tags: ["Zone"],
          responses: {
            "200": {
              description: "Zones.",
              ...json(ok({ type: "array", items: { $ref: "#/components/schemas/zone" } })),
            },
          },
        },
        post: {
          operationId: "zones-create",
          summary: "Create Zone",
          tags: ["Zone"],
          requestBody: {
            required: true,
            ...json({ type: "object", properties: { name: { type: "string" } } }),
          },
          responses: {
            "200": { description: "Zone.", ...json(ok({ $ref: "#/components/schemas/zone" })) },
          },
        },
      },
      "/zones/{zone_id}/dns_records": {
        parameters: [{ $ref: "#/components/parameters/zone_id" }],
        get: {
          operationId: "dns-records-list",
          summary: "List DNS Records",
          description: "Lists the DNS records of a zone, filtered by type, name or content.",
          tags: ["DNS Records for a Zone"],
          parameters: [
            { in: "query", name: "type", schema: { $ref: "#/components/schemas/record_type" } },
          ],
          responses: {
            "200": {
              description: "Records.",
              ...json(ok({ type: "array", items: { $ref: "#/components/schemas/dns_record" } })),
            },
            "4XX": failure,
          },
          "x-cfPermissionsRequired": { enum: ["#dns_records:read"] },
        },
        post: {
          operationId: "dns-records-create",
          summary: "Create DNS Record",
          description: "Creates a new DNS record for a zone.",
          tags: ["DNS Records for a Zone"],
          requestBody: { $ref: "#/components/requestBodies/dns_record_body" },
          responses: {
            "200": { $ref: "#/components/responses/dns_record_response" },
            "4XX": failure,
          },
          "x-cfPermissionsRequired": { enum: ["#dns_records:edit"] },
          "x-stainless-method": "create",
        },
      },
      "/zones/{zone_id}/dns_records/{dns_record_id}": {
        parameters: [
          { $ref: "#/components/parameters/zone_id" },
          { in: "path", name: "dns_record_id", schema: { type: "string" } },
        ],
        get: {
          operationId: "dns-records-get",
          summary: "DNS Record Details",
          tags: ["DNS Records for a Zone"],
          responses: { "200": { $ref: "#/components/responses/dns_record_response" } },
        },
        delete: {
          operationId: "dns-records-delete",
          summary: "Delete DNS Record",
          tags: ["DNS Records for a Zone"],
          responses: { "200": { description: "Deleted.", ...json(ok({ type: "object" })) } },
        },
      },
      "/accounts/{account_id}/workers/scripts": {
        get: {
          operationId: "worker-script-list-workers",
          summary: "List Workers",
          tags: ["Worker Script"],
          parameters: [{ $ref: "#/components/parameters/account_id" }],
          responses: {
            "200": {
              description: "Scripts.",
              ...json(ok({ type: "array", items: { type: "object" } })),
            },
          },
        },
      },
      "/accounts/{account_id}/workers/scripts/{script_name}": {
        parameters: [
          { $ref: "#/components/parameters/account_id" },
          { in: "path", name: "script_name", required: true, schema: { type: "string" } },
        ],
        put: {
          operationId: "worker-script-upload-worker-module",
          summary: "Upload Worker Module",
          tags: ["Worker Script"],
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: { type: "object", properties: { metadata: { type: "object" } } },
              },
            },
          },
          responses: { "200": { description: "Uploaded.", ...json(ok({ type: "object" })) } },
        },
        delete: {
          operationId: "worker-script-delete-worker",
          summary: "Delete Worker",
          tags: ["Worker Script"],
          responses: { "200": { description: "Deleted.", ...json(ok({ type: "object" })) } },
        },
      },
      "/accounts/{account_id}/storage/kv/namespaces": {
        parameters: [{ $ref: "#/components/parameters/account_id" }],
        post: {
          operationId: "workers-kv-namespace-create",
          summary: "Create a Namespace",
          tags: ["Workers KV Namespace"],
          requestBody: {
            required: true,
            ...json({ type: "object", properties: { title: { type: "string" } } }),
          },
          responses: { "200": { description: "Namespace.", ...json(ok({ type: "object" })) } },
        },
      },
      "/accounts/{account_id}/secrets_store/stores": {
        parameters: [{ $ref: "#/components/parameters/account_id" }],
        get: {
          operationId: "secrets-store-list",
          summary: "List account stores",
          tags: ["Secrets Store"],
          responses: {
            "200": {
              description: "Stores.",
              ...json(ok({ type: "array", items: { $ref: "#/components/schemas/store" } })),
            },
          },
          "x-api-token-group": ["Secrets Store Read", "Secrets Store Write"],
        },
        post: {
          operationId: "secrets-store-create",
          summary: "Create a store",
          tags: ["Secrets Store"],
          requestBody: {
            required: true,
            ...json({
              type: "array",
              items: {
                type: "object",
                required: ["name"],
                properties: { name: { type: "string" } },
              },
            }),
          },
          responses: {
            "200": { description: "Store.", ...json(ok({ $ref: "#/components/schemas/store" })) },
          },
          "x-api-token-group": ["Secrets Store Write"],
        },
      },
      "/user/tokens/verify": {
        get: {
          operationId: "user-api-tokens-verify-token",
          summary: "Verify Token",
          tags: ["User API Tokens"],
          responses: { "200": { description: "Token status.", ...json(ok({ type: "object" })) } },
        },
      },
      "/accounts/{account_id}/workers/legacy_scripts": {
        get: {
          operationId: "worker-script-list-legacy",
          summary: "List Workers (Deprecated)",
          tags: ["Worker Script"],
          deprecated: true,
          "x-cfDeprecation": {
            id: "legacy_scripts",
            description: "Use /workers/scripts.",
            eol: "2024-01-01",
            display: true,
          },
          parameters: [{ $ref: "#/components/parameters/account_id" }],
          responses: {
            "200": {
              description: "Scripts.",
              ...json(ok({ type: "array", items: { type: "object" } })),
            },
          },
        },
      },
    },
    components: {
      parameters: {
        account_id: {
          in: "path",
          name: "account_id",
          required: true,
          description: "Account identifier.",
          schema: { $ref: "#/components/schemas/identifier" },
        },
        zone_id: {
          in: "path",
          name: "zone_id",
          required: true,
          schema: { $ref: "#/components/schemas/identifier" },
        },
      },
      requestBodies: {
        dns_record_body: { required: true, ...json({ $ref: "#/components/schemas/dns_record" }) },
      },
      responses: {
        dns_record_response: {
          description: "One DNS record.",
          ...json(ok({ $ref: "#/components/schemas/dns_record" })),
        },
      },
      schemas: {
        identifier: { type: "string", maxLength: 32, example: "023e105f4ecef8ad9ca31a8372d0c353" },
        message: {
          type: "object",
          properties: { code: { type: "integer" }, message: { type: "string" } },
        },
        envelope: {
          type: "object",
          required: ["success", "errors", "messages"],
          properties: {
            success: { type: "boolean" },
            errors: { type: "array", items: { $ref: "#/components/schemas/message" } },
            messages: { type: "array", items: { $ref: "#/components/schemas/message" } },
          },
        },
        record_type: { type: "string", enum: ["A", "AAAA", "CNAME", "TXT"] },
        dns_record: {
          type: "object",
          required: ["type", "name"],
          properties: {
            id: { type: "string", readOnly: true },
            type: { $ref: "#/components/schemas/record_type" },
            name: { type: "string", description: "DNS record name." },
            content: { type: "string" },
          },
        },
        zone: {
          type: "object",
          properties: { id: { $ref: "#/components/schemas/identifier" }, name: { type: "string" } },
        },
        store: {
          type: "object",
          properties: { id: { $ref: "#/components/schemas/identifier" }, name: { type: "string" } },
        },
      },
    },
  };
}
