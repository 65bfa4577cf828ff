## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; Ley de Amparo arts. 17, 20; LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888, EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), an attorney's article on US claims from Mexico.

glossary-title = Les mots à connaître
glossary-summary = Les mots de l'asile au Mexique et aux États-Unis, expliqués simplement.
glossary-intro = Voici, en mots simples, les termes qui apparaissent dans ce guide.
glossary-mexico-heading = Au Mexique
glossary-children-heading = Enfants et adolescents
glossary-us-heading = Aux États-Unis

## Mexico

glossary-comar-term = { -comar } (Commission mexicaine d'aide aux réfugiés)
glossary-comar-text = La commission du gouvernement mexicain qui décide des demandes d'asile. Elle peut accorder le statut de réfugié ou la protection complémentaire.
glossary-unhcr-term = { -unhcr } (Haut-Commissariat des Nations unies pour les réfugiés ; ACNUR en espagnol)
glossary-unhcr-text = L'agence des Nations unies pour les réfugiés. Au Mexique, elle informe et oriente les personnes qui demandent l'asile, sur help.unhcr.org/mexico.
glossary-inm-term = { -inm } (Institut national des migrations)
glossary-inm-text = L'autorité mexicaine des migrations. Elle remet la carte TVRH. Elle reçoit aussi les demandes d'asile là où la { -comar } n'a pas de bureau.
glossary-constancia-term = Constancia de trámite (preuve de demande d'asile)
glossary-constancia-text = Le papier que la { -comar } vous remet quand vous demandez l'asile. Chaque membre de votre famille qui fait la demande avec vous reçoit le sien. Selon la { -comar }, il est valable seulement dans l'État où vous avez fait la demande.
glossary-tvrh-term = TVRH (carte de visiteur pour raisons humanitaires)
glossary-tvrh-text = La carte que l'{ -inm } remet aux personnes qui demandent l'asile et qui présentent leur constancia. Elle permet de travailler. En général, elle est valable 1 an et se renouvelle pendant l'attente.
glossary-curp-term = CURP (numéro d'identité personnel au Mexique)
glossary-curp-text = Votre numéro personnel d'enregistrement au Mexique. Les personnes qui demandent l'asile ont droit à une CURP temporaire.
glossary-business-days-term = Jours ouvrables
glossary-business-days-text = Les jours où les bureaux du gouvernement travaillent. Les samedis, dimanches, jours fériés et jours de fermeture du bureau ne comptent pas.
glossary-refugee-status-term = Statut de réfugié
glossary-refugee-status-text = La protection de la { -comar } pour les personnes qui fuient la persécution ou la violence généralisée. La persécution peut être liée à la race, à la religion ou à la nationalité. Ou au genre, au groupe social ou aux opinions politiques.
glossary-complementary-protection-term = Protection complémentaire
glossary-complementary-protection-text = La { -comar } l'accorde à des personnes qui ne sont pas reconnues comme réfugiées. Elles ne peuvent pas rentrer chez elles sans danger. On ne peut pas les envoyer là où leur vie est en danger. Ni là où elles risquent la torture.
glossary-non-refoulement-term = Non-refoulement
glossary-non-refoulement-text = Une règle de base : personne ne peut être envoyé là où sa vie ou sa liberté est en danger. Au Mexique, elle vous protège dès le jour où vous demandez l'asile.
glossary-abandonment-term = Abandon de la demande
glossary-abandonment-text = La { -comar } met fin à votre demande, parce que vous n'avez pas suivi la procédure. Cela peut arriver si vous n'allez pas signer. Ou si vous quittez l'État où vous avez demandé l'asile.
glossary-recurso-revision-term = Recurso de revisión (recours en appel)
glossary-recurso-revision-text = Le recours contre une réponse négative de la { -comar }. Vous avez 15 jours ouvrables pour le déposer. Ils comptent à partir de la notification de la décision.
glossary-amparo-term = Amparo (protection de vos droits par un juge)
glossary-amparo-text = Une procédure devant un juge fédéral pour protéger vos droits. Contre une expulsion ou un danger pour votre vie, c'est possible à tout moment. N'importe quel jour, à n'importe quelle heure.

## Children

glossary-dif-term = DIF (Système national pour le développement intégral de la famille)
glossary-dif-text = Le système public qui protège les enfants et les familles au Mexique. Il examine la situation des enfants migrants. Si besoin, il les envoie à la { -comar }.
glossary-procuraduria-proteccion-term = Procuraduría de Protección de Niñas, Niños y Adolescentes (service de protection de l'enfance)
glossary-procuraduria-proteccion-text = L'autorité qui défend les droits des enfants et des adolescents. Elle décide ce qui est le mieux pour chaque enfant migrant. Les autorités de migration doivent la prévenir tout de suite.

## United States

glossary-proclamation-10888-term = Proclamation présidentielle 10888
glossary-proclamation-10888-text = Un texte du président des États-Unis, du 20 janvier 2025. Il ferme l'asile aux personnes qui traversent la frontière sud. Il est contesté devant les tribunaux. On ne sait pas ce qui s'applique aujourd'hui.
glossary-mpp-term = MPP (« Rester au Mexique »)
glossary-mpp-text = Un programme des États-Unis. Avec lui, certaines personnes doivent attendre au Mexique leurs audiences devant un juge de l'immigration. Il a repris le 21 janvier 2025. On ne sait pas combien de personnes il concerne.
# Proper name: the name of a US government phone app, the same in every language.
glossary-cbp-one-term = CBP One
glossary-cbp-one-text = Une application des États-Unis pour prendre rendez-vous à la frontière. Elle ne donne plus de rendez-vous depuis le 20 janvier 2025. Tous les rendez-vous ont été annulés.
glossary-expedited-removal-term = Expulsion accélérée
glossary-expedited-removal-text = Une expulsion rapide depuis les États-Unis. Elle peut s'appliquer si vous ne réussissez pas l'entretien de peur crédible. Depuis janvier 2025, elle est utilisée pour plus de personnes.
glossary-credible-fear-term = Peur crédible
glossary-credible-fear-text = Un premier entretien aux États-Unis, si vous dites avoir peur de retourner dans votre pays. Vous devez montrer une « possibilité significative » d'avoir droit à l'asile.
glossary-protected-grounds-term = Motifs protégés
glossary-protected-grounds-text = Aux États-Unis, l'asile exige une persécution pour 1 de ces 5 motifs : race, religion, nationalité, groupe social particulier ou opinion politique. Ce motif doit être une raison centrale du préjudice subi.
glossary-particular-social-group-term = Groupe social particulier
glossary-particular-social-group-text = L'un des 5 motifs protégés aux États-Unis. Par exemple, certaines Mexicaines victimes de violences conjugales ont obtenu l'asile pour ce motif.
glossary-one-year-limit-term = Délai de 1 an
glossary-one-year-limit-text = Aux États-Unis, il faut demander l'asile dans l'année qui suit votre dernière arrivée. Il existe des exceptions si votre situation a changé ou en cas de circonstances extraordinaires.
glossary-i-589-term = Formulaire I-589
glossary-i-589-text = Le formulaire pour demander l'asile aux États-Unis. Il se remplit en anglais. Aujourd'hui, il coûte 100 dollars. Puis 100 dollars chaque année tant que le dossier reste ouvert.
glossary-withholding-of-removal-term = Suspension de l'expulsion (withholding of removal)
glossary-withholding-of-removal-text = Une protection des États-Unis qui empêche qu'on vous renvoie dans votre pays. Il faut montrer qu'il est plus probable qu'improbable qu'on vous persécute là-bas. Le délai de 1 an ne s'applique pas.
glossary-cat-term = CAT (Convention contre la torture)
glossary-cat-text = Une protection des États-Unis contre la torture par les autorités, ou avec leur accord. Le délai de 1 an ne s'applique pas.
