## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Loi mexicaine sur les réfugiés, la protection complémentaire et l'asile politique (LRPCAP)
source-lrpcap-reglamento = Règlement d'application de la loi mexicaine sur les réfugiés et la protection complémentaire
source-ley-migracion = Loi mexicaine sur les migrations (Ley de Migración)
source-lfpa = Loi fédérale mexicaine sur la procédure administrative (LFPA)
source-lfpca = Loi fédérale mexicaine sur la procédure du contentieux administratif (LFPCA)
source-ley-amparo = Loi mexicaine sur le recours d'amparo (Ley de Amparo)
source-unhcr-help-mexico = Page d'aide du { -unhcr } au Mexique : comment demander le statut de réfugié
source-comar-press = Avis de la { -comar } publiés dans la presse mexicaine
source-ley-amparo-reform-2025 = Réforme de la loi mexicaine sur l'amparo (Ley de Amparo), Journal officiel de la Fédération, 16 octobre 2025
source-comar-naucalpan = Presse mexicaine sur le bureau de la { -comar } à Naucalpan (2025)
source-comar-tapachula-2025 = Presse mexicaine sur les bureaux de la { -comar } à Tapachula (2025)
source-mx-tvrh-scarce = Articles de presse sur les cartes de visiteur remises en 2023, 2024 et 2025
source-mx-curp-temporary = Articles sur la CURP temporaire des personnes qui demandent l'asile
source-unhcr-closures-2025 = Article de presse sur la fermeture de bureaux du { -unhcr } (mai 2025)
source-mx-scale-2025 = Presse sur le nombre de demandes d'asile au Mexique en 2025
