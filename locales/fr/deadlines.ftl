## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; LFPCA arts. 13, 74;
## Ley de Amparo arts. 17, 19, 20; INA §208(a)(2)(B).

date-entered-label = Date de votre entrée au Mexique
date-filed-label = Date de votre demande d'asile auprès de la { -comar }
date-extended-label = Date de l'avis de la { -comar } qui prolonge le délai de décision
date-notified-label = Date où on vous a notifié le refus de votre demande d'asile
date-tvrh-issued-label = Date où vous avez reçu votre carte de visiteur (TVRH)
date-us-arrival-label = Date de votre dernière arrivée aux États-Unis
date-could-apply-label = Jour où vous avez pu demander l'asile pour la première fois (si c'était après votre entrée)
date-could-apply-hint = Remplissez ce champ seulement si vous n'avez pas pu demander l'asile en arrivant. Par exemple : un enlèvement, un séjour à l'hôpital ou une détention. Si le danger a commencé quand vous étiez déjà au Mexique, écrivez le jour où vous l'avez appris. Les 30 jours ouvrables se comptent alors à partir de ce jour.
date-signing-next-label = Date de votre prochaine signature
date-signing-next-hint = Écrivez la date exacte que votre bureau de la { -comar } ou de l'{ -inm } vous a donnée. Chaque bureau donne des dates différentes : { -brand-name } ne la calcule donc pas.

# Variables:
#   $weekday (Number) - 1 = Monday … 7 = Sunday.
weekday-name = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }

deadline-comar-title = Dernier jour pour demander l'asile auprès de la { -comar }
deadline-comar-passed = Le délai de 30 jours ouvrables est passé. Vous pouvez encore demander l'asile : expliquez pourquoi vous n'avez pas pu le faire avant. Cherchez une aide juridique gratuite.
deadline-appeal-title = Dernier jour pour faire appel (recurso de revisión)
deadline-appeal-advice = Vous avez 15 jours ouvrables à partir du jour où on vous a notifié la décision. Cherchez une aide juridique gratuite dès maintenant.
deadline-appeal-passed = Le délai pour le recurso de revisión est passé. D'autres voies devant les tribunaux sont peut-être encore possibles. Cherchez une aide juridique gratuite le plus tôt possible.
deadline-decision-title = Date à laquelle la { -comar } devrait décider
deadline-decision-extended-title = Date de décision si la { -comar } a prolongé le délai
deadline-decision-advice = La loi donne 45 jours ouvrables, et la { -comar } peut prolonger ce délai une fois. En pratique, beaucoup de personnes attendent plus longtemps.
deadline-decision-passed = La date est passée et il n'y a pas de décision. C'est fréquent. Continuez à aller signer. Demandez où en est votre dossier à la { -comar } ou à une association d'aide juridique.
deadline-tvrh-title = Votre carte de visiteur (TVRH) expire
deadline-tvrh-advice = En général, elle est valable 1 an. Demandez son renouvellement à l'{ -inm } avant qu'elle expire.
deadline-tvrh-passed = Votre carte a expiré. Allez à l'{ -inm } le plus tôt possible pour la renouveler. Apportez votre constancia (le papier qui prouve votre demande d'asile).
deadline-us-one-year-title = Limite de 1 an pour demander l'asile aux États-Unis
deadline-us-one-year-advice = Elle se compte à partir de votre dernière arrivée. Déposez votre demande bien avant cette date.
deadline-us-one-year-passed = L'année est passée. Il existe des exceptions, et cette limite ne s'applique pas aux autres protections. Cherchez une aide juridique tout de suite.
deadline-signing-title = Votre prochaine signature

## How much time is left

# Variables:
#   $business (Number) - business days left, counting the last day.
#   $calendar (Number) - calendar days left, counting the last day.
deadline-left-business = { $business ->
        [one] Il reste { $business } jour ouvrable
       *[other] Il reste { $business } jours ouvrables
    } ({ $calendar ->
        [one] { $calendar } jour en tout
       *[other] { $calendar } jours en tout
    }).
# Variables:
#   $calendar (Number) - calendar days left.
deadline-left-calendar = { $calendar ->
        [one] Il reste { $calendar } jour.
       *[other] Il reste { $calendar } jours.
    }
deadline-today = Aujourd'hui, c'est le dernier jour.
# Variables:
#   $calendar (Number) - calendar days since the last day.
deadline-passed-ago = { $calendar ->
        [one] Le délai a pris fin hier.
       *[other] Le délai a pris fin il y a { $calendar } jours.
    }
deadline-tvrh-remind = Il reste moins de 30 jours : demandez le renouvellement maintenant.

## What a deadline says besides its last day

