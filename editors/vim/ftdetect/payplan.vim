" payplan plan files (https://payplan.dev): *.payplan
autocmd BufRead,BufNewFile *.payplan setfiletype payplan
