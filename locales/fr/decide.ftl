## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333); EO 14159, EO 14165; DHS on MPP (21-01-2025); INA §208;
## LRPCAP arts. 6, 12, 13, 20, 24, 48, 49, 51; Ley de Migración arts. 52, 74; LGDNNA arts. 89-98;
## COMAR figures for 2024 (EFE, 11-01-2025); TRAC (FY2024).

decide-title = Nous vous aidons à décider
decide-summary = 6 questions pour trouver les parties du guide les plus utiles pour vous.
decide-intro = Répondez à 6 questions courtes. Nous vous dirons quoi lire en premier. Ce n'est pas un conseil juridique, et nous ne gardons pas vos réponses.
decide-start = Commencer
# Variables:
#   $current (Number) - the number of this question.
#   $total (Number) - how many questions there are.
decide-progress = Question { $current } sur { $total }
decide-result-title = Ce qu'il est utile de savoir
# Variables:
#   $date (String) - the date the rules were checked, written out.
decide-policy-date = Règles vérifiées le { $date }.
decide-result-note = Ce sont des informations générales pour votre situation, pas une décision. Chaque cas est différent. Parlez à une association d'aide juridique gratuite.
decide-reasons = Pourquoi
decide-again = Répondre à nouveau

## The six questions

decide-q-us-entry = Pouvez-vous entrer légalement aux États-Unis pour demander l'asile ?
decide-q-us-entry-no = Non. Je suis au Mexique ou à la frontière.
decide-q-us-entry-visa = Oui. J'ai un visa ou un autre permis d'entrée.
decide-q-us-entry-inside = Je suis déjà aux États-Unis.
decide-q-us-entry-mpp = On m'a renvoyé au Mexique avec le MPP (« Rester au Mexique ») pour attendre mon audience.
decide-q-support = Avez-vous de la famille ou des soutiens dans l'un des deux pays ?
decide-q-support-mexico = Au Mexique
decide-q-support-us = Aux États-Unis
decide-q-support-both = Dans les deux pays
decide-q-support-none = Dans aucun des deux
decide-q-wait = Pouvez-vous attendre une réponse longtemps, peut-être plus d'un an ?
decide-q-wait-yes = Oui, je peux attendre.
decide-q-wait-no = Non, j'ai besoin d'une solution rapide.
decide-q-wait-unsure = Je ne sais pas.
decide-q-protection = L'une de ces situations est-elle la vôtre ?
decide-q-protection-family-children = Je voyage avec mes enfants, ou avec d'autres enfants.
decide-q-protection-unaccompanied = J'ai moins de 18 ans et je voyage sans mes parents.
decide-q-protection-violence = J'ai subi la traite ou des violences.
decide-q-protection-none = Aucune de ces situations.
decide-q-nationality = De quel pays êtes-vous ?
# Proper name: a country.
decide-q-nationality-honduras = Honduras
# Proper name: a country.
decide-q-nationality-cuba = Cuba
decide-q-nationality-haiti = Haïti
decide-q-nationality-el-salvador = Salvador
# Proper name: a country.
decide-q-nationality-venezuela = Venezuela
# Proper name: a country.
decide-q-nationality-guatemala = Guatemala
decide-q-nationality-colombia = Colombie
decide-q-nationality-mexico = Mexique
decide-q-nationality-other = Un autre pays
decide-q-settle = Si on vous reconnaît le statut de réfugié, aimeriez-vous vivre au Mexique ?
decide-q-settle-yes = Oui, j'aimerais bien.
decide-q-settle-no = Non, je ne voudrais pas.
decide-q-settle-unsure = Je ne sais pas encore

## Advice, one block per circumstance

decide-a-border-closed-title = Vous êtes au Mexique ou à la frontière
decide-a-border-closed-text = Aujourd'hui, il est presque impossible de demander l'asile à la frontière sud des États-Unis. Le Mexique est l'option réaliste.
decide-a-border-closed-reason-1 = Depuis le 20 janvier 2025, une proclamation du président suspend l'asile à la frontière sud. Elle est contestée devant les tribunaux. On ne sait pas ce qui s'applique aujourd'hui.
decide-a-border-closed-reason-2 = Les rendez-vous de l'application CBP One ont pris fin le 20 janvier 2025.
decide-a-border-closed-reason-3 = Au Mexique, demandez l'asile à la { -comar } dans les 30 jours ouvrables après votre entrée. S'ils sont passés, faites la demande quand même.

