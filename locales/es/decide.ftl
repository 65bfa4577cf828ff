## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333); EO 14159, EO 14165; DHS on MPP (21-01-2025); INA §208;
## LRPCAP arts. 6, 12, 13, 20, 24, 48, 49, 51; Ley de Migración arts. 52, 74; LGDNNA arts. 89-98;
## COMAR figures for 2024 (EFE, 11-01-2025); TRAC (FY2024).

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
decide-q-us-entry-mpp = Me regresaron a México con el programa MPP para esperar mi audiencia.
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

decide-a-border-closed-title = Está en México o en la frontera
decide-a-border-closed-text = Hoy casi no es posible pedir asilo en la frontera sur de Estados Unidos. México es la opción realista.
decide-a-border-closed-reason-1 = Desde el 20 de enero de 2025, la Proclamación 10888 suspende el asilo en la frontera sur. Hay juicios, y no está claro qué se aplica hoy.
decide-a-border-closed-reason-2 = Las citas de CBP One terminaron el 20 de enero de 2025.
decide-a-border-closed-reason-3 = En México tiene 30 días hábiles desde su entrada para pedir asilo ante la { -comar }. Si ya pasaron, pídalo de todos modos.

decide-a-mexican-national-title = Usted es de México
decide-a-mexican-national-text = La { -comar } solo protege a personas extranjeras. Si huye de un peligro en México, la vía es pedir asilo en otro país.
decide-a-mexican-national-reason-1 = Para pedir asilo en México hay que ser extranjero.
decide-a-mexican-national-reason-2 = En las cortes de inmigración de Estados Unidos, en el año fiscal 2024 se dio asilo al 16.6 % de las personas mexicanas.
decide-a-mexican-national-reason-3 = Las reglas de la frontera de Estados Unidos cambiaron en 2025. Hable con una organización de ayuda legal antes de hacer planes.

decide-a-visa-title = Puede entrar legalmente a Estados Unidos
decide-a-visa-text = Si entra con un permiso, quizá pueda pedir asilo desde adentro. Busque ayuda legal antes de viajar.
decide-a-visa-reason-1 = Ya adentro, tiene 1 año desde su última llegada para pedir asilo, con algunas excepciones.
decide-a-visa-reason-2 = El formulario I-589 se llena en inglés y cuesta 100 dólares, más 100 dólares por cada año de espera.
decide-a-visa-reason-3 = Las reglas de Estados Unidos cambiaron mucho en 2025 y pueden cambiar otra vez.

decide-a-inside-us-title = Ya está en Estados Unidos
decide-a-inside-us-text = Quizá todavía pueda pedir asilo. Busque ayuda legal lo antes posible.
decide-a-inside-us-reason-1 = Tiene 1 año desde su última llegada para pedir asilo, con algunas excepciones.
decide-a-inside-us-reason-2 = Desde 2025, la deportación rápida (expedited removal) se aplica a más personas.
decide-a-inside-us-reason-3 = El límite de 1 año no se aplica a otras protecciones, como la suspensión de la deportación o la protección contra la tortura.

decide-a-mpp-title = Le regresaron a México con el MPP
decide-a-mpp-text = Siga yendo a sus audiencias en Estados Unidos. Piense también en pedir asilo en México como respaldo.
decide-a-mpp-reason-1 = El MPP volvió el 21 de enero de 2025, pero no está claro cómo funciona hoy.
decide-a-mpp-reason-2 = Puede pedir asilo en México: son 30 días hábiles desde su entrada. Si ya pasaron, pídalo de todos modos y explique por qué.
decide-a-mpp-reason-3 = No use la línea telefónica de 2021 para el MPP: ya no sirve.

decide-a-family-children-title = Viaja con niñas o niños
decide-a-family-children-text = Para las familias con niños, México es hoy la opción más realista. Los niños tienen protecciones especiales.
decide-a-family-children-reason-1 = Las reglas de 2025 en la frontera de Estados Unidos no hacen excepción para los niños.
decide-a-family-children-reason-2 = En México, las niñas y los niños nunca son detenidos en estaciones migratorias.
decide-a-family-children-reason-3 = Cada niño recibe su propia constancia y una tarjeta de visitante gratis, sin pedir documentos.

