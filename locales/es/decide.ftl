## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Cir., 24-04-2026); EO 14159,
## EO 14165; DHS on MPP (21-01-2025); INA §208; the annual asylum fee (DHS rule, 28-04-2026);
## leaving the US abandons a pending claim (DHS, 2025-26); LRPCAP arts. 6, 11-13, 20, 24, 48, 49, 51;
## Ley de Migración arts. 52, 74; LGDNNA arts. 89-98; COMAR figures for 2024 (EFE, 11-01-2025);
## TVRH cards issued (2024-2025 reports); TRAC (FY2024); an attorney's article on US claims from Mexico.

decide-title = Le ayudamos a decidir
decide-summary = 6 preguntas para saber qué partes de la guía le sirven más.
decide-intro = Responda 6 preguntas cortas. Le diremos qué leer primero. No es asesoría legal y no guardamos sus respuestas.
decide-start = Empezar
# Variables:
#   $current (Number) - the number of this question.
#   $total (Number) - how many questions there are.
decide-progress = Pregunta { $current } de { $total }
decide-result-title = Lo que le conviene saber
# Variables:
#   $date (String) - the date the rules were checked, written out.
decide-policy-date = Reglas revisadas al { $date }.
decide-result-note = Es información general para su situación, no una decisión. Cada caso es distinto. Hable con una organización de ayuda legal gratuita.
decide-reasons = Por qué
decide-again = Responder otra vez

## The six questions

decide-q-us-entry = ¿Puede entrar legalmente a Estados Unidos para pedir asilo?
decide-q-us-entry-no = No. Estoy en México o en la frontera.
decide-q-us-entry-visa = Sí. Tengo una visa u otro permiso para entrar.
decide-q-us-entry-inside = Ya estoy dentro de Estados Unidos.
decide-q-us-entry-mpp = Me regresaron a México con el programa MPP («Quédate en México») para esperar mi audiencia.
decide-q-support = ¿Tiene familia o personas que le apoyen en alguno de los dos países?
decide-q-support-mexico = En México
decide-q-support-us = En Estados Unidos
decide-q-support-both = En los dos países
decide-q-support-none = En ninguno
decide-q-wait = ¿Puede esperar mucho tiempo, quizá más de un año, a una respuesta?
decide-q-wait-yes = Sí, puedo esperar.
decide-q-wait-no = No, necesito una solución pronto.
decide-q-wait-unsure = No lo sé.
decide-q-protection = ¿Alguna de estas situaciones es la suya?
decide-q-protection-family-children = Viajo con mis hijas o hijos, o con otros niños.
decide-q-protection-unaccompanied = Tengo menos de 18 años y viajo sin mis padres.
decide-q-protection-violence = Sufrí trata de personas o violencia.
decide-q-protection-none = Ninguna de estas.
decide-q-nationality = ¿De qué país es usted?
# Proper name: a country.
decide-q-nationality-honduras = Honduras
# Proper name: a country.
decide-q-nationality-cuba = Cuba
# Proper name: a country.
decide-q-nationality-haiti = Haití
# Proper name: a country.
decide-q-nationality-el-salvador = El Salvador
# Proper name: a country.
decide-q-nationality-venezuela = Venezuela
# Proper name: a country.
decide-q-nationality-guatemala = Guatemala
# Proper name: a country.
decide-q-nationality-colombia = Colombia
# Proper name: a country.
decide-q-nationality-mexico = México
decide-q-nationality-other = Otro país
decide-q-settle = Si le reconocen como refugiado, ¿le gustaría vivir en México?
decide-q-settle-yes = Sí, me gustaría.
decide-q-settle-no = No, no me gustaría.
decide-q-settle-unsure = Todavía no lo sé

## Advice, one block per circumstance
## Mexico's asylum is only for foreigners (LRPCAP arts. 11, 13): advice for a Mexican national
## never points to the COMAR or to a claim in Mexico. Each acronym is glossed at its first use
## in each card, because a card can be shown without the others.

