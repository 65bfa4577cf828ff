## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Mexico's law on refugees, complementary protection and political asylum (LRPCAP)
source-lrpcap-reglamento = Regulations of Mexico's law on refugees and complementary protection
source-ley-migracion = Mexico's Migration Law (Ley de Migración)
source-lfpa = Mexico's Federal Law of Administrative Procedure (LFPA)
source-lfpca = Mexico's Federal Law of Administrative Litigation (LFPCA)
source-ley-amparo = Mexico's Amparo Law (Ley de Amparo)
source-unhcr-help-mexico = { -unhcr } Mexico help page: how to apply for refugee status
source-comar-press = { -comar } notices reported in the Mexican press
source-ley-amparo-reform-2025 = Reform of Mexico's Amparo Law (Official Gazette, 16 October 2025)
source-comar-naucalpan = Mexican press reports on the { -comar } office in Naucalpan (2025)
source-comar-tapachula-2025 = Mexican press reports on the { -comar } offices in Tapachula (2025)
source-mx-tvrh-scarce = Press reports on the visitor cards issued in 2023, 2024 and 2025
source-mx-curp-temporary = Reports on the temporary CURP for people seeking asylum
source-unhcr-closures-2025 = Press report on the closure of { -unhcr } offices (May 2025)
source-mx-scale-2025 = Press reports on the number of asylum claims in Mexico in 2025
