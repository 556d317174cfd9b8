// Stand-in for "cloudflare:workers" in Node tests: src/ only extends RpcTarget from it.
export class RpcTarget {}
