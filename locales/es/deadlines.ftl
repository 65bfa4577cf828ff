## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; LFPCA arts. 13, 74;
## Ley de Amparo arts. 17, 19, 20; INA §208(a)(2)(B).

date-entered-label = Fecha en que entró a México
date-filed-label = Fecha en que presentó su solicitud ante la { -comar }
date-extended-label = Fecha en que la { -comar } le avisó que alarga el plazo de decisión
date-notified-label = Fecha en que le notificaron que le negaron el asilo
date-tvrh-issued-label = Fecha en que le dieron su tarjeta de visitante (TVRH)
date-us-arrival-label = Fecha de su última llegada a Estados Unidos
date-could-apply-label = Día en que pudo pedir asilo por primera vez (si fue después de entrar)
date-could-apply-hint = Escríbalo solo si no pudo pedir asilo al llegar. Por ejemplo: un secuestro, una estancia en el hospital o una detención. Si el peligro empezó cuando ya estaba en México, escriba el día en que se enteró. Entonces los 30 días hábiles se cuentan desde ese día.
date-signing-next-label = Fecha de su próxima firma
date-signing-next-hint = Escriba la fecha exacta que le dio su oficina de la { -comar } o del { -inm }. Cada oficina da fechas distintas, por eso { -brand-name } no la calcula.

# Variables:
#   $weekday (Number) - 1 = Monday … 7 = Sunday.
weekday-name = { $weekday ->
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
        [6] sábado
       *[7] domingo
    }

deadline-comar-title = Último día para pedir asilo ante la { -comar }
deadline-comar-passed = El plazo de 30 días hábiles ya pasó. Todavía puede pedir asilo: explique por qué no pudo hacerlo antes. Busque ayuda legal gratuita.
deadline-appeal-title = Último día para apelar (recurso de revisión)
deadline-appeal-advice = Son 15 días hábiles desde que le notificaron. Busque ayuda legal gratuita ahora.
deadline-appeal-passed = El plazo para el recurso de revisión ya pasó. Aún puede haber otros caminos ante los tribunales. Busque ayuda legal gratuita cuanto antes.
deadline-decision-title = Fecha en que la { -comar } debería decidir
deadline-decision-extended-title = Fecha de decisión si la { -comar } alargó el plazo
deadline-decision-advice = La ley da 45 días hábiles, y la { -comar } puede alargarlo una vez. En la práctica muchas personas esperan más.
deadline-decision-passed = La fecha ya pasó y no hay decisión. Es común. Siga firmando y pregunte por su caso en la { -comar } o con una organización de ayuda legal.
deadline-tvrh-title = Su tarjeta de visitante (TVRH) vence
deadline-tvrh-advice = Suele valer 1 año. Pida la renovación en el { -inm } antes de que venza.
deadline-tvrh-passed = Su tarjeta ya venció. Vaya al { -inm } lo antes posible para renovarla. Lleve su constancia.
deadline-us-one-year-title = Límite de 1 año para pedir asilo en Estados Unidos
deadline-us-one-year-advice = Cuenta desde su última llegada. Presente su solicitud mucho antes de esta fecha.
deadline-us-one-year-passed = El año ya pasó. Hay excepciones, y este límite no se aplica a otras protecciones. Busque ayuda legal de inmediato.
deadline-signing-title = Su próxima firma

## How much time is left

# Variables:
#   $business (Number) - business days left, counting the last day.
#   $calendar (Number) - calendar days left, counting the last day.
deadline-left-business = { $business ->
        [one] Queda 1 día hábil
       *[other] Quedan { $business } días hábiles
    } ({ $calendar ->
        [one] 1 día en total
       *[other] { $calendar } días en total
    }).
# Variables:
#   $calendar (Number) - calendar days left.
deadline-left-calendar = { $calendar ->
        [one] Queda 1 día.
       *[other] Quedan { $calendar } días.
    }
deadline-today = Hoy es el último día.
# Variables:
#   $calendar (Number) - calendar days since the last day.
deadline-passed-ago = { $calendar ->
        [one] El plazo terminó ayer.
       *[other] El plazo terminó hace { $calendar } días.
    }
deadline-tvrh-remind = Faltan menos de 30 días: pida la renovación ya.

## What a deadline says besides its last day

