## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; LFPCA arts. 13, 74;
## Ley de Amparo arts. 17, 19, 20; INA §208(a)(2)(B).

date-entered-label = Dat ou antre nan Meksik
date-filed-label = Dat ou te prezante demann ou bay { -comar }
date-extended-label = Dat { -comar } te di w li pwolonje delè pou l pran desizyon an
date-notified-label = Dat yo te fè w konnen yo refize ba ou azil
date-tvrh-issued-label = Dat yo te ba ou kat vizitè ou (TVRH)
date-us-arrival-label = Dènye dat ou te rive Etazini
date-could-apply-label = Premye jou ou te kapab mande azil (si se te apre ou fin antre)
date-could-apply-hint = Ekri dat sa a sèlman si ou pa t kapab mande azil lè ou te rive. Pa egzanp: yo te kidnape w, ou te lopital, oswa yo te arete w. Si danje a te kòmanse lè ou te deja nan Meksik, ekri jou ou te aprann sa. Lè sa a, 30 jou ouvrab (jou travay) yo konte depi jou sa a.
date-signing-next-label = Dat pwochen fwa ou dwe al siyen
date-signing-next-hint = Ekri dat egzak biwo { -comar } oswa biwo { -inm } lan te ba ou. Chak biwo bay dat diferan, se poutèt sa { -brand-name } pa kalkile l.

# Variables:
#   $weekday (Number) - 1 = Monday … 7 = Sunday.
weekday-name = { $weekday ->
        [1] lendi
        [2] madi
        [3] mèkredi
        [4] jedi
        [5] vandredi
        [6] samdi
       *[7] dimanch
    }

deadline-comar-title = Dènye jou pou mande azil nan { -comar }
deadline-comar-passed = Delè 30 jou ouvrab la gentan pase. Ou ka mande azil kanmenm: eksplike poukisa ou pa t kapab fè l pi bonè. Chèche èd legal gratis.
deadline-appeal-title = Dènye jou pou fè apèl (recurso de revisión)
deadline-appeal-advice = Ou gen 15 jou ouvrab depi jou yo te fè w konnen desizyon an. Chèche èd legal gratis kounye a.
deadline-appeal-passed = Delè pou recurso de revisión nan gentan pase. Petèt gen lòt chemen toujou devan tribinal yo. Chèche èd legal gratis pi vit ke ou kapab.
deadline-decision-title = Dat { -comar } ta dwe pran desizyon an
deadline-decision-extended-title = Dat desizyon an si { -comar } te pwolonje delè a
deadline-decision-advice = Lalwa bay 45 jou ouvrab, epi { -comar } ka pwolonje delè sa a yon fwa. An reyalite, anpil moun tann pi lontan.
deadline-decision-passed = Dat la gentan pase, epi poko gen desizyon. Sa rive souvan. Kontinye al siyen. Mande sou ka ou nan { -comar } oswa nan yon òganizasyon ki bay èd legal.
deadline-tvrh-title = Kat vizitè ou (TVRH) ap ekspire
deadline-tvrh-advice = Anjeneral, li valab pou 1 an. Mande { -inm } renouvle l anvan li ekspire.
deadline-tvrh-passed = Kat ou a gentan ekspire. Ale nan { -inm } pi vit ke ou kapab pou renouvle l. Pote constancia ou (papye { -comar } te ba ou a).
deadline-us-one-year-title = Limit 1 an pou mande azil Ozetazini
deadline-us-one-year-advice = Li konte depi dènye fwa ou te rive Etazini. Prezante demann ou lontan anvan dat sa a.
deadline-us-one-year-passed = Ane a gentan pase. Gen eksepsyon, epi limit sa a pa aplike pou lòt pwoteksyon. Chèche èd legal touswit.
deadline-signing-title = Pwochen fwa ou dwe siyen

## How much time is left

# Variables:
#   $business (Number) - business days left, counting the last day.
#   $calendar (Number) - calendar days left, counting the last day.
deadline-left-business = { $business ->
        [one] Rete 1 jou ouvrab
       *[other] Rete { $business } jou ouvrab
    } ({ $calendar ->
        [one] 1 jou an tout
       *[other] { $calendar } jou an tout
    }).
# Variables:
#   $calendar (Number) - calendar days left.
deadline-left-calendar = { $calendar ->
        [one] Rete 1 jou.
       *[other] Rete { $calendar } jou.
    }
deadline-today = Jodi a se dènye jou a.
# Variables:
#   $calendar (Number) - calendar days since the last day.
deadline-passed-ago = { $calendar ->
        [one] Delè a te fini yè.
       *[other] Delè a te fini sa gen { $calendar } jou.
    }
deadline-tvrh-remind = Rete mwens pase 30 jou: mande renouvèlman an kounye a.

## What a deadline says besides its last day

