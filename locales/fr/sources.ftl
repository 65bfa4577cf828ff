## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Loi mexicaine sur les réfugiés, la protection complémentaire et l'asile politique (LRPCAP)
source-lrpcap-reglamento = Règlement d'application de la loi mexicaine sur les réfugiés et la protection complémentaire
source-ley-migracion = Loi mexicaine sur les migrations (Ley de Migración)
source-lfpa = Loi fédérale mexicaine sur la procédure administrative (LFPA)
source-lfpca = Loi fédérale mexicaine sur la procédure du contentieux administratif (LFPCA)
source-ley-amparo = Loi mexicaine sur le recours d'amparo (Ley de Amparo)
source-unhcr-help-mexico = Page d'aide du { -unhcr } au Mexique : comment demander le statut de réfugié
source-comar-press = Avis de la { -comar } publiés dans la presse mexicaine
