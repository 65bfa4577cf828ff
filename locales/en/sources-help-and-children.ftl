## Names of the sources cited by the families, violence, help, glossary and notice topics.
## Mexican laws keep their official Spanish name, with a short explanation; US rules keep their official name.

source-hc-lgdnna = Mexico's General Law on the Rights of Children and Adolescents (LGDNNA)
source-hc-ina = US Immigration and Nationality Act (INA) and its regulations
source-hc-evidence-guides = A civil-society guide to the TVRH and useful documents
source-hc-comar-cdmx = Mexican press reports on the { -comar } office in Mexico City
source-hc-comar-website = Official { -comar } website
source-hc-asylum-access = Mexican press report on the closure of Asylum Access México offices (2025)
source-hc-sin-fronteras = Press report on the services of Sin Fronteras IAP
source-hc-imumi = Press report on IMUMI (2022)
source-hc-casas-migrante = Reports on the Scalabrinian Casas del Migrante shelters
source-hc-msf = Mexican press reports on Doctors Without Borders in Tapachula, Reynosa and Matamoros (2025)
source-hc-icrc-rcf = International Committee of the Red Cross: Restoring Family Links (Restablecimiento del Contacto entre Familiares)