decide-a-mexican-national-title = Vous venez du Mexique
decide-a-mexican-national-text = La { -comar } protège seulement les personnes étrangères. Vous fuyez un danger au Mexique ? Alors la voie est de demander l'asile dans un autre pays.
decide-a-mexican-national-reason-1 = Pour demander l'asile au Mexique, il faut être une personne étrangère.
decide-a-mexican-national-reason-2 = Année fiscale 2024 : les juges de l'immigration des États-Unis ont accordé l'asile à 16,6 % des Mexicains.
decide-a-mexican-national-reason-3 = Les règles à la frontière des États-Unis ont changé en 2025. Parlez à une association d'aide juridique avant de faire des projets.

decide-a-visa-title = Vous pouvez entrer légalement aux États-Unis
decide-a-visa-text = Si vous entrez avec un permis, vous pourrez peut-être demander l'asile sur place. Cherchez une aide juridique avant de voyager.
decide-a-visa-reason-1 = Une fois dans le pays, vous avez 1 an après votre dernière arrivée pour demander l'asile. Il y a quelques exceptions.
decide-a-visa-reason-2 = Le formulaire I-589 se remplit en anglais. Il coûte 100 dollars, plus 100 dollars par année d'attente.
decide-a-visa-reason-3 = Les règles des États-Unis ont beaucoup changé en 2025 et peuvent encore changer.

decide-a-inside-us-title = Vous êtes déjà aux États-Unis
decide-a-inside-us-text = Vous pouvez peut-être encore demander l'asile. Cherchez une aide juridique le plus tôt possible.
decide-a-inside-us-reason-1 = Vous avez 1 an après votre dernière arrivée pour demander l'asile, avec quelques exceptions.
decide-a-inside-us-reason-2 = Depuis 2025, l'expulsion accélérée (expedited removal) s'applique à plus de personnes.
decide-a-inside-us-reason-3 = La limite de 1 an ne s'applique pas aux autres protections. Par exemple, la suspension de l'expulsion ou la protection contre la torture.

decide-a-mpp-title = On vous a renvoyé au Mexique avec le MPP
decide-a-mpp-text = Continuez à aller à vos audiences aux États-Unis. Pensez aussi à demander l'asile au Mexique, comme solution de secours.
decide-a-mpp-reason-1 = Le MPP (programme « Rester au Mexique ») a repris le 21 janvier 2025. Mais on ne sait pas bien comment il fonctionne aujourd'hui.
decide-a-mpp-reason-2 = Vous pouvez demander l'asile au Mexique : vous avez 30 jours ouvrables après votre entrée. S'ils sont passés, faites la demande quand même et expliquez pourquoi.
decide-a-mpp-reason-3 = N'utilisez pas la ligne téléphonique de 2021 pour le MPP : elle ne sert plus.

decide-a-family-children-title = Vous voyagez avec des enfants
decide-a-family-children-text = Pour les familles avec enfants, le Mexique est aujourd'hui l'option la plus réaliste. Les enfants ont des protections particulières.
decide-a-family-children-reason-1 = Les règles de 2025 à la frontière des États-Unis ne font aucune exception pour les enfants.
decide-a-family-children-reason-2 = La loi mexicaine dit que les enfants ne doivent jamais être enfermés dans une estación migratoria.
decide-a-family-children-reason-3 = Chaque enfant reçoit sa propre constancia (papier qui prouve la demande). Il reçoit aussi une carte de visiteur gratuite, sans documents à fournir.

decide-a-unaccompanied-title = Vous avez moins de 18 ans et vous voyagez sans vos parents
decide-a-unaccompanied-text = Au Mexique, la loi vous donne une protection particulière. Demandez de l'aide au DIF (service public de protection de la famille) ou au { -unhcr }.
decide-a-unaccompanied-reason-1 = Les autorités doivent prévenir tout de suite la Procuraduría de Protección. C'est le service de protection de l'enfance. Elle décide ce qui est le mieux pour vous.
decide-a-unaccompanied-reason-2 = Vous avez droit à un interprète et à un avocat ou une avocate. Et à quelqu'un qui vous représente. Tout est gratuit.
decide-a-unaccompanied-reason-3 = La loi dit qu'on ne doit pas vous enfermer dans une estación migratoria. On doit vous loger à part des adultes.