decide-a-at-border-title = Está en México o en la frontera
decide-a-at-border-text = Las reglas del asilo en la frontera sur de Estados Unidos están en juicio, y no está confirmado qué se aplica hoy. Antes de ir, pregunte a una organización de ayuda legal. En México, usted puede pedir asilo.
decide-a-at-border-reason-cbp-one = CBP One (la aplicación de Estados Unidos para pedir cita en la frontera) dejó de dar citas el 20 de enero de 2025.
decide-a-at-border-reason-mexico = En México tiene 30 días hábiles desde su entrada para pedir asilo ante la Comisión Mexicana de Ayuda a Refugiados ({ -comar }). Si ya pasaron, pídalo de todos modos.

decide-a-mexican-national-title = Usted es de México
decide-a-mexican-national-text = En México, solo las personas extranjeras pueden pedir asilo. Si huye de un peligro en México, la vía es pedir protección en otro país.
decide-a-mexican-national-reason-1 = Para pedir asilo en México hay que ser extranjero.
decide-a-mexican-national-reason-court-share = En el año fiscal 2024, los jueces de inmigración de Estados Unidos decidieron casos de personas mexicanas. Dieron asilo en el 16.6 % de esos casos.
decide-a-mexican-national-reason-border = Las reglas del asilo en la frontera de Estados Unidos están en juicio, y no está confirmado qué se aplica hoy. Hable con una organización de ayuda legal antes de hacer planes.

decide-a-visa-title = Puede entrar legalmente a Estados Unidos
decide-a-visa-text = Si entra con un permiso, quizá pueda pedir asilo desde adentro. Busque ayuda legal antes de viajar.
decide-a-visa-reason-1 = Ya adentro, tiene 1 año desde su última llegada para pedir asilo, con algunas excepciones.
decide-a-visa-reason-fees = La solicitud (formulario I-589) se llena en inglés y cuesta 100 dólares. Mientras sigue abierta, hay una cuota cada año: 102 dólares en el año fiscal 2026.
decide-a-visa-reason-3 = Las reglas de Estados Unidos cambiaron mucho en 2025 y pueden cambiar otra vez.

decide-a-inside-us-title = Ya está en Estados Unidos
decide-a-inside-us-text = Quizá todavía pueda pedir asilo. Busque ayuda legal lo antes posible.
decide-a-inside-us-reason-1 = Tiene 1 año desde su última llegada para pedir asilo, con algunas excepciones.
decide-a-inside-us-reason-2 = Desde 2025, la deportación rápida (expedited removal) se aplica a más personas.
decide-a-inside-us-reason-3 = El límite de 1 año no se aplica a otras protecciones, como la suspensión de la deportación o la protección contra la tortura.
decide-a-inside-us-reason-fee = Si ya pidió asilo, pague la cuota anual dentro de los 30 días del aviso. Si no paga a tiempo, rechazan su solicitud y pierde el permiso de trabajo.
decide-a-inside-us-reason-leaving = Si sale de Estados Unidos mientras su caso sigue abierto, se considera que abandona su caso.

decide-a-mpp-title = Le regresaron a México con el MPP («Quédate en México»)
decide-a-mpp-text = Siga yendo a sus audiencias en Estados Unidos. Piense también en pedir asilo en México como respaldo.
decide-a-mpp-reason-some = El MPP volvió el 21 de enero de 2025. Con él, algunas personas con un caso en Estados Unidos esperan en México. No está claro cómo funciona hoy.
decide-a-mpp-reason-2 = Puede pedir asilo en México: son 30 días hábiles desde su entrada. Si ya pasaron, pídalo de todos modos y explique por qué.
decide-a-mpp-reason-state = Si pide asilo en México, salir del estado donde lo pidió se trata como abandono de esa solicitud. Ir a una audiencia puede obligarle a salir de ese estado.
decide-a-mpp-reason-travel = Antes de viajar a una audiencia, hable con una organización de ayuda legal. Si debe salir del estado, pida antes por escrito a la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) seguir su caso en otro estado.

