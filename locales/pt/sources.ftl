## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Lei do México sobre refugiados, proteção complementar e asilo político (LRPCAP)
source-lrpcap-reglamento = Regulamento da lei do México sobre refugiados e proteção complementar
source-ley-migracion = Lei de Migração do México (Ley de Migración)
source-lfpa = Lei Federal de Procedimento Administrativo do México (LFPA)
source-lfpca = Lei Federal do Processo Contencioso Administrativo do México (LFPCA)
source-ley-amparo = Lei de Amparo do México (Ley de Amparo)
source-unhcr-help-mexico = Página de ajuda do { -unhcr } no México: como solicitar a condição de refugiado
source-comar-press = Avisos da { -comar } publicados na imprensa mexicana
