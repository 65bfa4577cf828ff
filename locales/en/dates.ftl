## Dates, written out in full. The core passes numbers; this file decides the words and their order.

# Variables:
#   $weekday (Number) - day of the week, 1 = Monday … 7 = Sunday.
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-long = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# Variables:
#   $day (Number) - day of the month, 1–31.
#   $month (Number) - month, 1 = January … 12 = December.
#   $year (Number) - year, for example 2026.
date-short = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Entering a date: day, month by name and year, in the order locale.toml gives

# Variables:
#   $month (Number) - month, 1 = January … 12 = December.
month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
date-entry-day = Day
date-entry-month = Month
date-entry-year = Year
date-entry-clear = Clear this date
