## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Cir., 24-04-2026); EO 14159,
## EO 14165; DHS on MPP (21-01-2025); INA §208; the annual asylum fee (DHS rule, 28-04-2026);
## leaving the US abandons a pending claim (DHS, 2025-26); LRPCAP arts. 6, 11-13, 20, 24, 48, 49, 51;
## Ley de Migración arts. 52, 74; LGDNNA arts. 89-98; COMAR figures for 2024 (EFE, 11-01-2025);
## TVRH cards issued (2024-2025 reports); TRAC (FY2024); an attorney's article on US claims from Mexico.

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
decide-q-us-entry-mpp = On m'a renvoyé au Mexique avec le programme MPP (« Rester au Mexique ») pour attendre mon audience.
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
# Proper name: a country.
decide-q-nationality-haiti = Haïti
# Proper name: a country.
decide-q-nationality-el-salvador = Salvador
# Proper name: a country.
decide-q-nationality-venezuela = Venezuela
# Proper name: a country.
decide-q-nationality-guatemala = Guatemala
# Proper name: a country.
decide-q-nationality-colombia = Colombie
# Proper name: a country.
decide-q-nationality-mexico = Mexique
decide-q-nationality-other = Un autre pays
decide-q-settle = Si on vous reconnaît le statut de réfugié, aimeriez-vous vivre au Mexique ?
decide-q-settle-yes = Oui, j'aimerais bien.
decide-q-settle-no = Non, je ne voudrais pas.
decide-q-settle-unsure = Je ne sais pas encore

## Advice, one block per circumstance
## Mexico's asylum is only for foreigners (LRPCAP arts. 11, 13): advice for a Mexican national
## never points to the COMAR or to a claim in Mexico. Each acronym is glossed at its first use
## in each card, because a card can be shown without the others.

