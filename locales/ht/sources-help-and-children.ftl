## Names of the sources cited by the families, violence, help, glossary and notice topics.
## Laws keep their official Spanish name; US rules keep their official English name.

source-hc-lgdnna = Lwa jeneral Meksik sou dwa timoun ak adolesan (LGDNNA)
source-hc-ina = Lwa Etazini sou imigrasyon ak nasyonalite (INA) ak règleman li
source-hc-evidence-guides = Gid yon òganizasyon sosyete sivil sou TVRH la ak dokiman ki itil
source-hc-comar-cdmx = Laprès Meksik sou biwo { -comar } nan Vil Meksik
source-hc-comar-website = Sit entènèt ofisyèl { -comar }
source-hc-asylum-access = Laprès Meksik sou fèmti biwo Asylum Access México yo (2025)
source-hc-sin-fronteras = Atik laprès sou sèvis Sin Fronteras IAP
source-hc-imumi = Atik laprès sou IMUMI (2022)
source-hc-casas-migrante = Atik sou Casas del Migrante misyonè Scalabrini yo
source-hc-msf = Laprès Meksik sou Doktè San Fwontyè nan Tapachula, Reynosa ak Matamoros (2025)
source-hc-icrc-rcf = Komite Entènasyonal Kwa Wouj (CICR): sèvis pou retabli kontak ant moun nan yon fanmi
