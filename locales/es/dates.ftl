## Dates, written out in full. The core passes numbers; this file decides the words and their order.

# Variables:
#   $weekday (Number) - day of the week, 1 = Monday … 7 = Sunday.
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-long = { $weekday ->
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
        [6] sábado
       *[7] domingo
    } { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

# Variables:
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-short = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Entering a date: day, month by name and year, in the order locale.toml gives

# Variables:
#   $month (Number) - month, 1 = January … 12 = December.
month-name = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
date-entry-day = Día
date-entry-month = Mes
date-entry-year = Año
date-entry-clear = Borrar esta fecha