deadline-comar-advice-30 = Tiene 30 días hábiles para pedir asilo. No espere al último día: vaya lo antes posible.
# Variables:
#   $date (String) - the date the count starts after, written out.
deadline-counted-after = Se cuenta desde el día hábil siguiente al { $date }.
# Variables:
#   $date (String) - the date the count starts from, written out.
deadline-counted-from = Se cuenta desde el { $date }.
# Variables:
#   $date (String) - the day the person could first apply, written out.
deadline-counted-from-could-apply = Se cuenta desde el { $date }, el día en que pudo pedir asilo. Ese día también cuenta.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-comar = Según los días festivos que cuente la { -comar }, el último día legal puede llegar hasta el { $date }. No espere a esa fecha.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-court = Según los días festivos que cuente el tribunal, el último día legal puede llegar hasta el { $date }. No espere a esa fecha.
deadline-safe-note = Cada plazo muestra primero el último día seguro. Si actúa a más tardar ese día, llega a tiempo según cualquier lectura de la ley. Haga el trámite lo antes posible.

## Once the safe last day has passed, before the latest possible one

deadline-today-safe = Hoy es el último día seguro.
# Variables:
#   $calendar (Number) - calendar days since the safe last day.
deadline-safe-passed-ago = { $calendar ->
        [one] El último día seguro fue ayer.
       *[other] El último día seguro fue hace { $calendar } días.
    }
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-comar-safe-passed = Quizá todavía está a tiempo: según los días festivos que cuente la { -comar }, el plazo puede durar hasta el { $latest }. Vaya a la { -comar } hoy mismo. Si no llega a tiempo, todavía puede pedir asilo y explicar sus razones.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-appeal-safe-passed = Quizá todavía está a tiempo: según los días festivos que se cuenten, el plazo puede durar hasta el { $latest }. Presente su recurso hoy mismo y busque ayuda legal gratuita hoy.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-decision-safe-passed = Según los días festivos que cuente la { -comar }, la ley le da hasta el { $latest } para decidir. Siga yendo a firmar en sus fechas.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-court-safe-passed = Quizá todavía está a tiempo: según los días festivos que cuente el tribunal, el plazo puede durar hasta el { $latest }. Busque ayuda legal hoy mismo.

## Court deadlines after a refusal (LFPCA arts. 13, 74; Ley de Amparo arts. 17, 19, 20)

deadline-nulidad-title = Último día para pedir a un tribunal que anule la negativa (juicio de nulidad)
deadline-amparo-title = Último día para pedir un amparo a un juez federal
deadline-court-advice = Se cuenta en días hábiles desde que le notificaron la negativa. Busque ayuda legal hoy: preparar la demanda toma tiempo.
deadline-court-lawyer = Esto lo debe presentar un abogado o una abogada. Busque ayuda legal hoy mismo.
deadline-amparo-any-time = Contra una deportación o un peligro para su vida, el amparo se puede presentar en cualquier momento, cualquier día y a cualquier hora.
deadline-court-passed = El plazo para este juicio ya pasó. Busque ayuda legal gratuita cuanto antes: puede haber otros caminos.
deadline-amparo-passed = El plazo de 15 días ya pasó. Contra una deportación o un peligro para su vida, el amparo se puede presentar en cualquier momento. Busque ayuda legal hoy mismo.

## The next signing: the date the office gave, as the person wrote it

deadline-signing-given-advice = Es la fecha que le dio su oficina. Si no va a firmar, su solicitud se puede dar por abandonada.
deadline-signing-passed = Esa fecha ya pasó. Escriba la próxima fecha que le dio su oficina. Si no pudo ir a firmar, vaya a su oficina cuanto antes y busque ayuda legal.
deadline-signing-today-entered = Hoy es la fecha de firma que usted anotó.
# Variables:
#   $calendar (Number) - calendar days since that date.
deadline-signing-passed-ago = { $calendar ->
        [one] Esa fecha fue ayer.
       *[other] Esa fecha fue hace { $calendar } días.
    }
deadline-signing-needs-date = Falta la fecha de su próxima firma.
deadline-signing-ask-date = Escriba la fecha exacta que le dio su oficina. { -brand-name } no la calcula, porque cada oficina da fechas distintas.
# Variables:
#   $weekday (String) - the day of the week, written out.
#   $number (Number) - that day, 1 = Monday … 7 = Sunday.
deadline-signing-every-weekday = Usted anotó que firma cada { $weekday }.
# Variables:
#   $days (Number) - days between two signings.
deadline-signing-every-days = { $days ->
        [one] Usted anotó que firma todos los días.
       *[other] Usted anotó que firma cada { $days } días.
    }
signing-frequency-heading = Cada cuánto debe firmar
signing-frequency-hint = Solo si su oficina se lo dijo. Sirve para recordárselo. Su próxima firma es siempre la fecha que usted escribe.
signing-weekday-label = Día de la semana
signing-every-days-label = O bien: cada cuántos días
