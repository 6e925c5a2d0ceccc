-- A bare Neovim for the end-to-end test: no plugins, no swap files, plan files known as `payplan`.
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'
vim.cmd('autocmd BufRead,BufNewFile *.payplan setfiletype payplan')
