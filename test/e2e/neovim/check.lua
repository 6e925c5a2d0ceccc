-- Runs inside headless Neovim 0.7 (its built-in LSP client): starts the payplan language server,
-- attaches it to the current buffer, waits for the diagnostics it publishes, asks for a hover, and
-- writes what it received as JSON on stdout. Exits 0 when both arrived, 1 otherwise.
--
-- PAYPLAN_LSP_CMD holds the server command as a JSON list; PAYPLAN_HOVER the hover position as
-- {"line": …, "character": …} (0-based, UTF-16 as LSP counts).

local function finish(ok, payload)
  io.stdout:write(vim.fn.json_encode(payload) .. '\n')
  io.stdout:flush()
  if ok then vim.cmd('qa!') else vim.cmd('cquit 1') end
end

local cmd = vim.fn.json_decode(os.getenv('PAYPLAN_LSP_CMD'))
local hover_at = vim.fn.json_decode(os.getenv('PAYPLAN_HOVER'))
local buf = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'payplan',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
})
if client_id == nil then
  finish(false, { error = 'start_client failed' })
  return
end
vim.lsp.buf_attach_client(buf, client_id)

local got = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
if not got then
  finish(false, { error = 'no diagnostics within 20 s' })
  return
end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, message = d.message, source = d.source,
    code = d.code or lsp.code,
  })
end

local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = hover_at }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
local hover = nil
for _, response in pairs(responses) do
  if response.result then hover = response.result end
end

local client = vim.lsp.get_client_by_id(client_id)
finish(hover ~= nil, {
  diagnostics = diagnostics,
  hover = hover,
  offset_encoding = client and client.offset_encoding or nil,
})
