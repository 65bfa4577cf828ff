## Names of the sources that the guide cites. Laws keep their official Spanish name.

source-lrpcap = Ley sobre Refugiados, Protección Complementaria y Asilo Político (LRPCAP)
source-lrpcap-reglamento = Reglamento de la Ley sobre Refugiados y Protección Complementaria
source-ley-migracion = Ley de Migración
source-lfpa = Ley Federal de Procedimiento Administrativo (LFPA)
source-lfpca = Ley Federal de Procedimiento Contencioso Administrativo (LFPCA)
source-ley-amparo = Ley de Amparo
source-unhcr-help-mexico = Página de ayuda del { -unhcr } en México: cómo solicitar la condición de refugiado
source-comar-press = Avisos de la { -comar } publicados en la prensa mexicana
source-ley-amparo-reform-2025 = Reforma de la Ley de Amparo (Diario Oficial de la Federación, 16 de octubre de 2025)
source-comar-naucalpan = Prensa mexicana sobre la oficina de la { -comar } en Naucalpan (2025)
source-comar-tapachula-2025 = Prensa mexicana sobre las oficinas de la { -comar } en Tapachula (2025)
source-mx-tvrh-scarce = Notas de prensa sobre las tarjetas de visitante entregadas en 2023, 2024 y 2025
source-mx-curp-temporary = Notas sobre la CURP temporal de las personas que piden asilo
source-unhcr-closures-2025 = Nota de prensa sobre el cierre de oficinas del { -unhcr } (mayo de 2025)
source-mx-scale-2025 = Prensa sobre el número de solicitudes de asilo en México en 2025
