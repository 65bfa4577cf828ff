## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20 and its reform (DOF 16-10-2025);
## LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026); TVRH cards issued (2024-2025
## reports); the temporary CURP (press); for the US: Proclamation 10888 and RAICES v. Noem
## (D.C. Circuit, 24 April 2026), EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), the annual asylum fee for FY2026 (DHS rule, 28-04-2026),
## an attorney's article on US claims from Mexico (the "frivolous" finding).

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
glossary-inm-text = L'autorité mexicaine des migrations. Elle remet la carte de visiteur (TVRH). Elle reçoit aussi les demandes d'asile là où la { -comar } n'a pas de bureau.
glossary-constancia-term = Constancia de trámite (preuve de demande d'asile)
glossary-constancia-text = Le papier que la { -comar } vous remet quand vous demandez l'asile. Chaque membre de votre famille qui fait la demande avec vous reçoit le sien. Selon la { -comar }, il est valable seulement dans l'État où vous avez fait la demande.
glossary-tvrh-term = TVRH (carte de visiteur pour raisons humanitaires)
glossary-tvrh-text-scarce = La carte que l'{ -inm } remet aux personnes qui demandent l'asile et présentent leur constancia. Elle permet de travailler. En général, elle est valable 1 an et se renouvelle pendant l'attente. Aujourd'hui, peu de cartes sont remises.
glossary-curp-term = CURP (numéro personnel d'enregistrement au Mexique)
glossary-curp-text-temporary = Votre numéro personnel d'enregistrement au Mexique. Après la constancia, les demandeurs d'asile reçoivent une CURP temporaire. Elle est valable jusqu'à 180 jours et peut être prolongée.
glossary-business-days-term = Jours ouvrables
glossary-business-days-safe-text = Les jours où les bureaux du gouvernement travaillent. Les samedis, les dimanches, le 1er janvier, le 1er mai, le 16 septembre et le 25 décembre ne comptent jamais. Pour les autres jours fériés et les jours de fermeture du bureau, les avis divergent. Par prudence, comptez-les comme des jours ouvrables, ou suivez la date que montre { -brand-name }.
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
glossary-amparo-text-2025 = Une procédure devant un juge fédéral pour protéger vos droits. Contre une expulsion ou un danger pour votre vie, c'est possible à tout moment. N'importe quel jour, à n'importe quelle heure. Depuis octobre 2025, ses règles sont plus strictes : cherchez un avocat ou une avocate.
glossary-juicio-nulidad-term = Juicio de nulidad (procès pour annuler une décision)
glossary-juicio-nulidad-text = Un procès devant le Tribunal fédéral de justice administrative, contre une décision du gouvernement. Contre un refus de la { -comar }, il se dépose dans les 30 jours ouvrables. Il vous faut un avocat ou une avocate.

## Children

glossary-dif-term = DIF (Système national pour le développement intégral de la famille)
glossary-dif-text = Le système public qui protège les enfants et les familles au Mexique. Il examine la situation des enfants migrants. Si besoin, il les envoie à la { -comar }.
glossary-procuraduria-proteccion-term = Procuraduría de Protección de Niñas, Niños y Adolescentes (service de protection de l'enfance)
glossary-procuraduria-proteccion-text = L'autorité qui défend les droits des enfants et des adolescents. Elle décide ce qui est le mieux pour chaque enfant migrant. Les autorités de migration doivent la prévenir tout de suite.

## United States

glossary-proclamation-term = La proclamation sur la frontière (janvier 2025)
glossary-proclamation-text = Un ordre du président des États-Unis, du 20 janvier 2025, sur la frontière sud. Son texte empêche les personnes qu'il vise de demander l'asile. En avril 2026, une cour d'appel a dit que le président ne peut pas suspendre ainsi l'asile. Ce qui s'applique aujourd'hui n'est pas confirmé.
glossary-mpp-term = MPP (« Rester au Mexique »)
glossary-mpp-text-some = Un programme des États-Unis. Avec lui, certaines personnes doivent attendre au Mexique leurs audiences devant un juge de l'immigration. Il a repris le 21 janvier 2025. On ne sait pas combien de personnes il concerne.
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
glossary-i-589-text-2026 = Le formulaire pour demander l'asile aux États-Unis. Il se remplit en anglais. Il coûte 100 dollars. Puis il y a des frais chaque année tant que le dossier reste ouvert : 102 dollars pour l'année fiscale 2026.
glossary-withholding-of-removal-term = Suspension de l'expulsion (withholding of removal)
glossary-withholding-of-removal-text = Une protection des États-Unis qui empêche qu'on vous renvoie dans votre pays. Il faut montrer qu'il est plus probable qu'improbable qu'on vous persécute là-bas. Le délai de 1 an ne s'applique pas.
glossary-cat-term = CAT (Convention contre la torture)
glossary-cat-text = Une protection des États-Unis contre la torture par les autorités, ou avec leur accord. Le délai de 1 an ne s'applique pas.
glossary-frivolous-application-term = Demande « frivole »
glossary-frivolous-application-text = Aux États-Unis, une demande d'asile qu'un juge ou un agent considère comme inventée exprès. Ensuite, la personne ne peut plus obtenir aucun autre avantage d'immigration dans ce pays.
