## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51, 57 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20
## and its reform (DOF 16-10-2025); the SCJN on late claims (AR 353/2019, 399/2019);
## the UNHCR Mexico help page (11 March 2026); COMAR offices in Naucalpan and Tapachula (press, 2025);
## signing in practice (press, 2025); TVRH cards issued (2024-2025 reports); the temporary CURP (press).

mexico-steps-title = Comment demander l'asile au Mexique, étape par étape
mexico-steps-summary = Les étapes pour demander l'asile : le délai, la preuve de demande, la carte, l'entretien, la décision et l'appel.
mexico-steps-intro-decides = Au Mexique, c'est la Commission mexicaine d'aide aux réfugiés ({ -comar }) qui décide. Elle accorde le statut de réfugié ou la protection complémentaire. La demande est gratuite. Vous pouvez la faire par écrit ou à l'oral.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Demandez l'asile dans les 30 premiers jours ouvrables
mexico-steps-deadline-count = Vous avez 30 jours ouvrables pour déposer votre demande.
mexico-steps-deadline-start = Ces jours se comptent à partir du jour ouvrable qui suit votre entrée au Mexique.
mexico-steps-deadline-business-days-safe = Les samedis et les dimanches ne comptent jamais. Le 1er janvier, le 1er mai, le 16 septembre et le 25 décembre ne comptent pas non plus. Pour les autres jours fériés et les jours de fermeture du bureau, les avis divergent. Par prudence, comptez-les comme des jours ouvrables, ou suivez la date que montre { -brand-name }.
mexico-steps-deadline-impossible = Vous n'avez pas pu faire la demande avant ? Par exemple, à cause d'un enlèvement, d'un séjour à l'hôpital ou d'une détention. Alors, les jours comptent à partir du moment où vous avez pu le faire.
mexico-steps-deadline-sur-place = Parfois, le danger apparaît quand vous êtes déjà au Mexique. Par exemple, à cause d'un changement dans votre pays. Alors, les jours comptent à partir du moment où vous l'avez appris.
mexico-steps-deadline-proof = Expliquez ce qui vous en a empêché. Remettez les preuves que vous avez, comme des papiers de l'hôpital. La Cour suprême a dit qu'on ne doit pas exiger des preuves trop strictes.
mexico-steps-deadline-late = Si le délai est passé, demandez l'asile quand même. Expliquez pourquoi vous n'avez pas pu le faire avant. La { -comar } vous demandera vos raisons.
mexico-steps-deadline-representative = Une autre personne dépose la demande pour vous ? Vous devez alors la confirmer en personne, dans les 3 jours ouvrables.

## Step 2: where to apply

mexico-steps-where-heading = 2. Où déposer la demande
mexico-steps-where-offices = La { -comar } a des bureaux dans ces villes :
mexico-steps-where-office-cdmx = Ville de Mexico
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-naucalpan = Naucalpan (Estado de México)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-chiapas = Tapachula et Palenque (Chiapas)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-tabasco = Tenosique (Tabasco)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-veracruz = Oluta (Veracruz)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-jalisco = Guadalajara (Jalisco)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-baja-california = Tijuana (Basse-Californie)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-coahuila = Saltillo (Coahuila)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-nuevo-leon = Monterrey (Nuevo León)
mexico-steps-where-busy = À Tapachula, la { -comar } reçoit seulement au Centro Multiservicios. À Naucalpan, qui sert la région de la ville de Mexico, les files sont très longues. Les adresses sont dans le thème « Où trouver de l'aide ».
mexico-steps-where-elsewhere = Ailleurs, vous pouvez demander l'asile dans un bureau de l'{ -inm } (Institut national des migrations). Vous pouvez aussi le demander dans une estación migratoria (centre de rétention pour migrants).
mexico-steps-where-check = Les bureaux et les horaires changent. Avant d'y aller, vérifiez auprès du { -unhcr } (l'agence des Nations unies pour les réfugiés) ou d'une association d'aide juridique.

## What the law asks for, and what to do if an office asks for more

