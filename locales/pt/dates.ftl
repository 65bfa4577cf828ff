## Dates, written out in full. The core passes numbers; this file decides the words and their order.

# Variables:
#   $weekday (Number) - day of the week, 1 = Monday … 7 = Sunday.
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-long = { $weekday ->
        [1] segunda-feira
        [2] terça-feira
        [3] quarta-feira
        [4] quinta-feira
        [5] sexta-feira
        [6] sábado
       *[7] domingo
    }, { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

# Variables:
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-short = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

## Entering a date: day, month by name and year, in the order locale.toml gives

# Variables:
#   $month (Number) - month, 1 = January … 12 = December.
month-name = { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
date-entry-day = Dia
date-entry-month = Mês
date-entry-year = Ano
date-entry-clear = Apagar esta data