decide-a-unaccompanied-title = Tiene menos de 18 años y viaja sin sus padres
decide-a-unaccompanied-text = En México la ley le da una protección especial. Pida ayuda al DIF o al { -unhcr }.
decide-a-unaccompanied-reason-1 = Deben avisar de inmediato a la Procuraduría de Protección, que decide lo mejor para usted.
decide-a-unaccompanied-reason-2 = Tiene derecho a un intérprete, a un abogado y a una representación gratis.
decide-a-unaccompanied-reason-3 = No pueden detenerle en una estación migratoria, y le alojan aparte de los adultos.

decide-a-violence-title = Sufrió trata de personas o violencia
decide-a-violence-text = Puede pedir protección en México. Busque apoyo en una organización o en el { -unhcr }.
decide-a-violence-reason-1 = En México, la violencia por género y la violencia generalizada pueden ser motivos para pedir asilo.
decide-a-violence-reason-2 = Sus datos son confidenciales, y puede recibir ayuda si es una persona vulnerable.
decide-a-violence-reason-3 = Las reglas de 2025 en la frontera de Estados Unidos no hacen excepción para las víctimas.

decide-a-support-mexico-title = Tiene familia o apoyo en México
decide-a-support-mexico-text = Eso puede hacer más fácil empezar una nueva vida en México.
decide-a-support-mexico-reason-1 = Con la tarjeta de visitante (TVRH) puede trabajar mientras espera.
decide-a-support-mexico-reason-2 = Si le reconocen, recibe la residencia permanente.

decide-a-support-us-title = Tiene familia o apoyo en Estados Unidos
decide-a-support-us-text = Tener familia allá no cambia las reglas de 2025 en la frontera. Pregunte a una organización de ayuda legal qué opciones tiene.
decide-a-support-us-reason-1 = En una solicitud de asilo en Estados Unidos se puede incluir a la pareja y a los hijos solteros menores de 21 años.
decide-a-support-us-reason-2 = Las reglas de Estados Unidos cambiaron en 2025 y pueden cambiar otra vez.

decide-a-cannot-wait-title = Necesita una solución pronto
decide-a-cannot-wait-text = En los dos países la espera es larga. En México, al menos, puede trabajar mientras espera.
decide-a-cannot-wait-reason-1 = La ley da a la { -comar } 45 días hábiles para decidir, pero muchas personas esperan mucho más.
decide-a-cannot-wait-reason-2 = Con la tarjeta de visitante (TVRH) puede trabajar legalmente en México.

decide-a-nationality-title = Su nacionalidad
decide-a-nationality-text = Cada caso se decide por sí mismo, no solo por el país. Nadie le puede prometer un resultado.
decide-a-nationality-reason-1 = En 2024, la { -comar } resolvió 33,844 casos, y el 74 % fue positivo.
decide-a-nationality-reason-2 = En 2024, quienes más pidieron asilo en México venían de Honduras, Cuba y Haití.

decide-a-settle-yes-title = Quiere quedarse en México
decide-a-settle-yes-text = Si le reconocen, recibe la residencia permanente y puede vivir donde quiera en México.
decide-a-settle-yes-reason-1 = Solo debe avisar cuando cambie de domicilio.
decide-a-settle-yes-reason-2 = Un Programa de Integración Local ayuda a algunas personas reconocidas a encontrar trabajo y a mudarse.

decide-a-settle-undecided-title = No está seguro de quedarse en México
decide-a-settle-undecided-text = Pedir asilo en México le protege mientras decide. Hable de sus planes con una organización de ayuda legal.
decide-a-settle-undecided-reason-1 = Desde que presenta su solicitud, México no puede devolverle a un lugar donde corre peligro.
decide-a-settle-undecided-reason-2 = Si viaja a su país después de ser reconocido, puede perder la protección.

decide-a-legal-help-title = Busque ayuda legal gratuita
decide-a-legal-help-text = Esta guía informa, pero no conoce su caso. Una persona experta puede ayudarle sin cobrar.
decide-a-legal-help-reason-1 = El { -unhcr } y varias organizaciones dan ayuda legal gratuita.
decide-a-legal-help-reason-2 = Las reglas cambian seguido, sobre todo en Estados Unidos.

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
