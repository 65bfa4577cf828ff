## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; the UNHCR Mexico help page (11 March 2026).

mexico-steps-title = Comment demander l'asile au Mexique, étape par étape
mexico-steps-summary = Les étapes avec la { -comar } : le délai, la preuve de demande, la carte, l'entretien, la décision et l'appel.
mexico-steps-intro = Au Mexique, la { -comar } (Commission mexicaine d'aide aux réfugiés) décide qui reçoit le statut de réfugié. La demande est gratuite. Vous pouvez la faire par écrit ou à l'oral.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Demandez l'asile dans les 30 premiers jours ouvrables
mexico-steps-deadline-count = Vous avez 30 jours ouvrables pour déposer votre demande.
mexico-steps-deadline-start = Ces jours se comptent à partir du jour ouvrable qui suit votre entrée au Mexique.
mexico-steps-deadline-business-days = Les samedis, les dimanches et les jours fériés ne comptent pas.
mexico-steps-deadline-late = Si le délai est passé, demandez l'asile quand même. Expliquez pourquoi vous n'avez pas pu le faire avant. La { -comar } vous demandera vos raisons.
mexico-steps-deadline-representative = Une autre personne dépose la demande pour vous ? Vous devez alors la confirmer en personne, dans les 3 jours ouvrables.

## Step 2: where to apply

mexico-steps-where-heading = 2. Où déposer la demande
mexico-steps-where-offices = La { -comar } a des bureaux dans ces villes :
mexico-steps-where-office-cdmx = Ville de Mexico
mexico-steps-where-office-chiapas = Tapachula et Palenque (Chiapas)
mexico-steps-where-office-tabasco = Tenosique (Tabasco)
mexico-steps-where-office-veracruz = Oluta (Veracruz)
mexico-steps-where-office-jalisco = Guadalajara (Jalisco)
mexico-steps-where-office-baja-california = Tijuana (Basse-Californie)
mexico-steps-where-office-coahuila = Saltillo (Coahuila)
mexico-steps-where-office-nuevo-leon = Monterrey (Nuevo León)
mexico-steps-where-elsewhere = Ailleurs, vous pouvez demander l'asile dans un bureau de l'{ -inm } (Institut national des migrations). Vous pouvez aussi le demander dans une estación migratoria (centre de rétention pour migrants).
mexico-steps-where-check = Les bureaux et les horaires changent. Avant d'y aller, vérifiez auprès d'une association d'aide juridique. Ou auprès du { -unhcr }, l'agence de l'ONU pour les réfugiés.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Recevez votre constancia
mexico-steps-constancia-what = La { -comar } vous remet un papier qui prouve votre demande : la constancia de trámite. Chaque membre de votre famille qui demande l'asile avec vous reçoit la sienne.
mexico-steps-constancia-protections = À partir du jour où vous déposez votre demande :
mexico-steps-constancia-no-return = On ne peut pas vous renvoyer là où votre vie ou votre liberté est en danger.
mexico-steps-constancia-no-consulate = Personne ne prévient le consulat de votre pays.
mexico-steps-constancia-no-penalty = On ne vous punit pas pour votre entrée sans papiers. Si une procédure migratoire est ouverte contre vous, elle s'arrête.
mexico-steps-constancia-keep = Gardez toujours votre constancia sur vous.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Restez dans l'État où vous avez fait votre demande
mexico-steps-state-valid = Selon la { -comar }, la constancia est valable seulement dans l'État où vous avez demandé l'asile. Elle ne sert pas à voyager dans le pays.
mexico-steps-state-abandoned = Si vous quittez cet État, votre demande peut être considérée comme abandonnée.
mexico-steps-state-move = Vous devez déménager ? Demandez par écrit à continuer votre procédure dans un autre État. Cette demande est gratuite.

## Step 5: signing

mexico-steps-signing-heading = 5. Allez signer
mexico-steps-signing-what = Pendant l'attente, vous devez signer à la { -comar } ou à l'{ -inm }, le jour qu'on vous indique.
mexico-steps-signing-how-often = Le règlement dit que c'est chaque semaine. Dans certains bureaux, cela peut être différent. Demandez à votre bureau et notez vos jours.
mexico-steps-signing-missed = Si vous n'allez pas signer, votre demande peut être considérée comme abandonnée.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Demandez votre carte de visiteur (TVRH) et votre CURP
mexico-steps-card-what = Avec votre constancia, demandez à l'{ -inm } la carte de visiteur pour raisons humanitaires (TVRH). En espagnol : Tarjeta de Visitante por Razones Humanitarias.
mexico-steps-card-work = Avec cette carte, vous pouvez travailler au Mexique.
mexico-steps-card-valid = En général, elle est valable 1 an. Vous pouvez la renouveler pendant que vous attendez la décision.
mexico-steps-card-curp = Vous avez aussi droit à une CURP temporaire (le numéro d'identité personnel au Mexique).
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

## Step 9: appeal

mexico-steps-appeal-heading = 9. Si la réponse est non : faites appel
mexico-steps-appeal-deadline = Vous avez 15 jours ouvrables pour faire appel. Ce recours s'appelle recurso de revisión. Les jours comptent à partir de la notification de la décision.
mexico-steps-appeal-where = Le recours se dépose auprès de l'autorité qui a pris la décision. C'est le supérieur de cette autorité qui décide.
mexico-steps-appeal-courts = Ensuite, vous pouvez aller devant les tribunaux. Cherchez une aide juridique gratuite le plus tôt possible.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Vos droits et votre famille
mexico-steps-rights-waiting = Pendant l'attente, vous avez droit à des informations gratuites. Si vous êtes une personne vulnérable, vous avez droit à de l'aide. Vos données restent secrètes.
mexico-steps-rights-family = Votre conjoint ou partenaire et vos enfants peuvent recevoir la même protection. D'autres membres de votre famille aussi, s'ils dépendent de vous.
mexico-steps-rights-family-proof = Il vous manque des documents de famille ? Vous pouvez prouver le lien de parenté autrement.
mexico-steps-rights-children = La loi dit que les enfants ne doivent jamais être enfermés dans une estación migratoria.
mexico-steps-rights-after = Si vous obtenez le statut de réfugié, vous avez droit à la santé, à l'éducation et au travail. Vous avez aussi droit à un document de voyage. Et vous pouvez demander que votre famille vous rejoigne.
mexico-steps-rights-travel-home = Si vous voyagez dans votre pays, vous devez le signaler. Ce voyage peut vous faire perdre votre protection.

## Step 11: local integration

mexico-steps-integration-heading = 11. Ensuite : le Programme d'intégration locale
mexico-steps-integration-what = Il existe un Programme d'intégration locale. Il aide certains réfugiés à trouver du travail et à s'installer dans une autre ville. Demandez au { -unhcr } si vous pouvez y participer.
