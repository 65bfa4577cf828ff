## Dates, written out in full. The core passes numbers; this file decides the words and their order.

# Variables:
#   $weekday (Number) - day of the week, 1 = Monday … 7 = Sunday.
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-long = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    } { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

# Variables:
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-short = { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Entering a date: day, month by name and year, in the order locale.toml gives

# Variables:
#   $month (Number) - month, 1 = January … 12 = December.
month-name = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
date-entry-day = Jour
date-entry-month = Mois
date-entry-year = Année
date-entry-clear = Effacer cette date
