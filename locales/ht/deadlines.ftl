## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; INA §208(a)(2)(B).

date-entered-label = Dat ou antre nan Meksik
date-filed-label = Dat ou te prezante demann ou bay { -comar }
date-extended-label = Dat { -comar } te di w li pwolonje delè pou l pran desizyon an
date-notified-label = Dat yo te fè w konnen yo refize ba ou azil
date-tvrh-issued-label = Dat yo te ba ou kat vizitè ou (TVRH)
date-us-arrival-label = Dènye dat ou te rive Etazini
date-signing-day-label = Jou ou dwe siyen chak semèn

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
deadline-comar-advice = Ou gen 30 jou ouvrab. Yo kòmanse konte nan jou ouvrab ki vini apre jou ou antre a. Pa tann dènye jou a.
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
deadline-signing-advice = Ale siyen chak semèn, nan jou pa w la. Si ou pa ale, yo ka konsidere ou abandone demann ou.

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
deadline-signing-today = Jodi a se jou pou w al siyen.
deadline-tvrh-remind = Rete mwens pase 30 jou: mande renouvèlman an kounye a.
deadline-early-note = Nou kalkile dat yo pou yo pa janm pi ta pase vrè dat la. Si ou gen dout, fè demach la pi bonè.
