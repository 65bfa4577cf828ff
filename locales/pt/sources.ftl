## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Lei do México sobre refugiados, proteção complementar e asilo político (LRPCAP)
source-lrpcap-reglamento = Regulamento da lei do México sobre refugiados e proteção complementar
source-ley-migracion = Lei de Migração do México (Ley de Migración)
source-lfpa = Lei Federal de Procedimento Administrativo do México (LFPA)
source-lfpca = Lei Federal do Processo Contencioso Administrativo do México (LFPCA)
source-ley-amparo = Lei de Amparo do México (Ley de Amparo)
source-unhcr-help-mexico = Página de ajuda do { -unhcr } no México: como solicitar a condição de refugiado
source-comar-press = Avisos da { -comar } publicados na imprensa mexicana
source-ley-amparo-reform-2025 = Reforma da Lei de Amparo do México (Diário Oficial da Federação, 16 de outubro de 2025)
source-comar-naucalpan = Imprensa mexicana sobre o escritório da { -comar } em Naucalpan (2025)
source-comar-tapachula-2025 = Imprensa mexicana sobre os escritórios da { -comar } em Tapachula (2025)
source-mx-tvrh-scarce = Notícias sobre os cartões de visitante entregues em 2023, 2024 e 2025
source-mx-curp-temporary = Notícias sobre a CURP temporária das pessoas que pedem asilo
source-unhcr-closures-2025 = Notícia sobre o fechamento de escritórios do { -unhcr } (maio de 2025)
source-mx-scale-2025 = Imprensa sobre o número de pedidos de asilo no México em 2025
