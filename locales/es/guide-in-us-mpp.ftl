## Guide topic: if you are already in the US, or were sent back to Mexico (under MPP or not).
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## the USCIS hold as reported on 2 April 2026; the annual asylum fee (DHS rule, 28 April 2026);
## work permits of at most 18 months (since 5 December 2025) and the proposed 365-day wait
## (91 FR 8616, not confirmed final); leaving the US abandons a pending claim (DHS, 2025-26);
## Mexico's response to MPP in the press (2025); a 2021 press report on an old MPP phone line;
## LRPCAP arts. 11, 18 and its Reglamento art. 19; COMAR's limits on the constancia (press);
## the UNHCR Mexico help page (11 March 2026). Order numbers stay in the sources.

in-us-mpp-title-returned = Si ya está en Estados Unidos, o le regresaron a México
in-us-mpp-summary = El plazo de 1 año, la expulsión rápida, la espera en México y pedir asilo también en México.
in-us-mpp-intro-parts = Esta página tiene tres partes. La 1 es para quien ya está en Estados Unidos. La 2, para quien fue regresado a México a esperar su audiencia. La 3 explica cómo pedir asilo también en México.

## Part 1: already inside the US

in-us-mpp-inside-heading = Si ya está dentro de Estados Unidos
in-us-mpp-inside-may = Tal vez todavía pueda pedir asilo. Depende de su caso.
in-us-mpp-inside-deadline = En general, tiene 1 año desde su última llegada para pedir asilo. Hay algunas excepciones.
in-us-mpp-inside-other = Si ya pasó ese año, quizá pueda pedir otras protecciones: la suspensión de la expulsión o la protección contra la tortura (CAT).
in-us-mpp-inside-proof = Guarde pruebas de la fecha de su última llegada.
in-us-mpp-inside-removal = Una orden del presidente de enero de 2025 amplió la expulsión rápida (expedited removal). Así, algunas personas pueden ser expulsadas sin ver a un juez.
in-us-mpp-inside-fear = Si tiene miedo de volver a su país, dígalo con claridad a las autoridades.
in-us-mpp-inside-hold-2026 = USCIS (el servicio de inmigración de Estados Unidos) volvió a decidir algunas solicitudes de asilo el 30 de marzo de 2026. Los casos de personas de unos 40 países siguen en pausa. Es probable que entre ellos estén Cuba, Haití y Venezuela.
in-us-mpp-inside-fee-if-notice = Si USCIS le manda un aviso para pagar la cuota anual de asilo, páguela dentro de los 30 días. En el año fiscal 2026, la cuota es de 102 dólares.
in-us-mpp-inside-fee-late = Desde el 29 de mayo de 2026, si no paga a tiempo, rechazan su solicitud. Además, le niegan el permiso de trabajo o se lo quitan. No hay exenciones.
in-us-mpp-inside-work = Desde diciembre de 2025, el permiso de trabajo dura como máximo 18 meses. Hay una propuesta para alargar a 365 días la espera antes de pedirlo. No está confirmado si ya se aplica.
in-us-mpp-inside-leaving = Si sale de Estados Unidos mientras su caso sigue abierto, se considera que abandona su caso. Antes de aceptar una oferta para irse, hable con una organización de ayuda legal.
in-us-mpp-inside-help = Busque ayuda legal gratuita lo antes posible. No espere a que se acerque el plazo.

## Part 2: sent back to Mexico, under MPP or not

in-us-mpp-mpp-heading = Si le regresaron a México con el MPP (el programa «Quédate en México»)
in-us-mpp-mpp-what = Con el MPP, usted espera en México las fechas de su corte en Estados Unidos.
in-us-mpp-mpp-dates = Anote todas sus fechas de corte y guarde los papeles de su caso. Pregunte a una organización de ayuda legal qué hacer si no puede ir.
in-us-mpp-mpp-uncertain = El MPP volvió el 21 de enero de 2025. No está confirmado cómo funciona hoy ni a quién se inscribe. Confirme con el { -unhcr } (la agencia de las Naciones Unidas para los refugiados) o con una organización de ayuda legal.
in-us-mpp-mpp-mexico = México ofreció atención humanitaria a las personas regresadas. También dijo que buscaría devolverlas a sus países.
in-us-mpp-mpp-travel = Si también pidió asilo en México, salir del estado donde lo pidió se trata como abandono de esa solicitud. Ir a una audiencia puede obligarle a salir de ese estado.
in-us-mpp-mpp-travel-ask-if-claim = Antes de viajar a una audiencia, hable con una organización de ayuda legal. Si tiene una solicitud de asilo en México, escriba antes de salir a la Comisión Mexicana de Ayuda a Refugiados ({ -comar }). Pida seguir su caso en otro estado.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Pedir asilo también en México
in-us-mpp-apply-deported = Si Estados Unidos le deportó o le regresó sin el MPP, también puede pedir asilo en México. Esto vale si usted no es de nacionalidad mexicana.
in-us-mpp-apply-consider-not-mexican = Si usted no es de nacionalidad mexicana, piense en pedir asilo también en México. Con la solicitud, México no puede devolverle a un lugar donde corre peligro.
in-us-mpp-apply-deadline = Tiene 30 días hábiles, contados desde el día hábil siguiente a su llegada a México.
in-us-mpp-apply-late = Si ya pasó el plazo, todavía puede pedirlo. Explique por qué no pudo hacerlo antes.
in-us-mpp-apply-ask = Pregunte a una organización de ayuda legal cómo afecta esto a su caso en Estados Unidos.
in-us-mpp-old-line = No use el teléfono del MPP que circuló en 2021. Era para el programa anterior.
