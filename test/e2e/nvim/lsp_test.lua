-- Neovim (0.7+) as an LSP client of `policy-lens-ls --stdio`, headless:
--   E2E_WORKSPACE=<copy of test/e2e/workspace> E2E_SERVER=bin/policy-lens-ls.js E2E_RESULTS=out.json \
--     nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/nvim/lsp_test.lua"
-- Neovim 0.7 has no vim.lsp.start and no semantic tokens; it sends languageId "" for an unknown filetype,
-- which the server must accept. Writes {passes, failures, failed} to E2E_RESULTS; exit status 0 = all passed.
local workspace = assert(os.getenv('E2E_WORKSPACE'), 'E2E_WORKSPACE')
local server = assert(os.getenv('E2E_SERVER'), 'E2E_SERVER')
local results_file = assert(os.getenv('E2E_RESULTS'), 'E2E_RESULTS')
local article = workspace .. '/erbil-talks.news'

local results = { passes = 0, failures = 0, failed = {} }
local function say(line) io.stdout:write(line .. '\n') end

-- Runs one named check; a check fails by raising an error (assert) with a message that says what was seen.
local function check(title, fn)
  local ok, err = pcall(fn)
  if ok then
    results.passes = results.passes + 1
    say('  ✔ ' .. title)
  else
    results.failures = results.failures + 1
    table.insert(results.failed, { title = title, error = tostring(err) })
    say('  ✘ ' .. title .. ': ' .. tostring(err))
  end
end

