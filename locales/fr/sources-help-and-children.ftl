## Names of the sources cited by the families, violence, help, glossary and notice topics.
## Mexican laws keep their official Spanish name, with a short explanation; US rules keep their official name.

source-hc-lgdnna = Loi générale mexicaine sur les droits des enfants et des adolescents (LGDNNA)
source-hc-ina = Loi américaine sur l'immigration et la nationalité (INA) et son règlement
source-hc-evidence-guides = Guide d'une association sur la TVRH et les documents utiles
source-hc-comar-cdmx = Presse mexicaine sur le bureau de la { -comar } dans la ville de Mexico
source-hc-comar-website = Site web officiel de la { -comar }
source-hc-asylum-access = Presse mexicaine sur la fermeture de bureaux d'Asylum Access México (2025)
source-hc-sin-fronteras = Article de presse sur les services de Sin Fronteras IAP
source-hc-imumi = Article de presse sur l'IMUMI (2022)
source-hc-casas-migrante = Articles sur les Casas del Migrante des missionnaires scalabriniens
source-hc-msf = Presse mexicaine sur Médecins Sans Frontières à Tapachula, Reynosa et Matamoros (2025)
source-hc-icrc-rcf = Comité international de la Croix-Rouge : Rétablissement des liens familiaux
