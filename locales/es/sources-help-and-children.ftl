## Names of the sources cited by the families, violence, help, glossary and notice topics.
## Laws keep their official Spanish name; US rules keep their official English name.

source-hc-lgdnna = Ley General de los Derechos de Niñas, Niños y Adolescentes (LGDNNA)
source-hc-ina = Ley de Inmigración y Nacionalidad de EE. UU. (INA) y su reglamento
source-hc-evidence-guides = Guía de una organización civil sobre la TVRH y los documentos útiles
source-hc-comar-cdmx = Prensa mexicana sobre la oficina de la { -comar } en Ciudad de México
source-hc-comar-website = Sitio web oficial de la { -comar }
source-hc-asylum-access = Prensa mexicana sobre el cierre de oficinas de Asylum Access México (2025)
source-hc-sin-fronteras = Nota de prensa sobre los servicios de Sin Fronteras IAP
source-hc-imumi = Nota de prensa sobre el IMUMI (2022)
source-hc-casas-migrante = Notas sobre las Casas del Migrante de los misioneros scalabrinianos
source-hc-msf = Prensa mexicana sobre Médicos Sin Fronteras en Tapachula, Reynosa y Matamoros (2025)
source-hc-icrc-rcf = Comité Internacional de la Cruz Roja: Restablecimiento del Contacto entre Familiares
