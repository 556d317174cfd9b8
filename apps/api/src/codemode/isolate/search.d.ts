declare const spec: {
  /** Ranked endpoints for a task in plain words */
  find(query: string, opts?: { limit?: number; product?: string }): Promise<Card[]>;
  paths: Record<string, Record<"get" | "post" | "put" | "patch" | "delete", Op>>;
  operations: Op[];
  products: string[];
};
type Card = {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  product: string;
  permissions?: string[];
  deprecated?: true;
  needs: string /* "path: zone_id; body: name, type" or "nothing" */;
  docs?: string /* docs page showing the call */;
  score: number;
};
type Op = Omit<Card, "needs" | "docs" | "score"> & {
  description?: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean; schema?: object }[];
  requestBody?: { content: Record<string, { schema?: object }> };
  responses: Record<string, { content?: object }>;
};

// HOST ONLY (not shown to models): the names the host uses for the same types.
export type { Card, Op as Operation };
export type Spec = typeof spec;
