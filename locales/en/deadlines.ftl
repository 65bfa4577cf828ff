## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; INA §208(a)(2)(B).

date-entered-label = Date you entered Mexico
date-filed-label = Date you made your claim with { -comar }
date-extended-label = Date { -comar } told you it is extending the decision deadline
date-notified-label = Date you were told your claim was refused
date-tvrh-issued-label = Date you got your visitor card (TVRH)
date-us-arrival-label = Date you last arrived in the United States
date-signing-day-label = Your signing day each week

# Variables:
#   $weekday (Number) - 1 = Monday … 7 = Sunday.
weekday-name = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }

deadline-comar-title = Last day to apply for asylum with { -comar }
deadline-comar-advice = You have 30 business days from the business day after you entered. Do not wait for the last day.
deadline-comar-passed = The 30 business days have passed. You can still apply: explain why you could not apply sooner. Get free legal help.
deadline-appeal-title = Last day to appeal (recurso de revisión)
deadline-appeal-advice = You have 15 business days from the day you were told. Get free legal help now.
deadline-appeal-passed = The time for the recurso de revisión has passed. There may still be ways through the courts. Get free legal help as soon as you can.
deadline-decision-title = Date { -comar } should decide
deadline-decision-extended-title = Decision date if { -comar } extended the deadline
deadline-decision-advice = The law gives 45 business days, and { -comar } can extend this once. In practice many people wait longer.
deadline-decision-passed = The date has passed with no decision. This is common. Keep signing, and ask about your case at { -comar } or a legal aid organization.
deadline-tvrh-title = Your visitor card (TVRH) expires
deadline-tvrh-advice = It is usually valid for 1 year. Ask the { -inm } to renew it before it expires.
deadline-tvrh-passed = Your card has expired. Go to the { -inm } as soon as you can to renew it. Take your constancia.
deadline-us-one-year-title = One-year limit to apply for asylum in the United States
deadline-us-one-year-advice = It counts from your last arrival. File your claim well before this date.
deadline-us-one-year-passed = The year has passed. There are exceptions, and this limit does not apply to other protections. Get legal help at once.
deadline-signing-title = Your next signing
deadline-signing-advice = Go and sign every week on your day. If you miss it, your claim may be treated as abandoned.

## How much time is left

# Variables:
#   $business (Number) - business days left, counting the last day.
#   $calendar (Number) - calendar days left, counting the last day.
deadline-left-business = { $business ->
        [one] 1 business day left
       *[other] { $business } business days left
    } ({ $calendar ->
        [one] 1 day in all
       *[other] { $calendar } days in all
    }).
# Variables:
#   $calendar (Number) - calendar days left.
deadline-left-calendar = { $calendar ->
        [one] 1 day left.
       *[other] { $calendar } days left.
    }
deadline-today = Today is the last day.
# Variables:
#   $calendar (Number) - calendar days since the last day.
deadline-passed-ago = { $calendar ->
        [one] The deadline ended yesterday.
       *[other] The deadline ended { $calendar } days ago.
    }
deadline-signing-today = Today is your signing day.
deadline-tvrh-remind = Less than 30 days left: ask for the renewal now.
deadline-early-note = Dates are worked out so that they are never later than the real ones. If in doubt, act sooner.