local function finish()
  local f = assert(io.open(results_file, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
  say(string.format('nvim: %d passed, %d failed', results.passes, results.failures))
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd((results.failures == 0 and results.passes > 0) and 'qall!' or 'cquit! 1')
end

-- LSP position (UTF-16 character) of the first occurrence of `needle` in the buffer, `offset` characters in
-- (ASCII offsets), plus the 0-based byte column Neovim's own cursor API wants.
local function position_of(bufnr, needle, offset)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      local _, utf16 = vim.str_utfindex(line, col - 1)
      return { line = i - 1, character = utf16 + (offset or 0) }, col - 1 + (offset or 0)
    end
  end
  error('"' .. needle .. '" not in the buffer')
end

-- Puts the cursor in `needle` and runs vim.lsp.buf.code_action(), answering its vim.ui.select prompt as a
-- user picking the action whose title contains `wanted`; returns the titles offered.
local function pick_code_action(bufnr, needle, wanted)
  local pos, byte = position_of(bufnr, needle, 2)
  vim.api.nvim_win_set_cursor(0, { pos.line + 1, byte })
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local title = (opts.format_item and opts.format_item(item)) or item[2].title
      table.insert(offered, title)
      if title:find(wanted, 1, true) then return on_choice(item, i) end
    end
    on_choice(nil, nil)
  end
  vim.lsp.buf.code_action()
  return offered, pos
end

local function request(bufnr, client_id, method, params)
  local res, err = vim.lsp.buf_request_sync(bufnr, method, params, 5000)
  assert(res, method .. ' timed out: ' .. tostring(err))
  local r = res[client_id]
  assert(r and not r.err, method .. ' failed: ' .. vim.inspect(r and r.err))
  return r.result
end

local function hover_text(bufnr, client_id, needle)
  local uri = vim.uri_from_bufnr(bufnr)
  local h = request(bufnr, client_id, 'textDocument/hover', { textDocument = { uri = uri }, position = position_of(bufnr, needle, 2) })
  assert(h and h.contents, 'no hover over "' .. needle .. '"')
  local c = h.contents
  return type(c) == 'string' and c or c.value or table.concat(vim.tbl_map(function(x) return type(x) == 'string' and x or x.value end, c), '\n')
end

local function code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'policy-lens',
    cmd = { 'node', server, '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'workspace' } },
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  check('initializes and advertises hover, code actions and definitions', function()
    assert(vim.wait(10000, function() return client.initialized end, 20), 'initialize did not complete')
    local caps = client.server_capabilities
    assert(caps.hoverProvider and caps.codeActionProvider and caps.definitionProvider, vim.inspect(caps))
  end)

  check('publishes unsourced-claim diagnostics (languageId from an unknown filetype)', function()
    local function claims()
      return vim.tbl_filter(function(d) return code(d) == 'unsourced-claim' end, vim.diagnostic.get(bufnr))
    end
    assert(vim.wait(10000, function() return #claims() > 0 end, 20), 'no unsourced-claim among ' .. vim.inspect(vim.diagnostic.get(bufnr)))
    local lines = {}
    for _, d in ipairs(claims()) do
      table.insert(lines, vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1])
    end
    local found = false
    for _, line in ipairs(lines) do
      if line:find('inevitably', 1, true) then found = true end
    end
    assert(found, 'no claim on the unattributed prediction; claims on: ' .. table.concat(lines, ' | '))
  end)

  check('hover on "Thursday" shows the resolved date', function()
    local text = hover_text(bufnr, client_id, 'Thursday')
    assert(text:find('13 November 2025', 1, true), text)
  end)

  check('hover on "Peshmerga forces" shows the workspace glossary entry', function()
    local text = hover_text(bufnr, client_id, 'Peshmerga forces')
    assert(text:find('Ministry of Peshmerga Affairs', 1, true), text)
  end)

  check('definition of "Peshmerga forces" is in glossary.yaml', function()
    local uri = vim.uri_from_bufnr(bufnr)
    local defs = request(bufnr, client_id, 'textDocument/definition', { textDocument = { uri = uri }, position = position_of(bufnr, 'Peshmerga forces', 2) })
    local d = defs and (defs.uri and defs or defs[1])
    assert(d, 'no definition')
    local target = d.uri or d.targetUri
    assert(target:match('/glossary%.yaml$'), target)
  end)

  check('document highlight marks the other mentions of the coalition', function()
    local uri = vim.uri_from_bufnr(bufnr)
    local marks = request(bufnr, client_id, 'textDocument/documentHighlight', { textDocument = { uri = uri }, position = position_of(bufnr, 'Global Coalition against ISIS', 2) }) or {}
    local texts = {}
    for _, h in ipairs(marks) do
      local line = vim.api.nvim_buf_get_lines(bufnr, h.range.start.line, h.range.start.line + 1, false)[1]
      table.insert(texts, line:sub(h.range.start.character + 1, h.range['end'].character))
    end
    assert(#texts >= 2, 'highlights: ' .. vim.inspect(texts))
    for _, t in ipairs(texts) do assert(t:lower():find('coalition', 1, true), 'not the coalition: ' .. vim.inspect(texts)) end
  end)

  check('code action applied by Neovim inserts the resolved date', function()
    local offered, pos = pick_code_action(bufnr, 'Thursday', 'Insert the resolved date')
    local changed = vim.wait(5000, function()
      local line = vim.api.nvim_buf_get_lines(bufnr, pos.line, pos.line + 1, false)[1]
      return line:find('Thursday (Thursday 13 November 2025)', 1, true) ~= nil
    end, 20)
    assert(changed, 'line not edited; actions offered: ' .. table.concat(offered, ' | '))
  end)

  check('after the edit the server still answers at shifted positions', function()
    -- Same line as the edit, 29 characters further right than before it: incremental sync must be right.
    local text = hover_text(bufnr, client_id, 'Iraqi Ministry of Defense')
    assert(text:find('Iraqi Ministry', 1, true), text)
    local uri = vim.uri_from_bufnr(bufnr)
    local actions = request(bufnr, client_id, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = { start = position_of(bufnr, 'Thursday'), ['end'] = position_of(bufnr, 'Thursday', 8) },
      context = { diagnostics = {} },
    }) or {}
    for _, a in ipairs(actions) do
      assert(not a.title:find('Insert the resolved date', 1, true), 'still offered after it was applied: ' .. a.title)
    end
  end)

  check('UTF-16 positions: hover and a code action after accents and emoji', function()
    vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/zurich-talks.news'))
    local zurich = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(zurich, client_id)
    assert(vim.wait(10000, function() return hover_text(zurich, client_id, 'Thursday'):find('13 November 2025', 1, true) ~= nil end, 50),
      'hover: ' .. hover_text(zurich, client_id, 'Thursday'))
    local offered, pos = pick_code_action(zurich, 'Thursday', 'Insert the resolved date')
    local changed = vim.wait(5000, function()
      local line = vim.api.nvim_buf_get_lines(zurich, pos.line, pos.line + 1, false)[1]
      return line:find('met on Thursday (Thursday 13 November 2025) in Zürich', 1, true) ~= nil
    end, 20)
    assert(changed, 'line: ' .. vim.api.nvim_buf_get_lines(zurich, pos.line, pos.line + 1, false)[1] .. '; offered: ' .. table.concat(offered, ' | '))
  end)
end)
if not ok then
  results.failures = results.failures + 1
  table.insert(results.failed, { title = 'setup', error = tostring(err) })
  say('  ✘ setup: ' .. tostring(err))
end
finish()
