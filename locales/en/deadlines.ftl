## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; LFPCA arts. 13, 74;
## Ley de Amparo arts. 17, 19, 20; INA §208(a)(2)(B).

date-entered-label = Date you entered Mexico
date-filed-label = Date you made your claim with { -comar }
date-extended-label = Date { -comar } told you it is extending the decision deadline
date-notified-label = Date you were told your claim was refused
date-tvrh-issued-label = Date you got your visitor card (TVRH)
date-us-arrival-label = Date you last arrived in the United States
date-could-apply-label = Day you could first apply for asylum (if it was after you entered)
date-could-apply-hint = Fill this in only if you could not apply when you arrived. For example: a kidnapping, a hospital stay or detention. If the danger began while you were already in Mexico, write the day you learned of it. The 30 business days then count from that day.
date-signing-next-label = Date of your next signing
date-signing-next-hint = Write the exact date your { -comar } or { -inm } office gave you. Each office gives different dates, so { -brand-name } does not work it out.

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
deadline-tvrh-remind = Less than 30 days left: ask for the renewal now.

## What a deadline says besides its last day

deadline-comar-advice-30 = You have 30 business days to apply for asylum. Do not wait for the last day: go as soon as you can.
# Variables:
#   $date (String) - the date the count starts after, written out.
deadline-counted-after = Counted from the business day after { $date }.
# Variables:
#   $date (String) - the date the count starts from, written out.
deadline-counted-from = Counted from { $date }.
# Variables:
#   $date (String) - the day the person could first apply, written out.
deadline-counted-from-could-apply = Counted from { $date }, the day you could apply. That day counts too.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-comar = Depending on which holidays { -comar } counts, the legal last day may be as late as { $date }. Do not wait for it.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-court = Depending on which holidays the court counts, the legal last day may be as late as { $date }. Do not wait for it.
deadline-safe-note = Each deadline shows the safe last day first. If you act by that day, you are on time under any reading of the law. Act as early as you can.

## Once the safe last day has passed, before the latest possible one

deadline-today-safe = Today is the safe last day.
# Variables:
#   $calendar (Number) - calendar days since the safe last day.
deadline-safe-passed-ago = { $calendar ->
        [one] The safe last day was yesterday.
       *[other] The safe last day was { $calendar } days ago.
    }
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-comar-safe-passed = You may still be on time: depending on which holidays { -comar } counts, the deadline may last until { $latest }. Go to { -comar } today. If you are too late, you can still apply and explain why.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-appeal-safe-passed = You may still be on time: depending on which holidays count, the deadline may last until { $latest }. File your appeal today, and get free legal help today.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-decision-safe-passed = Depending on which holidays { -comar } counts, the law gives it until { $latest } to decide. Keep going to sign on your dates.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-court-safe-passed = You may still be on time: depending on which holidays the court counts, the deadline may last until { $latest }. Get legal help today.

## Court deadlines after a refusal (LFPCA arts. 13, 74; Ley de Amparo arts. 17, 19, 20)

deadline-nulidad-title = Last day to ask a court to cancel the refusal (juicio de nulidad)
deadline-amparo-title = Last day to ask a federal judge for an amparo
deadline-court-advice = It counts in business days from the day you were told of the refusal. Get legal help today: preparing the case takes time.
deadline-court-lawyer = A lawyer must file this. Go to legal help today.
deadline-amparo-any-time = Against a deportation or a danger to your life, an amparo can be filed at any time, on any day, at any hour.
deadline-court-passed = The time for this case has passed. Get free legal help as soon as you can: there may be other ways.
deadline-amparo-passed = The 15 days have passed. Against a deportation or a danger to your life, an amparo can still be filed at any time. Get legal help today.

## The next signing: the date the office gave, as the person wrote it

deadline-signing-given-advice = This is the date your office gave you. If you do not go and sign, your claim may be treated as abandoned.
deadline-signing-passed = That date has passed. Write the next date your office gave you. If you could not go and sign, go to your office as soon as you can and get legal help.
deadline-signing-today-entered = Today is the signing date you wrote down.
# Variables:
#   $calendar (Number) - calendar days since that date.
deadline-signing-passed-ago = { $calendar ->
        [one] That date was yesterday.
       *[other] That date was { $calendar } days ago.
    }
deadline-signing-needs-date = The date of your next signing is missing.
deadline-signing-ask-date = Write the exact date your office gave you. { -brand-name } does not work it out, because each office gives different dates.
# Variables:
#   $weekday (String) - the day of the week, written out.
#   $number (Number) - that day, 1 = Monday … 7 = Sunday.
deadline-signing-every-weekday = You noted that you sign every { $weekday }.
# Variables:
#   $days (Number) - days between two signings.
deadline-signing-every-days = { $days ->
        [one] You noted that you sign every day.
       *[other] You noted that you sign every { $days } days.
    }
signing-frequency-heading = How often you must sign
signing-frequency-hint = Only if your office told you. It is here to remind you. Your next signing is always the date you write.
signing-weekday-label = Day of the week
signing-every-days-label = Or: every how many days
