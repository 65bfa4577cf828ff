## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; INA §208(a)(2)(B).

date-entered-label = Date de votre entrée au Mexique
date-filed-label = Date de votre demande d'asile auprès de la { -comar }
date-extended-label = Date de l'avis de la { -comar } qui prolonge le délai de décision
date-notified-label = Date où on vous a notifié le refus de votre demande d'asile
date-tvrh-issued-label = Date où vous avez reçu votre carte de visiteur (TVRH)
date-us-arrival-label = Date de votre dernière arrivée aux États-Unis
date-signing-day-label = Votre jour de signature chaque semaine

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
deadline-comar-advice = Vous avez 30 jours ouvrables à partir du jour ouvrable qui suit votre entrée. N'attendez pas le dernier jour.
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
deadline-signing-advice = Allez signer chaque semaine, le jour prévu. Si vous n'y allez pas, votre demande peut être considérée comme abandonnée.

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
deadline-signing-today = Aujourd'hui, c'est votre jour de signature.
deadline-tvrh-remind = Il reste moins de 30 jours : demandez le renouvellement maintenant.
deadline-early-note = Les dates sont calculées pour ne jamais tomber après la vraie date. En cas de doute, faites la démarche plus tôt.
