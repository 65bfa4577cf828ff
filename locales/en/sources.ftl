## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Mexico's law on refugees, complementary protection and political asylum (LRPCAP)
source-lrpcap-reglamento = Regulations of Mexico's law on refugees and complementary protection
source-ley-migracion = Mexico's Migration Law (Ley de Migración)
source-lfpa = Mexico's Federal Law of Administrative Procedure (LFPA)
source-lfpca = Mexico's Federal Law of Administrative Litigation (LFPCA)
source-ley-amparo = Mexico's Amparo Law (Ley de Amparo)
source-unhcr-help-mexico = { -unhcr } Mexico help page: how to apply for refugee status
source-comar-press = { -comar } notices reported in the Mexican press