mexico-steps-where-rules = Pour demander l'asile, la loi demande seulement trois choses : être étranger, être au Mexique et faire la demande, par écrit ou à l'oral.
mexico-steps-where-no-id = Un bureau vous exige une pièce d'identité ou un justificatif de domicile pour recevoir votre demande ? Il va au-delà des règles. Dites calmement que la loi ne le demande pas. S'il refuse quand même, demandez de l'aide au { -unhcr } ou à une association d'aide juridique.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Recevez votre constancia
mexico-steps-constancia-what = La { -comar } vous remet un papier qui prouve votre demande : la constancia de trámite. Chaque membre de votre famille qui demande l'asile avec vous reçoit la sienne.
mexico-steps-constancia-protections = À partir du jour où vous déposez votre demande :
mexico-steps-constancia-no-return = On ne peut pas vous renvoyer là où votre vie ou votre liberté est en danger.
mexico-steps-constancia-no-consulate = Personne ne prévient le consulat de votre pays.
mexico-steps-constancia-no-penalty = On ne vous punit pas pour votre entrée sans papiers. Si une procédure migratoire est ouverte contre vous, elle s'arrête.
mexico-steps-constancia-keep = Gardez toujours votre constancia sur vous.
mexico-steps-consulate-not-go = Vous n'avez pas à aller au consulat de votre pays, et mieux vaut ne pas y aller. C'est vrai pendant l'attente. C'est vrai aussi si vous obtenez le statut de réfugié ou la protection complémentaire.
mexico-steps-consulate-apostille = Si vous obtenez le statut de réfugié ou la protection complémentaire, une démarche au Mexique peut demander un document de votre pays. Ce document doit parfois avoir une apostille (un tampon officiel qui le rend valable). La loi permet de ne pas exiger cette apostille. Demandez comment à une association d'aide juridique.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Restez dans l'État où vous avez fait votre demande
mexico-steps-state-valid = Selon la { -comar }, la constancia est valable seulement dans l'État où vous avez demandé l'asile. Elle ne sert pas à voyager dans le pays.
mexico-steps-state-abandoned = Si vous quittez cet État, votre demande peut être considérée comme abandonnée.
mexico-steps-state-move = Vous devez déménager ? Demandez par écrit à continuer votre procédure dans un autre État. Cette demande est gratuite.

## Step 5: signing

mexico-steps-signing-heading = 5. Allez signer
mexico-steps-signing-what = Pendant l'attente, vous devez signer à la { -comar } ou à l'{ -inm }, le jour qu'on vous indique.
mexico-steps-signing-dates = Le règlement dit que c'est chaque semaine. En pratique, chaque bureau a son rythme : dans la ville de Mexico, on signale des signatures environ tous les 10 jours. Notez la date que votre bureau vous donne.
mexico-steps-signing-missed = Si vous n'allez pas signer, votre demande peut être considérée comme abandonnée.
mexico-steps-signing-closed = Quand la { -comar } est fermée, par exemple pendant les vacances, il n'y a pas de signature.
mexico-steps-signing-shut = Le bureau est fermé le jour de votre signature ? Prenez une photo de l'avis ou de la porte, avec la date. Revenez le premier jour d'ouverture. En cas de problème, demandez une aide juridique.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Demandez votre carte de visiteur (TVRH) et votre numéro d'enregistrement (CURP)
mexico-steps-card-what = Avec votre constancia, demandez à l'{ -inm } la carte de visiteur pour raisons humanitaires (TVRH). En espagnol : Tarjeta de Visitante por Razones Humanitarias.
mexico-steps-card-work = Avec cette carte, vous pouvez travailler au Mexique.
mexico-steps-card-valid = En général, elle est valable 1 an. Vous pouvez la renouveler pendant que vous attendez la décision.
mexico-steps-card-scarce = Mais aujourd'hui, peu de cartes sont remises. Deux rapports comptent 4 129 cartes au premier semestre 2025. Un autre n'en compte que 618 pour toute l'année 2024, contre 94 829 en 2023.
mexico-steps-card-curp-temporary = Après la constancia, on vous donne une CURP temporaire. Elle est valable jusqu'à 180 jours calendaires (tous les jours comptent) et peut être prolongée. Si vous obtenez le statut de réfugié ou la protection complémentaire, vous recevez une CURP permanente.
mexico-steps-card-curp-biometric = Des rapports se contredisent : les étrangers ont-ils besoin de la nouvelle CURP biométrique, avec empreintes digitales et photo ? Ce n'est pas confirmé.
mexico-steps-card-documents-intro = Pour la carte, on demande souvent :

## Step 7: the interview