deadline-comar-advice-30 = Ou gen 30 jou ouvrab (jou travay) pou mande azil. Pa tann dènye jou a: ale pi vit ke ou kapab.
# Variables:
#   $date (String) - the date the count starts after, written out.
deadline-counted-after = Yo konte depi jou ouvrab ki vini apre { $date }.
# Variables:
#   $date (String) - the date the count starts from, written out.
deadline-counted-from = Yo konte depi { $date }.
# Variables:
#   $date (String) - the day the person could first apply, written out.
deadline-counted-from-could-apply = Yo konte depi { $date }, jou ou te kapab mande azil la. Jou sa a konte tou.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-comar = Selon ki jou ferye { -comar } konte, dènye jou lalwa bay la ka rive jiska { $date }. Pa tann jou sa a.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-court = Selon ki jou ferye tribinal la konte, dènye jou lalwa bay la ka rive jiska { $date }. Pa tann jou sa a.
deadline-safe-note = Chak delè montre dènye jou ki san risk la an premye. Si ou aji anvan jou sa a fini, ou a lè, kèlkeswa jan yo li lalwa a. Fè demach la pi bonè ke ou kapab.

## Once the safe last day has passed, before the latest possible one

deadline-today-safe = Jodi a se dènye jou ki san risk la.
# Variables:
#   $calendar (Number) - calendar days since the safe last day.
deadline-safe-passed-ago = { $calendar ->
        [one] Dènye jou ki san risk la te yè.
       *[other] Dènye jou ki san risk la te pase sa gen { $calendar } jou.
    }
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-comar-safe-passed = Petèt ou poko an reta: selon ki jou ferye { -comar } konte, delè a ka dire jiska { $latest }. Ale nan { -comar } jodi a menm. Si ou an reta, ou ka mande azil kanmenm epi eksplike poukisa.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-appeal-safe-passed = Petèt ou poko an reta: selon ki jou ferye yo konte, delè a ka dire jiska { $latest }. Prezante apèl ou jodi a menm, epi chèche èd legal gratis jodi a.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-decision-safe-passed = Selon ki jou ferye { -comar } konte, lalwa ba li jiska { $latest } pou l pran desizyon an. Kontinye al siyen nan dat yo ba ou yo.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-court-safe-passed = Petèt ou poko an reta: selon ki jou ferye tribinal la konte, delè a ka dire jiska { $latest }. Chèche èd legal jodi a menm.

## Court deadlines after a refusal (LFPCA arts. 13, 74; Ley de Amparo arts. 17, 19, 20)

deadline-nulidad-title = Dènye jou pou mande yon tribinal anile refi a (juicio de nulidad)
deadline-amparo-title = Dènye jou pou mande yon jij federal yon amparo (pwoteksyon jij la)
deadline-court-advice = Yo konte delè a an jou ouvrab (jou travay), depi jou yo te fè w konnen refi a. Chèche èd legal jodi a: prepare dosye a pran tan.
deadline-court-lawyer = Se yon avoka ki dwe prezante sa a. Ale chèche èd legal jodi a menm.
deadline-amparo-any-time = Si yo vle depòte w oswa si lavi w an danje, yo ka prezante yon amparo nenpòt ki moman, nenpòt ki jou, nenpòt ki lè.
deadline-court-passed = Delè pou ka sa a gentan pase. Chèche èd legal gratis pi vit ke ou kapab: petèt gen lòt chemen.
deadline-amparo-passed = 15 jou yo gentan pase. Si yo vle depòte w oswa si lavi w an danje, yo ka toujou prezante yon amparo nenpòt ki moman. Chèche èd legal jodi a menm.

## The next signing: the date the office gave, as the person wrote it

deadline-signing-given-advice = Se dat biwo a te ba ou. Si ou pa al siyen, yo ka konsidere ou abandone demann ou.
deadline-signing-passed = Dat sa a gentan pase. Ekri pwochen dat biwo a te ba ou. Si ou pa t ka al siyen, ale nan biwo a pi vit ke ou kapab epi chèche èd legal.
deadline-signing-today-entered = Jodi a se dat pou siyen ou te ekri a.
# Variables:
#   $calendar (Number) - calendar days since that date.
deadline-signing-passed-ago = { $calendar ->
        [one] Dat sa a te yè.
       *[other] Dat sa a te pase sa gen { $calendar } jou.
    }
deadline-signing-needs-date = Dat pwochen fwa ou dwe al siyen an manke.
deadline-signing-ask-date = Ekri dat egzak biwo a te ba ou. { -brand-name } pa kalkile l, paske chak biwo bay dat diferan.
# Variables:
#   $weekday (String) - the day of the week, written out.
#   $number (Number) - that day, 1 = Monday … 7 = Sunday.
deadline-signing-every-weekday = Ou te ekri ou siyen chak { $weekday }.
# Variables:
#   $days (Number) - days between two signings.
deadline-signing-every-days = { $days ->
        [one] Ou te ekri ou siyen chak jou.
       *[other] Ou te ekri ou siyen chak { $days } jou.
    }
signing-frequency-heading = Chak konbyen tan ou dwe al siyen
signing-frequency-hint = Sèlman si biwo a te di w sa. Se pou fè w sonje. Pwochen fwa ou dwe siyen se toujou dat ou ekri a.
signing-weekday-label = Jou nan semèn nan
signing-every-days-label = Oswa: chak konbyen jou