decide-a-violence-title = Vous avez subi la traite ou des violences
decide-a-violence-text = Vous pouvez demander une protection au Mexique. Cherchez du soutien auprès d'une association ou du { -unhcr }.
decide-a-violence-reason-1 = Au Mexique, la violence liée au genre peut être un motif d'asile. La violence généralisée aussi.
decide-a-violence-reason-2 = Vos données sont confidentielles. Si vous êtes une personne vulnérable, vous pouvez recevoir de l'aide.
decide-a-violence-reason-3 = Les règles de 2025 à la frontière des États-Unis ne font aucune exception pour les victimes.

decide-a-support-mexico-title = Vous avez de la famille ou du soutien au Mexique
decide-a-support-mexico-text = Cela peut vous aider à commencer plus facilement une nouvelle vie au Mexique.
decide-a-support-mexico-reason-1 = Avec la carte de visiteur (TVRH), vous pouvez travailler pendant l'attente.
decide-a-support-mexico-reason-2 = Si votre demande est acceptée, vous obtenez la résidence permanente.

decide-a-support-us-title = Vous avez de la famille ou du soutien aux États-Unis
decide-a-support-us-text = Avoir de la famille là-bas ne change pas les règles de 2025 à la frontière. Demandez à une association d'aide juridique quelles sont vos options.
decide-a-support-us-reason-1 = Une demande d'asile aux États-Unis peut inclure votre époux ou épouse. Et vos enfants non mariés de moins de 21 ans.
decide-a-support-us-reason-2 = Les règles des États-Unis ont changé en 2025 et peuvent encore changer.

decide-a-cannot-wait-title = Vous avez besoin d'une solution rapide
decide-a-cannot-wait-text = Dans les deux pays, l'attente est longue. Au Mexique, au moins, vous pouvez travailler pendant l'attente.
decide-a-cannot-wait-reason-1 = La loi donne 45 jours ouvrables à la { -comar } pour décider. Mais beaucoup de personnes attendent bien plus longtemps.
decide-a-cannot-wait-reason-2 = Avec la carte de visiteur (TVRH), vous pouvez travailler légalement au Mexique.

decide-a-nationality-title = Votre nationalité
decide-a-nationality-text = Chaque cas est décidé séparément, pas seulement selon le pays. Personne ne peut vous promettre un résultat.
decide-a-nationality-reason-1 = En 2024, la { -comar } a décidé 33 844 dossiers. La réponse a été positive dans 74 % des cas.
decide-a-nationality-reason-2 = En 2024, les demandeurs d'asile au Mexique venaient surtout du Honduras, de Cuba et d'Haïti.

decide-a-settle-yes-title = Vous voulez rester au Mexique
decide-a-settle-yes-text = Si votre demande est acceptée, vous obtenez la résidence permanente. Vous pouvez alors vivre où vous voulez au Mexique.
decide-a-settle-yes-reason-1 = Vous devez seulement signaler chaque changement d'adresse.
decide-a-settle-yes-reason-2 = Un Programme d'intégration locale aide certains réfugiés à trouver du travail et à déménager.

decide-a-settle-undecided-title = Vous hésitez à rester au Mexique
decide-a-settle-undecided-text = Demander l'asile au Mexique vous protège pendant que vous décidez. Parlez de vos projets avec une association d'aide juridique.
decide-a-settle-undecided-reason-1 = Dès votre demande, le Mexique ne peut pas vous renvoyer là où vous êtes en danger.
decide-a-settle-undecided-reason-2 = Si vous êtes réfugié, un voyage dans votre pays peut vous faire perdre la protection.

decide-a-legal-help-title = Cherchez une aide juridique gratuite
decide-a-legal-help-text = Ce guide informe, mais il ne connaît pas votre cas. Une personne spécialisée peut vous aider gratuitement.
decide-a-legal-help-reason-1 = Le { -unhcr } et plusieurs associations offrent une aide juridique gratuite.
decide-a-legal-help-reason-2 = Les règles changent souvent, surtout aux États-Unis.

## Errors of the decision helper

# Variables:
#   $question (String) - the question's key as typed.
error-decide-unknown-question = La question « { $question } » n'existe pas.
# Variables:
#   $question (String) - the question's key.
#   $answer (String) - the answer as typed.
#   $answers (String) - the possible answers, separated by commas.
error-decide-unknown-answer = « { $answer } » n'est pas une réponse à la question « { $question } ». Réponses possibles : { $answers }.
# Variables:
#   $question (String) - the question's key.
error-decide-missing = La question « { $question } » n'a pas encore de réponse.