deadline-comar-advice-30 = Vous avez 30 jours ouvrables pour demander l'asile. N'attendez pas le dernier jour : allez-y le plus tôt possible.
# Variables:
#   $date (String) - the date the count starts after, written out.
deadline-counted-after = Compté à partir du jour ouvrable qui suit le { $date }.
# Variables:
#   $date (String) - the date the count starts from, written out.
deadline-counted-from = Compté à partir du { $date }.
# Variables:
#   $date (String) - the day the person could first apply, written out.
deadline-counted-from-could-apply = Compté à partir du { $date }, le jour où vous avez pu demander l'asile. Ce jour compte aussi.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-comar = Selon les jours fériés que compte la { -comar }, le dernier jour légal peut aller jusqu'au { $date }. N'attendez pas cette date.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-court = Selon les jours fériés que compte le tribunal, le dernier jour légal peut aller jusqu'au { $date }. N'attendez pas cette date.
deadline-safe-note = Chaque délai montre d'abord le dernier jour sûr. Si vous agissez au plus tard ce jour-là, vous êtes dans les délais selon toute lecture de la loi. Agissez le plus tôt possible.

## Once the safe last day has passed, before the latest possible one

deadline-today-safe = Aujourd'hui, c'est le dernier jour sûr.
# Variables:
#   $calendar (Number) - calendar days since the safe last day.
deadline-safe-passed-ago = { $calendar ->
        [one] Le dernier jour sûr était hier.
       *[other] Le dernier jour sûr était il y a { $calendar } jours.
    }
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-comar-safe-passed = Vous êtes peut-être encore dans les délais : selon les jours fériés que compte la { -comar }, le délai peut aller jusqu'au { $latest }. Allez à la { -comar } aujourd'hui même. S'il est trop tard, vous pouvez encore demander l'asile en expliquant pourquoi.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-appeal-safe-passed = Vous êtes peut-être encore dans les délais : selon les jours fériés comptés, le délai peut aller jusqu'au { $latest }. Déposez votre recours aujourd'hui même et cherchez une aide juridique gratuite aujourd'hui.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-decision-safe-passed = Selon les jours fériés que compte la { -comar }, la loi lui donne jusqu'au { $latest } pour décider. Continuez à aller signer à vos dates.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-court-safe-passed = Vous êtes peut-être encore dans les délais : selon les jours fériés que compte le tribunal, le délai peut aller jusqu'au { $latest }. Cherchez une aide juridique aujourd'hui même.

## Court deadlines after a refusal (LFPCA arts. 13, 74; Ley de Amparo arts. 17, 19, 20)

deadline-nulidad-title = Dernier jour pour demander à un tribunal d'annuler le refus (juicio de nulidad)
deadline-amparo-title = Dernier jour pour demander un amparo à un juge fédéral
deadline-court-advice = Le délai se compte en jours ouvrables à partir de la notification du refus. Cherchez une aide juridique aujourd'hui : préparer la demande prend du temps.
deadline-court-lawyer = C'est un avocat ou une avocate qui doit déposer cette demande. Cherchez une aide juridique aujourd'hui même.
deadline-amparo-any-time = Contre une expulsion ou un danger pour votre vie, un amparo peut être déposé à tout moment, n'importe quel jour, à n'importe quelle heure.
deadline-court-passed = Le délai pour ce recours est passé. Cherchez une aide juridique gratuite le plus tôt possible : d'autres voies existent peut-être.
deadline-amparo-passed = Les 15 jours sont passés. Contre une expulsion ou un danger pour votre vie, un amparo peut encore être déposé à tout moment. Cherchez une aide juridique aujourd'hui même.

## The next signing: the date the office gave, as the person wrote it

deadline-signing-given-advice = C'est la date que votre bureau vous a donnée. Si vous n'allez pas signer, votre demande peut être considérée comme abandonnée.
deadline-signing-passed = Cette date est passée. Écrivez la prochaine date que votre bureau vous a donnée. Si vous n'avez pas pu aller signer, allez à votre bureau le plus tôt possible et cherchez une aide juridique.
deadline-signing-today-entered = Aujourd'hui, c'est la date de signature que vous avez notée.
# Variables:
#   $calendar (Number) - calendar days since that date.
deadline-signing-passed-ago = { $calendar ->
        [one] Cette date était hier.
       *[other] Cette date était il y a { $calendar } jours.
    }
deadline-signing-needs-date = Il manque la date de votre prochaine signature.
deadline-signing-ask-date = Écrivez la date exacte que votre bureau vous a donnée. { -brand-name } ne la calcule pas, car chaque bureau donne des dates différentes.
# Variables:
#   $weekday (String) - the day of the week, written out.
#   $number (Number) - that day, 1 = Monday … 7 = Sunday.
deadline-signing-every-weekday = Vous avez noté que vous signez chaque { $weekday }.
# Variables:
#   $days (Number) - days between two signings.
deadline-signing-every-days = { $days ->
        [one] Vous avez noté que vous signez tous les jours.
       *[other] Vous avez noté que vous signez tous les { $days } jours.
    }
signing-frequency-heading = À quelle fréquence vous devez signer
signing-frequency-hint = Seulement si votre bureau vous l'a dit. C'est un simple rappel. Votre prochaine signature est toujours la date que vous écrivez.
signing-weekday-label = Jour de la semaine
signing-every-days-label = Ou : nombre de jours entre deux signatures