decide-a-at-border-title = Vous êtes au Mexique ou à la frontière
decide-a-at-border-text = Les règles de l'asile à la frontière sud des États-Unis sont contestées devant les tribunaux. Ce qui s'applique aujourd'hui n'est pas confirmé. Avant d'y aller, demandez à une association d'aide juridique. Au Mexique, vous pouvez demander l'asile.
decide-a-at-border-reason-cbp-one = CBP One (l'application des États-Unis pour prendre rendez-vous à la frontière) ne donne plus de rendez-vous depuis le 20 janvier 2025.
decide-a-at-border-reason-mexico = Au Mexique, vous avez 30 jours ouvrables après votre entrée pour demander l'asile. La demande se fait auprès de la Commission mexicaine d'aide aux réfugiés ({ -comar }). Si ce délai est passé, faites la demande quand même.

decide-a-mexican-national-title = Vous venez du Mexique
decide-a-mexican-national-text = Au Mexique, seules les personnes étrangères peuvent demander l'asile. Vous fuyez un danger au Mexique ? Alors, la voie est de demander une protection dans un autre pays.
decide-a-mexican-national-reason-1 = Pour demander l'asile au Mexique, il faut être une personne étrangère.
decide-a-mexican-national-reason-court-share = Année fiscale 2024 : les juges de l'immigration des États-Unis ont accordé l'asile dans 16,6 % des dossiers de Mexicains qu'ils ont tranchés.
decide-a-mexican-national-reason-border = Les règles de l'asile à la frontière des États-Unis sont contestées devant les tribunaux. Ce qui s'applique aujourd'hui n'est pas confirmé. Parlez à une association d'aide juridique avant de faire des projets.

decide-a-visa-title = Vous pouvez entrer légalement aux États-Unis
decide-a-visa-text = Si vous entrez avec un permis, vous pourrez peut-être demander l'asile sur place. Cherchez une aide juridique avant de voyager.
decide-a-visa-reason-1 = Une fois dans le pays, vous avez 1 an après votre dernière arrivée pour demander l'asile. Il y a quelques exceptions.
decide-a-visa-reason-fees = Le formulaire de demande (I-589) se remplit en anglais et coûte 100 dollars. Tant que la demande est ouverte, il y a des frais chaque année : 102 dollars pour l'année fiscale 2026.
decide-a-visa-reason-3 = Les règles des États-Unis ont beaucoup changé en 2025 et peuvent encore changer.

decide-a-inside-us-title = Vous êtes déjà aux États-Unis
decide-a-inside-us-text = Vous pouvez peut-être encore demander l'asile. Cherchez une aide juridique le plus tôt possible.
decide-a-inside-us-reason-1 = Vous avez 1 an après votre dernière arrivée pour demander l'asile, avec quelques exceptions.
decide-a-inside-us-reason-2 = Depuis 2025, l'expulsion accélérée (expedited removal) s'applique à plus de personnes.
decide-a-inside-us-reason-3 = La limite de 1 an ne s'applique pas aux autres protections. Par exemple, la suspension de l'expulsion ou la protection contre la torture.
decide-a-inside-us-reason-fee = Si vous avez déjà demandé l'asile, payez les frais annuels dans les 30 jours qui suivent l'avis. Sinon, votre demande est rejetée et vous perdez le permis de travail.
decide-a-inside-us-reason-leaving = Si vous quittez les États-Unis pendant que votre dossier est ouvert, on considère que vous l'abandonnez.

decide-a-mpp-title = On vous a renvoyé au Mexique avec le MPP (programme « Rester au Mexique »)
decide-a-mpp-text = Continuez à aller à vos audiences aux États-Unis. Pensez aussi à demander l'asile au Mexique, comme solution de secours.
decide-a-mpp-reason-some = Le MPP a repris le 21 janvier 2025. Avec lui, certaines personnes qui ont un dossier aux États-Unis attendent au Mexique. On ne sait pas bien comment il fonctionne aujourd'hui.
decide-a-mpp-reason-2 = Vous pouvez demander l'asile au Mexique : vous avez 30 jours ouvrables après votre entrée. S'ils sont passés, faites la demande quand même et expliquez pourquoi.
decide-a-mpp-reason-state = Si vous demandez l'asile au Mexique, quitter l'État de votre demande est traité comme un abandon de cette demande. Aller à une audience peut vous obliger à quitter cet État.
decide-a-mpp-reason-travel = Avant de partir pour une audience, parlez à une association d'aide juridique. Vous devez quitter l'État ? Demandez d'abord par écrit à la Commission mexicaine d'aide aux réfugiés ({ -comar }) de continuer votre dossier dans un autre État.

decide-a-us-hearings-title = Vous avez un dossier aux États-Unis
decide-a-us-hearings-text = Continuez à aller à toutes vos audiences aux États-Unis. Notez vos dates et gardez les papiers de votre dossier.
decide-a-us-hearings-reason-help = Avant de partir pour une audience, parlez à une association d'aide juridique.
decide-a-us-hearings-reason-rules = Les règles des États-Unis ont changé en 2025 et en 2026. Elles peuvent encore changer.

decide-a-us-border-rules-title = Les enfants et les victimes à la frontière des États-Unis
decide-a-us-border-rules-text = Le texte de la proclamation de 2025 sur la frontière sud ne fait aucune exception. Pas même pour les enfants ou les victimes de traite ou de violence.

decide-a-family-children-title = Vous voyagez avec des enfants
decide-a-family-children-text-protections = Si vous demandez l'asile au Mexique, les enfants ont des protections particulières.
decide-a-family-children-reason-detention = La loi dit que les enfants ne doivent pas être enfermés dans une estación migratoria (centre de rétention).
decide-a-family-children-reason-law = La loi dit que chaque enfant doit recevoir sa propre constancia (papier qui prouve la demande). Elle dit aussi qu'il doit recevoir une carte de visiteur gratuite, sans documents à fournir. En pratique, peu de cartes sont délivrées.

decide-a-unaccompanied-title = Vous avez moins de 18 ans et vous voyagez sans vos parents
decide-a-unaccompanied-text = Au Mexique, la loi vous donne une protection particulière. Demandez de l'aide au DIF (le service public qui protège les enfants). Vous pouvez aussi la demander au { -unhcr } (l'agence des Nations unies pour les réfugiés).
decide-a-unaccompanied-reason-1 = Les autorités doivent prévenir tout de suite la Procuraduría de Protección. C'est le service de protection de l'enfance. Elle décide ce qui est le mieux pour vous.
decide-a-unaccompanied-reason-2 = Vous avez droit à un interprète et à un avocat ou une avocate. Et à quelqu'un qui vous représente. Tout est gratuit.
decide-a-unaccompanied-reason-detention = La loi dit qu'on ne doit pas vous enfermer dans une estación migratoria (centre de rétention). On doit vous loger à part des adultes.
decide-a-unaccompanied-reason-comar = Si vous avez besoin d'une protection comme réfugié, le DIF vous envoie à la Commission mexicaine d'aide aux réfugiés ({ -comar }).

decide-a-unaccompanied-mexican-text = Vous n'avez pas à décider sans aide. Demandez de l'aide avant de continuer votre voyage.
decide-a-unaccompanied-mexican-reason-dif = Le DIF (le service public qui protège les enfants et les familles au Mexique) peut vous aider.
decide-a-unaccompanied-mexican-reason-legal = Une association d'aide juridique gratuite peut vous expliquer vos options.

decide-a-violence-title = Vous avez subi la traite ou des violences
decide-a-violence-text = Vous pouvez demander une protection au Mexique. Cherchez du soutien auprès d'une association ou du { -unhcr } (l'agence des Nations unies pour les réfugiés).
decide-a-violence-reason-1 = Au Mexique, la violence liée au genre peut être un motif d'asile. La violence généralisée aussi.
decide-a-violence-reason-2 = Vos données sont confidentielles. Si vous êtes une personne vulnérable, vous pouvez recevoir de l'aide.
decide-a-violence-reason-evidence = Gardez dans un lieu sûr les preuves que vous avez, comme des plaintes ou des rapports médicaux.

