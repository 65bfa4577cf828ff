## Guide topic: if you are already in the US, or were returned to Mexico under MPP.
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## USCIS PM-602-0192 (2 December 2025); Mexico's response to MPP in the press (2025);
## a 2021 press report on an old MPP phone line; LRPCAP art. 18 and its Reglamento art. 19;
## the UNHCR Mexico help page (11 March 2026).

in-us-mpp-title = Si ya está en Estados Unidos o le regresaron con MPP
in-us-mpp-summary = El plazo de 1 año, la expulsión rápida, la espera en México y pedir asilo también en México.
in-us-mpp-intro = Esta página tiene dos partes. Lea la que corresponde a su situación.

## Part 1: already inside the US

in-us-mpp-inside-heading = Si ya está dentro de Estados Unidos
in-us-mpp-inside-may = Tal vez todavía pueda pedir asilo. Depende de su caso.
in-us-mpp-inside-deadline = En general, tiene 1 año desde su última llegada para pedir asilo. Hay algunas excepciones.
in-us-mpp-inside-other = Si ya pasó ese año, quizá pueda pedir otras protecciones: la suspensión de la expulsión o la protección contra la tortura (CAT).
in-us-mpp-inside-proof = Guarde pruebas de la fecha de su última llegada.
in-us-mpp-inside-removal = La orden ejecutiva 14159 amplió la expulsión rápida (expedited removal). Así, algunas personas pueden ser expulsadas sin ver a un juez.
in-us-mpp-inside-fear = Si tiene miedo de volver a su país, dígalo con claridad a las autoridades.
in-us-mpp-inside-hold = Desde el 2 de diciembre de 2025, USCIS tiene en pausa sus decisiones sobre solicitudes de asilo pendientes. Esto puede cambiar.
in-us-mpp-inside-help = Busque ayuda legal gratuita lo antes posible. No espere a que se acerque el plazo.

## Part 2: returned to Mexico under MPP

in-us-mpp-mpp-heading = Si le regresaron a México con MPP
in-us-mpp-mpp-what = Con MPP, usted espera en México las fechas de su corte en Estados Unidos.
in-us-mpp-mpp-dates = Anote todas sus fechas de corte y guarde los papeles de su caso. Pregunte a una organización de ayuda legal qué hacer si no puede ir.
in-us-mpp-mpp-uncertain = MPP volvió el 21 de enero de 2025. No está confirmado cómo funciona hoy ni a quién se inscribe. Confirme con el { -unhcr } o con una organización de ayuda legal.
in-us-mpp-mpp-mexico = México ofreció atención humanitaria a las personas regresadas. También dijo que buscaría devolverlas a sus países.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Pedir asilo también en México
in-us-mpp-apply-consider = Piense en pedir asilo también en México. Con la solicitud, México no puede devolverle a un lugar donde corre peligro.
in-us-mpp-apply-deadline = Tiene 30 días hábiles, contados desde el día hábil siguiente a su llegada a México.
in-us-mpp-apply-late = Si ya pasó el plazo, todavía puede pedirlo. Explique por qué no pudo hacerlo antes.
in-us-mpp-apply-ask = Pregunte a una organización de ayuda legal cómo afecta esto a su caso en Estados Unidos.
in-us-mpp-old-line = No use el teléfono de MPP que circuló en 2021. Era para el programa anterior.
