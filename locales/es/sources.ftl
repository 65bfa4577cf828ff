## Names of the sources that the guide cites. Laws keep their official Spanish name.

source-lrpcap = Ley sobre Refugiados, Protección Complementaria y Asilo Político (LRPCAP)
source-lrpcap-reglamento = Reglamento de la Ley sobre Refugiados y Protección Complementaria
source-ley-migracion = Ley de Migración
source-lfpa = Ley Federal de Procedimiento Administrativo (LFPA)
source-lfpca = Ley Federal de Procedimiento Contencioso Administrativo (LFPCA)
source-ley-amparo = Ley de Amparo
source-unhcr-help-mexico = Página de ayuda del { -unhcr } en México: cómo solicitar la condición de refugiado
source-comar-press = Avisos de la { -comar } publicados en la prensa mexicana
