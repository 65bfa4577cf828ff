## Names of the sources cited by the families, violence, help, glossary and notice topics.
## Laws keep their official Spanish name; US rules keep their official English name.

source-hc-lgdnna = Lei Geral dos Direitos de Crianças e Adolescentes do México (LGDNNA)
source-hc-ina = Lei de Imigração e Nacionalidade dos Estados Unidos (INA) e o seu regulamento
source-hc-evidence-guides = Guia de uma organização da sociedade civil sobre o cartão TVRH e os documentos úteis
source-hc-comar-cdmx = Imprensa mexicana sobre o escritório da { -comar } na Cidade do México
source-hc-comar-website = Site oficial da { -comar }
source-hc-asylum-access = Imprensa mexicana sobre o fechamento de escritórios da Asylum Access México (2025)
source-hc-sin-fronteras = Notícia sobre os serviços da Sin Fronteras IAP
source-hc-imumi = Notícia sobre o IMUMI (2022)
source-hc-casas-migrante = Notícias sobre as Casas del Migrante dos missionários scalabrinianos
source-hc-msf = Imprensa mexicana sobre Médicos Sem Fronteiras em Tapachula, Reynosa e Matamoros (2025)
source-hc-icrc-rcf = Comitê Internacional da Cruz Vermelha: Restabelecimento de Laços Familiares
