## Guide topic: children and families.
## Facts from LRPCAP arts. 6, 12, 20, 22; Ley de Migración arts. 52 V(b), 74;
## LGDNNA arts. 89, 92, 95, 96, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

families-title = Enfants et familles
families-summary = Comment le Mexique protège les familles et les enfants qui demandent l'asile. Aussi les enfants qui voyagent seuls.
families-intro = Si vous demandez l'asile avec votre famille, chaque personne est protégée. Au Mexique, les enfants ont des droits particuliers.

## Applying as a family

families-together-heading = Demander l'asile en famille
families-together-tell = Dites à la { -comar } (Commission mexicaine d'aide aux réfugiés) qui vient avec vous.
families-together-constancia = Chaque enfant qui demande l'asile avec vous reçoit sa propre constancia. C'est le papier qui prouve la demande. Il la reçoit comme membre de la famille qui dépend de vous.
families-together-who = Votre conjoint ou partenaire et vos enfants peuvent recevoir la même protection. C'est aussi le cas des autres membres de votre famille qui dépendent de vous financièrement. Ils doivent être au Mexique.
families-together-proof = Vous n'avez pas d'acte de naissance ou de mariage ? Vous pouvez prouver le lien de parenté autrement. Apportez les preuves que vous avez.

## No detention for children

families-detention-heading-law = Ce que dit la loi sur les enfants et la détention
families-detention-text = La loi dit que les enfants demandeurs d'asile ne doivent jamais être enfermés dans une estación migratoria. C'est un centre de rétention pour migrants.
families-detention-help = Un enfant est enfermé dans une estación migratoria ? Demandez tout de suite une aide juridique gratuite. Adressez-vous au { -unhcr } (l'agence des Nations unies pour les réfugiés) ou à une association.

## The visitor card for children

families-card-heading = La carte de visiteur (TVRH) pour les enfants
families-card-intro = Tout enfant migrant a droit à une TVRH. La Procuraduría de Protección (service de protection de l'enfance) décide ce qui est le mieux pour lui. Il reçoit la carte pendant ce temps.
families-card-immediate = Elle est remise tout de suite.
families-card-free = Elle est gratuite.
families-card-no-documents = Aucun document n'est nécessaire.
families-card-curp = Elle comprend une CURP (numéro personnel d'enregistrement au Mexique).
families-card-adults = Pour les adultes, la TVRH demande des documents. Consultez le thème sur les étapes de la demande d'asile au Mexique.

## Children travelling alone

families-alone-heading = Enfants qui voyagent seuls
families-alone-intro = Parfois, un enfant voyage sans ses parents ni un autre adulte qui s'occupe de lui. La loi mexicaine le protège ainsi :
families-alone-notify = Les autorités de migration doivent prévenir tout de suite la Procuraduría de Protección.
families-alone-best-interest = La Procuraduría de Protección décide ce qui est le mieux pour cet enfant.
families-alone-no-return = On ne peut pas le renvoyer dans son pays sans examiner d'abord ses risques là-bas.
families-alone-dif = Le DIF (le service public qui protège les enfants et les familles) doit le protéger.
families-alone-help = Il a droit à un interprète et à un avocat ou une avocate. Il a aussi droit à quelqu'un qui le représente. Tout est gratuit.
families-alone-housing = Il doit être logé séparément des adultes.
families-alone-non-refoulement = On ne peut pas l'envoyer là où sa vie ou sa liberté est en danger.
families-alone-comar = Le DIF examine sa situation. S'il a besoin d'une protection comme réfugié, le DIF l'envoie à la { -comar }.
families-alone-you = Vous avez moins de 18 ans et vous voyagez seul ou seule ? Demandez de l'aide au DIF ou au { -unhcr }. Vous n'avez pas à tout faire sans aide.

## The United States

families-us-heading = Et aux États-Unis ?
families-us-text-proclamation = Le texte de la proclamation de 2025 sur la frontière sud ne fait aucune exception. Pas même pour les enfants ou les familles. Ce qui s'applique aujourd'hui n'est pas confirmé.
families-us-change = Ces règles sont contestées devant les tribunaux et peuvent changer. Avant de décider, demandez des informations à jour au { -unhcr } ou à une association d'aide juridique.
