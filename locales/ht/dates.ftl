## Dates, written out in full. The core passes numbers; this file decides the words and their order.

# Variables:
#   $weekday (Number) - day of the week, 1 = Monday … 7 = Sunday.
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-long = { $weekday ->
        [1] lendi
        [2] madi
        [3] mèkredi
        [4] jedi
        [5] vandredi
        [6] samdi
       *[7] dimanch
    } { $day } { $month ->
        [1] janvye
        [2] fevriye
        [3] mas
        [4] avril
        [5] me
        [6] jen
        [7] jiyè
        [8] out
        [9] septanm
        [10] oktòb
        [11] novanm
       *[12] desanm
    } { $year }

# Variables:
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-short = { $day } { $month ->
        [1] janvye
        [2] fevriye
        [3] mas
        [4] avril
        [5] me
        [6] jen
        [7] jiyè
        [8] out
        [9] septanm
        [10] oktòb
        [11] novanm
       *[12] desanm
    } { $year }

## Entering a date: day, month by name and year, in the order locale.toml gives

# Variables:
#   $month (Number) - month, 1 = January … 12 = December.
month-name = { $month ->
        [1] janvye
        [2] fevriye
        [3] mas
        [4] avril
        [5] me
        [6] jen
        [7] jiyè
        [8] out
        [9] septanm
        [10] oktòb
        [11] novanm
       *[12] desanm
    }
date-entry-day = Jou
date-entry-month = Mwa
date-entry-year = Ane
date-entry-clear = Efase dat sa a