decide-a-violence-mexican-text = Ce qui vous est arrivé compte. Si vous pensez demander l'asile dans un autre pays, cherchez d'abord une aide juridique gratuite.
decide-a-violence-mexican-reason-grounds = Aux États-Unis, une raison centrale du préjudice doit être l'un des 5 motifs. Par exemple, vos opinions politiques ou votre groupe social.
decide-a-violence-mexican-reason-general = Beaucoup de demandes échouent parce que le préjudice est vu comme de la violence générale. Elle touche beaucoup de gens dans le pays.

decide-a-support-mexico-title = Vous avez de la famille ou du soutien au Mexique
decide-a-support-mexico-text = Cela peut vous aider à commencer plus facilement une nouvelle vie au Mexique.
decide-a-support-mexico-reason-work-scarce = La carte de visiteur pour raisons humanitaires (TVRH) permet de travailler. Mais aujourd'hui, peu de cartes sont remises.
decide-a-support-mexico-reason-2 = Si votre demande est acceptée, vous obtenez la résidence permanente.

decide-a-support-us-title = Vous avez de la famille ou du soutien aux États-Unis
decide-a-support-us-text = Avoir de la famille là-bas ne change pas les règles à la frontière. Demandez à une association d'aide juridique quelles sont vos options.
decide-a-support-us-reason-spouse = Une demande d'asile aux États-Unis peut inclure votre époux ou épouse et vos enfants non mariés de moins de 21 ans. Un partenaire avec qui vous n'êtes pas marié ne peut pas être inclus.
decide-a-support-us-reason-2 = Les règles des États-Unis ont changé en 2025 et peuvent encore changer.

decide-a-cannot-wait-title = Vous avez besoin d'une solution rapide
decide-a-cannot-wait-text-both-long = Dans les deux pays, l'attente est longue. Au Mexique, la carte qui permet de travailler est difficile à obtenir.
decide-a-cannot-wait-reason-1 = La loi donne 45 jours ouvrables à la Commission mexicaine d'aide aux réfugiés ({ -comar }) pour décider. Mais beaucoup de personnes attendent bien plus longtemps.
decide-a-cannot-wait-reason-cards = La carte de visiteur (TVRH) permet de travailler, mais peu de cartes sont remises. Deux rapports en comptent 4 129 au premier semestre 2025.

decide-a-nationality-title = Votre nationalité
decide-a-nationality-text = Chaque cas est décidé séparément, pas seulement selon le pays. Personne ne peut vous promettre un résultat.
decide-a-nationality-reason-1 = En 2024, la Commission mexicaine d'aide aux réfugiés ({ -comar }) a décidé 33 844 dossiers. La réponse a été positive dans 74 % des cas.
decide-a-nationality-reason-2 = En 2024, les demandeurs d'asile au Mexique venaient surtout du Honduras, de Cuba et d'Haïti.

decide-a-settle-yes-title = Vous voulez rester au Mexique
decide-a-settle-yes-text = Si votre demande est acceptée, vous obtenez la résidence permanente. Vous pouvez alors vivre où vous voulez au Mexique.
decide-a-settle-yes-reason-1 = Vous devez seulement signaler chaque changement d'adresse.
decide-a-settle-yes-reason-2 = Un Programme d'intégration locale aide certains réfugiés à trouver du travail et à déménager.

decide-a-settle-undecided-title = Vous hésitez à rester au Mexique
decide-a-settle-undecided-text-conditions = Demander l'asile au Mexique vous protège pendant que vous décidez. Il faut rester dans l'État de votre demande et aller signer. Parlez de vos projets avec une association d'aide juridique.
decide-a-settle-undecided-reason-1 = Dès votre demande, le Mexique ne peut pas vous renvoyer là où vous êtes en danger.
decide-a-settle-undecided-reason-2 = Si vous avez le statut de réfugié ou la protection complémentaire, un voyage dans votre pays peut vous faire perdre cette protection.

decide-a-legal-help-title = Cherchez une aide juridique gratuite
decide-a-legal-help-text = Ce guide informe, mais il ne connaît pas votre cas. Une personne spécialisée peut vous aider gratuitement.
decide-a-legal-help-reason-1 = Le { -unhcr } (l'agence des Nations unies pour les réfugiés) et plusieurs associations offrent une aide juridique gratuite.
decide-a-legal-help-reason-2 = Les règles changent souvent, surtout aux États-Unis.

## Reasons shared by several cards

# Protection in Mexico lasts while the person stays in the state of the claim and keeps signing
# (COMAR's limits on the constancia; Reglamento art. 24).
decide-a-reason-stay-and-sign = Votre protection au Mexique dure tant que vous restez dans l'État de votre demande et que vous allez signer.

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