mexico-steps-interview-heading = 7. L'entretien
mexico-steps-interview-what = La { -comar } va vous faire passer un entretien en personne. On vous demandera pourquoi vous avez quitté votre pays.
mexico-steps-interview-interpreter = Vous avez droit à un interprète.
mexico-steps-interview-lawyer = Un avocat ou une avocate peut vous accompagner.
mexico-steps-interview-evidence = Vous pouvez remettre des preuves jusqu'au jour de la décision.
mexico-steps-interview-truth = Dites la vérité sur qui vous êtes et sur les raisons de votre départ. Donnez le plus de détails possible.

## Step 8: the decision

mexico-steps-decision-heading = 8. La décision
mexico-steps-decision-deadline = La loi donne 45 jours ouvrables à la { -comar } pour décider.
mexico-steps-decision-extension = La { -comar } peut prolonger ce délai une seule fois, de 45 jours ouvrables de plus.
mexico-steps-decision-reality = En pratique, beaucoup de personnes attendent bien plus longtemps.
mexico-steps-decision-outcomes = La décision peut être :
mexico-steps-decision-refugee = Le statut de réfugié.
mexico-steps-decision-complementary = La protection complémentaire. Si vous n'obtenez pas le statut de réfugié, la { -comar } doit examiner cette protection. Elle le fait dans la même décision.
mexico-steps-decision-denial = Un refus. Vous pouvez faire appel (étape 9).
mexico-steps-decision-residence = Avec le statut de réfugié ou la protection complémentaire, vous obtenez la résidence permanente.

## Step 9: appeal, and the courts

mexico-steps-appeal-heading = 9. Si la réponse est non : faites appel
mexico-steps-appeal-deadline = Vous avez 15 jours ouvrables pour faire appel. Ce recours s'appelle recurso de revisión. Les jours comptent à partir de la notification de la décision.
mexico-steps-appeal-where = Le recours se dépose auprès de l'autorité qui a pris la décision. C'est le supérieur de cette autorité qui décide.
mexico-steps-appeal-courts-intro = Il existe aussi deux recours devant les tribunaux. Ils doivent être déposés par un avocat ou une avocate :
mexico-steps-appeal-nulidad = Le juicio de nulidad (procès pour annuler une décision), devant le Tribunal fédéral de justice administrative : 30 jours ouvrables après la notification de la décision.
mexico-steps-appeal-amparo = L'amparo (protection de vos droits par un juge fédéral) : en général, 15 jours ouvrables. Contre une expulsion ou un danger pour votre vie, c'est possible à tout moment. N'importe quel jour, à n'importe quelle heure.
mexico-steps-appeal-amparo-reform = La loi sur l'amparo a changé en octobre 2025. Ses règles sont maintenant plus strictes. Pour tout amparo, cherchez un avocat ou une avocate.
mexico-steps-appeal-courts-today = Ces délais sont courts. Cherchez une aide juridique gratuite le jour même où on vous notifie le refus.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Vos droits et votre famille
mexico-steps-rights-waiting = Pendant l'attente, vous avez droit à des informations gratuites. Si vous êtes une personne vulnérable, vous avez droit à de l'aide. Vos données restent secrètes.
mexico-steps-rights-family = Votre conjoint ou partenaire et vos enfants peuvent recevoir la même protection. D'autres membres de votre famille aussi, s'ils dépendent de vous.
mexico-steps-rights-family-proof = Il vous manque des documents de famille ? Vous pouvez prouver le lien de parenté autrement.
mexico-steps-rights-children-law = La loi dit que les enfants ne doivent pas être enfermés dans une estación migratoria.
mexico-steps-rights-refugee = Si vous obtenez le statut de réfugié, vous avez droit à la santé, à l'éducation et au travail. Vous avez aussi droit à un document de voyage. Et vous pouvez demander que votre famille vous rejoigne.
mexico-steps-rights-complementary = Si vous obtenez la protection complémentaire, il n'est pas confirmé que vous puissiez faire venir votre famille. Demandez à une association d'aide juridique.
mexico-steps-rights-travel-home = Si vous voyagez dans votre pays, vous devez le signaler. Ce voyage peut vous faire perdre votre protection.

## Step 11: local integration

mexico-steps-integration-heading = 11. Ensuite : le Programme d'intégration locale
mexico-steps-integration-what = Il existe un Programme d'intégration locale. Il aide certains réfugiés à trouver du travail et à s'installer dans une autre ville. Demandez au { -unhcr } si vous pouvez y participer.
