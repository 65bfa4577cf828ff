## Guide topic: about this guide.
## What the guide is and is not; free legal help from the UNHCR Mexico help page (11 March 2026)
## and the organizations in the help topic.

notice-title = À propos de ce guide
notice-summary = Ce qu'est ce guide, ce qu'il n'est pas, et où demander une aide juridique gratuite.
notice-intro = { -brand-name } vous explique l'asile au Mexique et aux États-Unis. Ainsi, vous pouvez décider avec plus d'informations.
notice-not-advice = Ce guide donne des informations, mais ce n'est pas un conseil juridique. Il ne remplace pas un avocat ou une avocate.
notice-changes = Les règles changent, surtout aux États-Unis en 2025 et 2026. Avant de décider, vérifiez les points les plus importants.
notice-sources = Chaque thème indique ses sources et la date de leur dernière vérification.
notice-no-promise = Ce guide ne peut vous promettre aucun résultat. Chaque cas est décidé séparément.
notice-legal-help = Pour votre cas, demandez une aide juridique gratuite. Adressez-vous au { -unhcr } (l'agence des Nations unies pour les réfugiés) ou à une association d'aide juridique. Consultez le thème « Où trouver de l'aide ».
notice-offline = { -brand-name } fonctionne sans internet et n'envoie rien nulle part. Ce que vous notez reste sur cet appareil.
notice-kind = Prenez votre temps. Vous pouvez revenir à ce guide chaque fois que vous en avez besoin.
