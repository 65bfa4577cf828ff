## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; INA §208(a)(2)(B).

date-entered-label = Fecha en que entró a México
date-filed-label = Fecha en que presentó su solicitud ante la { -comar }
date-extended-label = Fecha en que la { -comar } le avisó que alarga el plazo de decisión
date-notified-label = Fecha en que le notificaron que le negaron el asilo
date-tvrh-issued-label = Fecha en que le dieron su tarjeta de visitante (TVRH)
date-us-arrival-label = Fecha de su última llegada a Estados Unidos
date-signing-day-label = Su día de firma cada semana

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
deadline-comar-advice = Son 30 días hábiles desde el día hábil siguiente a su entrada. No espere al último día.
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
deadline-signing-advice = Vaya a firmar cada semana en su día. Si falta, su solicitud se puede dar por abandonada.

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
deadline-signing-today = Hoy le toca firmar.
deadline-tvrh-remind = Faltan menos de 30 días: pida la renovación ya.
deadline-early-note = Las fechas se calculan para no ser nunca más tarde que la real. Si tiene duda, haga el trámite antes.
