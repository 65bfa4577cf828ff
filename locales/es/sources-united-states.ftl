## Names of the sources cited by the United States and comparison topics.
## US laws and orders keep their official English name where it helps to find them.

source-us-proclamation-10888 = Proclamación presidencial 10888 de Estados Unidos (20 de enero de 2025)
source-us-raices-v-noem = Caso RAICES v. Noem, tribunal federal de distrito de Washington D. C.
source-us-raices-appeal-2026 = Caso RAICES v. Noem: decisión del tribunal de apelaciones de Washington D. C. (24 de abril de 2026)
source-us-eo-14159 = Orden ejecutiva 14159 de Estados Unidos, «Protecting the American People Against Invasion»
source-us-eo-14165 = Orden ejecutiva 14165 de Estados Unidos, «Securing Our Borders»
source-us-dhs-mpp = Aviso del Departamento de Seguridad Nacional de Estados Unidos (DHS) sobre el regreso de MPP
source-us-cbp-one-end = Noticias sobre el fin de las citas por CBP One
source-us-uscis-hold-2026 = Asian Law Caucus: USCIS retoma algunas decisiones de asilo y mantiene otras en pausa (abril de 2026)
source-us-ina-208 = Ley de Inmigración y Nacionalidad de Estados Unidos (INA), sección 208, y su reglamento
source-us-credible-fear = Preguntas frecuentes de USCIS sobre el miedo creíble; INA, sección 235
source-us-withholding-cat = Guía legal sobre la suspensión de la expulsión y la protección contra la tortura
source-us-grounds-family = Guías legales sobre los motivos protegidos y la familia en el asilo de Estados Unidos
source-us-i589-fees = Cuotas del formulario I-589 y del permiso de trabajo (ley H.R. 1 y Registro Federal)
source-us-annual-fee-2026 = Regla del Departamento de Seguridad Nacional (DHS) sobre la cuota anual de asilo (28 de abril de 2026)
source-us-work-permit-18-months = Nota legal sobre la duración de los permisos de trabajo (diciembre de 2025) y regla propuesta de febrero de 2026
source-us-leaving-abandons = Avisos del Departamento de Seguridad Nacional (DHS) sobre la salida voluntaria con CBP Home
source-us-i589-evidence = Reglas sobre traducciones y pruebas para el formulario I-589
source-us-trac-mexico = TRAC (Universidad de Syracuse): resultados del asilo en los tribunales, año fiscal 2024
source-us-trac-2025 = TRAC: porcentaje de asilos concedidos en agosto de 2025
source-us-nolo-mexico = Artículo de un abogado en Nolo: «Can I Apply for U.S. Asylum If I'm From Mexico?»
source-us-visaverge-2025 = VisaVerge: guía de 2025 que compara el asilo en México y en Estados Unidos
source-mx-a-comar-figures = Cifras de la { -comar } de 2023 y 2024, publicadas por la agencia EFE
source-mx-a-mpp-mexico = Respuesta del gobierno de México al regreso de MPP, según la prensa
source-mx-a-mpp-line-2021 = Nota de prensa de 2021 sobre una línea telefónica de MPP
source-mx-a-tvrh-2025 = Boletín del { -inm } sobre tarjetas de visitante entregadas en 2025