decide-a-us-hearings-title = Tiene un caso en Estados Unidos
decide-a-us-hearings-text = Siga yendo a todas sus audiencias en Estados Unidos. Anote sus fechas y guarde los papeles de su caso.
decide-a-us-hearings-reason-help = Antes de viajar a una audiencia, hable con una organización de ayuda legal.
decide-a-us-hearings-reason-rules = Las reglas de Estados Unidos cambiaron en 2025 y 2026, y pueden cambiar otra vez.

decide-a-us-border-rules-title = Niñas, niños y víctimas en la frontera de Estados Unidos
decide-a-us-border-rules-text = El texto de la proclamación de 2025 sobre la frontera sur no hace excepción para niñas, niños ni víctimas de trata o de violencia.

decide-a-family-children-title = Viaja con niñas o niños
decide-a-family-children-text-protections = Si piden asilo en México, las niñas y los niños tienen protecciones especiales.
decide-a-family-children-reason-detention = La ley dice que las niñas y los niños no deben estar encerrados en estaciones migratorias.
decide-a-family-children-reason-law = La ley dice que cada niño debe recibir su propia constancia y una tarjeta de visitante gratis, sin pedir documentos. En la práctica, se entregan pocas tarjetas.

decide-a-unaccompanied-title = Tiene menos de 18 años y viaja sin sus padres
decide-a-unaccompanied-text = En México la ley le da una protección especial. Pida ayuda al DIF (el sistema público que protege a niñas y niños). También puede pedirla al { -unhcr } (la agencia de las Naciones Unidas para los refugiados).
decide-a-unaccompanied-reason-1 = Deben avisar de inmediato a la Procuraduría de Protección, que decide lo mejor para usted.
decide-a-unaccompanied-reason-2 = Tiene derecho a un intérprete, a un abogado y a una representación gratis.
decide-a-unaccompanied-reason-detention = La ley dice que no deben tenerle encerrado en una estación migratoria. Deben alojarle aparte de los adultos.
decide-a-unaccompanied-reason-comar = Si necesita protección como refugiado, el DIF le envía a la Comisión Mexicana de Ayuda a Refugiados ({ -comar }).

decide-a-unaccompanied-mexican-text = No tiene que decidir sin ayuda. Pida ayuda antes de seguir su viaje.
decide-a-unaccompanied-mexican-reason-dif = El DIF (el sistema público que protege a niñas, niños y familias en México) puede ayudarle.
decide-a-unaccompanied-mexican-reason-legal = Una organización de ayuda legal gratuita puede explicarle sus opciones.

decide-a-violence-title = Sufrió trata de personas o violencia
decide-a-violence-text = Puede pedir protección en México. Busque apoyo en una organización o en el { -unhcr } (la agencia de las Naciones Unidas para los refugiados).
decide-a-violence-reason-1 = En México, la violencia por género y la violencia generalizada pueden ser motivos para pedir asilo.
decide-a-violence-reason-2 = Sus datos son confidenciales, y puede recibir ayuda si es una persona vulnerable.
decide-a-violence-reason-evidence = Guarde en un lugar seguro las pruebas que tenga, como denuncias o informes médicos.

decide-a-violence-mexican-text = Lo que le pasó importa. Si piensa pedir asilo en otro país, busque antes ayuda legal gratuita.
decide-a-violence-mexican-reason-grounds = En Estados Unidos, una razón central del daño debe ser uno de 5 motivos, como su opinión política o su grupo social.
decide-a-violence-mexican-reason-general = Muchas solicitudes fallan porque el daño se ve como violencia general, que afecta a mucha gente en el país.

decide-a-support-mexico-title = Tiene familia o apoyo en México
decide-a-support-mexico-text = Eso puede hacer más fácil empezar una nueva vida en México.
decide-a-support-mexico-reason-work-scarce = La tarjeta de visitante por razones humanitarias (TVRH) permite trabajar, pero hoy se entregan pocas.
decide-a-support-mexico-reason-2 = Si le reconocen, recibe la residencia permanente.

