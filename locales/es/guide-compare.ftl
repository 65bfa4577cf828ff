## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Circuit, 24 April 2026);
## EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025); reports on the end of CBP One;
## the USCIS hold as reported on 2 April 2026; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## the annual asylum fee for FY2026 (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## TVRH cards issued (2024-2025 reports); COMAR figures reported by EFE (11 January 2025).
## Background: VisaVerge (2025).

compare-title = México y Estados Unidos, lado a lado
compare-summary = Quién puede pedir asilo, dónde, cuánto tarda, cuánto cuesta y cómo les fue a otras personas.
compare-intro = Esta tabla resume lo principal de cada país. Las reglas de Estados Unidos cambian a menudo. Confirme antes de decidir.

## The table

compare-table-caption = Pedir asilo en Estados Unidos y en México
compare-col-us = Estados Unidos
compare-col-mexico = México

compare-row-who = Quién puede pedirlo
compare-us-who-ruling = En la frontera sur, las reglas están en juicio y no está confirmado qué se aplica hoy. Quien ya está dentro quizá pueda.
compare-mx-who = Cualquier persona extranjera que esté en México.

compare-row-where = Dónde
compare-us-where-unclear = En la frontera sur, no está claro. CBP One (la aplicación para pedir cita) ya no da citas. Dentro del país, ante USCIS (el servicio de inmigración) o ante un juez.
compare-mx-where = En una oficina de la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) o del Instituto Nacional de Migración ({ -inm }), o en una estación migratoria.

compare-row-process = El trámite
compare-us-process = El formulario I-589, en inglés, con pruebas traducidas. Después, entrevista o audiencia ante un juez.
compare-mx-process = Solicitud a la { -comar }, constancia, firmas periódicas, entrevista y decisión.

compare-row-time = Tiempo
compare-us-time-no-estimate = No se conoce un tiempo de espera confiable. Desde marzo de 2026, USCIS decide algunos casos, pero los de personas de unos 40 países siguen en pausa.
compare-mx-time = La ley da 45 días hábiles, con una prórroga posible. En la práctica, se espera mucho más.

compare-row-status = Mientras espera
compare-us-status-some = Con el MPP (el programa «Quédate en México»), algunas personas esperan en México. Dentro del país, algunas corren riesgo de expulsión rápida. Si sale del país con el caso abierto, se considera que lo abandona.
compare-mx-status-stay-sign-if-card = La constancia, y la tarjeta de visitante por razones humanitarias (TVRH) si logra obtenerla: se entregan pocas. Debe quedarse en el estado donde pidió asilo y seguir yendo a firmar.

compare-row-work = Trabajo
compare-us-work-18-months = Necesita un permiso de trabajo aparte. El primero cuesta 550 dólares. Desde diciembre de 2025, dura como máximo 18 meses.
compare-mx-work-scarce = Sí, con la tarjeta de visitante (TVRH). Pero hoy se entregan pocas tarjetas.

compare-row-cost = Costo
compare-us-cost-notice = 100 dólares al presentar el I-589. Las solicitudes presentadas desde octubre de 2024 también tienen una cuota anual: 102 dólares en el año fiscal 2026. Si USCIS le manda un aviso, pague dentro de los 30 días, o rechazan su solicitud. No hay exenciones.
compare-mx-cost = Gratis.

compare-row-chances = Resultados pasados
compare-us-chances = Año fiscal 2024: los jueces concedieron asilo en el 16.6% de los casos de mexicanos. Agosto de 2025: 19.2%, todas las nacionalidades.
compare-mx-chances = En 2024, la { -comar } resolvió 33,844 casos. El 74% tuvo una respuesta positiva.

compare-row-integration = Apoyo para integrarse
compare-us-integration = Limitado, sobre todo para quien espera en México con el MPP.
compare-mx-integration = Residencia permanente si le reconocen. Programa de Integración Local para algunas personas reconocidas.

## After the table

compare-past = Las cifras muestran resultados del pasado. No dicen qué pasará con su caso: cada caso es distinto.
