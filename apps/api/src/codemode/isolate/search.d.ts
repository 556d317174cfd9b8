declare const spec: Spec;
export interface Spec {
  /** Ranked endpoints for a task in plain words. */
  find(query: string, opts?: { limit?: number; product?: string }): Promise<Card[]>;
  paths: Record<string, Partial<Record<"get" | "post" | "put" | "patch" | "delete", Operation>>>;
  operations: Operation[];
  products: string[];
}
export interface Card {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  product: string;
  permissions?: string[];
  deprecated?: true;
  /** "path: zone_id; body: name, type" or "nothing" */
  needs: string;
  /** Docs page showing the call */
  docs?: string;
  score: number;
}
export interface Operation extends Omit<Card, "score" | "needs" | "docs" | "deprecated"> {
  description?: string;
  tags: string[];
  parameters: {
    name: string;
    in: "path" | "query" | "header";
    required: boolean;
    schema?: object;
  }[];
  requestBody?: { content: Record<string, { schema?: object }> };
  responses: Record<string, { description?: string; content?: object }>;
  deprecated?: boolean;
}
