## Guide topic: where to find help.
## Facts from the UNHCR Mexico help page (11 March 2026); COMAR notices in the Mexican press (2025-2026);
## the COMAR offices in Naucalpan (press, January 2025) and Tapachula (press, March and September 2025);
## UNHCR's office closures (press, May 2025); press reports on Asylum Access México, Sin Fronteras IAP,
## IMUMI, the Casas del Migrante, MSF; the ICRC family-links service.
## No phone number is verified, so none is given.

help-title = Dónde encontrar ayuda
help-summary-legal-first = Dónde encontrar ayuda: ayuda legal gratuita, las oficinas donde puede pedir asilo, atención médica y lugares donde quedarse.
help-intro = Aquí encontrará oficinas y organizaciones que pueden ayudarle. Sus datos cambian a menudo. Antes de ir, confirme que siguen abiertas.
help-phones = Esta guía no da ningún número de teléfono, porque ninguno está verificado. Circula una línea de 2021 para el programa «Quédate en México» (MPP): no la use, es antigua.

## COMAR offices

help-comar-heading = Oficinas de la Comisión Mexicana de Ayuda a Refugiados ({ -comar })
help-comar-intro = Según la página de ayuda del { -unhcr } (la agencia de las Naciones Unidas para los refugiados), la { -comar } tiene oficinas en:
help-comar-cdmx = Ciudad de México: Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. De lunes a viernes, de 9:00 a 18:00.
help-comar-naucalpan = Naucalpan (Estado de México): Av. Los Remedios 21, Col. San Luis Tlatilco. De lunes a viernes, de 9:00 a 15:00. Es una oficina principal para la zona de Ciudad de México, y las filas son muy largas.
help-comar-tapachula-only = Tapachula (Chiapas): solo en el Centro Multiservicios, en el Libramiento Sur, abierto desde el 28 de marzo de 2025. Las otras oficinas de Tapachula cerraron el 29 de septiembre de 2025. Si va por primera vez, el horario es de 7:00 a 15:00.
# Proper name: a city and its state, the same in every language.
help-comar-palenque = Palenque (Chiapas)
# Proper name: a city and its state, the same in every language.
help-comar-tenosique = Tenosique (Tabasco)
# Proper name: a city and its state, the same in every language.
help-comar-oluta = Oluta (Veracruz)
# Proper name: a city and its state, the same in every language.
help-comar-guadalajara = Guadalajara (Jalisco)
# Proper name: a city and its state, the same in every language.
help-comar-tijuana = Tijuana (Baja California)
# Proper name: a city and its state, the same in every language.
help-comar-saltillo = Saltillo (Coahuila)
# Proper name: a city and its state, the same in every language.
help-comar-monterrey = Monterrey (Nuevo León)
help-comar-verified-2026 = Lista de oficinas verificada el 11 de marzo de 2026 en la página de ayuda del { -unhcr }. La dirección de Ciudad de México y los horarios vienen de la prensa mexicana. Naucalpan y Tapachula se revisaron en la prensa el 30 de noviembre de 2026.
help-comar-elsewhere = Donde no hay oficina de la { -comar }, puede pedir asilo en una oficina del Instituto Nacional de Migración ({ -inm }).
help-comar-cancun = Una versión de la página del { -unhcr } menciona también una oficina en Cancún. No está confirmada: pregunte antes de viajar.
help-comar-website = Sitio web de la { -comar }: gob.mx/comar
help-comar-stay = Si ya pidió asilo, no vaya a una oficina de otro estado sin pedirlo antes por escrito. Si sale de su estado, su solicitud se puede dar por abandonada.

## UNHCR (ACNUR)

help-unhcr-heading = { -unhcr }
help-unhcr-text = El { -unhcr } es la agencia de las Naciones Unidas para los refugiados. Explica cómo pedir asilo en México en help.unhcr.org/mexico.
help-unhcr-closed = En mayo de 2025, el { -unhcr } cerró sus oficinas de Palenque, Tuxtla Gutiérrez, Tenosique y Guadalajara. No vaya a buscarlo allí.
help-unhcr-languages = La página está en español, inglés, francés y criollo haitiano.
help-unhcr-verified = Verificado el 11 de marzo de 2026.

## Organizations

help-orgs-heading = Organizaciones de ayuda legal y apoyo
help-orgs-asylum-access = Asylum Access México: ayuda legal. En abril y mayo de 2025 cerró sus oficinas de Monterrey, Palenque y Tenosique. Pregunte qué oficinas siguen abiertas.
help-orgs-sin-fronteras = Sin Fronteras, en Ciudad de México: ayuda legal, apoyo psicológico y apoyo para encontrar trabajo.
help-orgs-imumi = IMUMI (Instituto para las Mujeres en la Migración): apoya a mujeres y familias migrantes. No tenemos datos de contacto confirmados. Pregunte en una organización cercana.
help-orgs-casas = Casas del Migrante (misioneros scalabrinianos): albergues en Tijuana, Ciudad Juárez, Tapachula, Guadalajara y Ciudad de México. En Tijuana se puede quedar hasta 14 días.
help-orgs-msf = Médicos Sin Fronteras (MSF): atención médica en Tapachula, en la Colonia Centro. Sus proyectos de Reynosa y Matamoros cerraron el 30 de septiembre de 2025.
help-orgs-red-cross = Cruz Roja Mexicana y Comité Internacional de la Cruz Roja (CICR): llamadas gratis de unos 3 minutos y mensajes para hablar con su familia, a lo largo de la ruta migratoria.
help-orgs-verified = Datos tomados de notas de prensa publicadas entre 2022 y 2025. Revisados el 11 de marzo de 2026. Cada dato puede haber cambiado.
help-orgs-ask = Si no encuentra una organización, pregunte en su albergue, en la { -comar } o al { -unhcr }.
