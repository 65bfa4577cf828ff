## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025);
## reports on the end of CBP One; USCIS PM-602-0192; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## COMAR figures reported by EFE (11 January 2025). Background: VisaVerge (2025).

compare-title = México y Estados Unidos, lado a lado
compare-summary = Quién puede pedir asilo, dónde, cuánto tarda, cuánto cuesta y cómo les fue a otras personas.
compare-intro = Esta tabla resume lo principal de cada país. Las reglas de Estados Unidos cambian a menudo. Confirme antes de decidir.

## The table

compare-table-caption = Pedir asilo en Estados Unidos y en México
compare-col-us = Estados Unidos
compare-col-mexico = México

compare-row-who = Quién puede pedirlo
compare-us-who = En la frontera sur, casi nadie: la Proclamación 10888 lo impide. Quien ya está dentro quizá pueda.
compare-mx-who = Cualquier persona extranjera que esté en México.

compare-row-where = Dónde
compare-us-where = No en la frontera sur, y CBP One ya no da citas. Dentro del país, ante USCIS o ante un juez.
compare-mx-where = En una oficina de la { -comar } o del { -inm }, o en una estación migratoria.

compare-row-process = El trámite
compare-us-process = El formulario I-589, en inglés, con pruebas traducidas. Después, entrevista o audiencia ante un juez.
compare-mx-process = Solicitud a la { -comar }, constancia, firmas periódicas, entrevista y decisión.

compare-row-time = Tiempo
compare-us-time = No hay plazo fijo. Desde el 2 de diciembre de 2025, USCIS tiene en pausa sus decisiones sobre el I-589.
compare-mx-time = La ley da 45 días hábiles, con una prórroga posible. En la práctica, se espera mucho más.

compare-row-status = Mientras espera
compare-us-status = Con MPP, se espera en México. Dentro del país, algunas personas corren riesgo de expulsión rápida.
compare-mx-status = Constancia y tarjeta de visitante (TVRH). Debe quedarse en el estado donde pidió asilo.

compare-row-work = Trabajo
compare-us-work = Necesita un permiso de trabajo aparte. El primero cuesta 550 dólares.
compare-mx-work = Sí, con la tarjeta de visitante (TVRH).

compare-row-cost = Costo
compare-us-cost = 100 dólares al presentar el I-589 y 100 dólares por cada año de espera. No hay exenciones.
compare-mx-cost = Gratis.

compare-row-chances = Resultados pasados
compare-us-chances = Año fiscal 2024: los jueces concedieron asilo en el 16.6% de los casos de mexicanos. Agosto de 2025: 19.2%, todas las nacionalidades.
compare-mx-chances = En 2024, la { -comar } resolvió 33,844 casos. El 74% tuvo una respuesta positiva.

compare-row-integration = Apoyo para integrarse
compare-us-integration = Limitado, sobre todo para quien espera en México con MPP.
compare-mx-integration = Residencia permanente si le reconocen. Programa de Integración Local para algunas personas reconocidas.

## After the table

compare-past = Las cifras muestran resultados del pasado. No dicen qué pasará con su caso: cada caso es distinto.