decide-a-support-us-title = Tiene familia o apoyo en Estados Unidos
decide-a-support-us-text = Tener familia allá no cambia las reglas de la frontera. Pregunte a una organización de ayuda legal qué opciones tiene.
decide-a-support-us-reason-spouse = En una solicitud de asilo en Estados Unidos se puede incluir a su cónyuge y a sus hijos solteros menores de 21 años. Una pareja sin matrimonio no se puede incluir.
decide-a-support-us-reason-2 = Las reglas de Estados Unidos cambiaron en 2025 y pueden cambiar otra vez.

decide-a-cannot-wait-title = Necesita una solución pronto
decide-a-cannot-wait-text-both-long = En los dos países la espera es larga. En México, la tarjeta que permite trabajar es difícil de conseguir.
decide-a-cannot-wait-reason-1 = La ley da a la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) 45 días hábiles para decidir, pero muchas personas esperan mucho más.
decide-a-cannot-wait-reason-cards = La tarjeta de visitante (TVRH) permite trabajar, pero se entregan pocas. Dos informes cuentan 4,129 tarjetas en la primera mitad de 2025.

decide-a-nationality-title = Su nacionalidad
decide-a-nationality-text = Cada caso se decide por sí mismo, no solo por el país. Nadie le puede prometer un resultado.
decide-a-nationality-reason-1 = En 2024, la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) resolvió 33,844 casos, y el 74 % fue positivo.
decide-a-nationality-reason-2 = En 2024, quienes más pidieron asilo en México venían de Honduras, Cuba y Haití.

decide-a-settle-yes-title = Quiere quedarse en México
decide-a-settle-yes-text = Si le reconocen, recibe la residencia permanente y puede vivir donde quiera en México.
decide-a-settle-yes-reason-1 = Solo debe avisar cuando cambie de domicilio.
decide-a-settle-yes-reason-2 = Un Programa de Integración Local ayuda a algunas personas reconocidas a encontrar trabajo y a mudarse.

decide-a-settle-undecided-title = No está seguro de quedarse en México
decide-a-settle-undecided-text-conditions = Pedir asilo en México le protege mientras decide, si se queda en el estado donde lo pidió y va a firmar. Hable de sus planes con una organización de ayuda legal.
decide-a-settle-undecided-reason-1 = Desde que presenta su solicitud, México no puede devolverle a un lugar donde corre peligro.
decide-a-settle-undecided-reason-2 = Si viaja a su país después de ser reconocido, puede perder la protección.

decide-a-legal-help-title = Busque ayuda legal gratuita
decide-a-legal-help-text = Esta guía informa, pero no conoce su caso. Una persona experta puede ayudarle sin cobrar.
decide-a-legal-help-reason-1 = El { -unhcr } (la agencia de las Naciones Unidas para los refugiados) y varias organizaciones dan ayuda legal gratuita.
decide-a-legal-help-reason-2 = Las reglas cambian seguido, sobre todo en Estados Unidos.

## Reasons shared by several cards

# Protection in Mexico lasts while the person stays in the state of the claim and keeps signing
# (COMAR's limits on the constancia; Reglamento art. 24).
decide-a-reason-stay-and-sign = Su protección en México sigue mientras se quede en el estado donde pidió asilo y vaya a firmar.

## Errors of the decision helper

# Variables:
#   $question (String) - the question's key as typed.
error-decide-unknown-question = No existe la pregunta «{ $question }».
# Variables:
#   $question (String) - the question's key.
#   $answer (String) - the answer as typed.
#   $answers (String) - the possible answers, separated by commas.
error-decide-unknown-answer = «{ $answer }» no es una respuesta para «{ $question }». Respuestas posibles: { $answers }.
# Variables:
#   $question (String) - the question's key.
error-decide-missing = Falta responder la pregunta «{ $question }».
