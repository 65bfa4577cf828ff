## Guide topic: where you can ask for asylum now (the US southern border, and Mexico).
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); EO 14165 (90 FR 8467);
## the DHS notice on MPP (21 January 2025); reports on the end of CBP One; RAICES v. Noem
## (D.D.C. 25-cv-306; D.C. Circuit, 24 April 2026); the USCIS hold as reported on 2 April 2026;
## COMAR figures reported by EFE (11 January 2025) and press figures for mid-2025;
## LRPCAP arts. 11, 15, 18; the UNHCR Mexico help page (11 March 2026).
## Order and proclamation numbers stay in the sources, not in the text.

where-now-title = ¿Dónde puedo pedir asilo ahora?
where-now-summary = Qué pasa en la frontera de Estados Unidos desde 2025 y quién puede pedir asilo en México.
where-now-intro-rules = Desde enero de 2025, Estados Unidos cambió sus reglas para pedir asilo en su frontera sur. Esas reglas están en juicio. Muchas personas piden asilo en México.

## The United States

where-now-us-heading = En la frontera de Estados Unidos
where-now-us-proclamation = El 20 de enero de 2025, el presidente de Estados Unidos firmó una proclamación sobre la frontera sur. Según su texto, esta proclamación:
where-now-us-entry = Suspende la entrada de muchas personas por la frontera sur.
where-now-us-bar = Impide pedir asilo a las personas que cubre.
where-now-us-info = También cierra el paso a quien no puede dar información suficiente sobre su salud o sus antecedentes penales.
where-now-us-orders = Otras dos órdenes del presidente endurecieron aún más las reglas:
where-now-us-cbp-one = CBP One (una aplicación del gobierno de Estados Unidos para pedir cita) ya no da citas. Las citas terminaron el 20 de enero de 2025 y todas las citas ya dadas se cancelaron.
where-now-us-mpp = El MPP (el programa «Quédate en México») volvió el 21 de enero de 2025. Con el MPP, algunas personas esperan en México sus audiencias en Estados Unidos. No está confirmado si hoy se inscribe a personas nuevas.
where-now-us-removal = Se amplió la expulsión rápida (expedited removal) dentro de Estados Unidos.
where-now-us-hold-2026 = USCIS (el servicio de inmigración de Estados Unidos) volvió a decidir algunas solicitudes de asilo el 30 de marzo de 2026. Pero los casos de personas de unos 40 países siguen en pausa. Es probable que entre ellos estén Cuba, Haití y Venezuela.

## The courts

where-now-court-heading = Lo que dicen los tribunales
where-now-court-ruling = El 2 de julio de 2025, un juez federal decidió que la proclamación era ilegal.
where-now-court-appeal-narrowed = Después, un tribunal de apelaciones redujo el alcance de esa decisión.
where-now-court-ruling-2026 = El 24 de abril de 2026, un tribunal de apelaciones decidió sobre la proclamación. Dijo que el presidente no puede suspender así las solicitudes de asilo ni crear su propio proceso de expulsión.
where-now-court-protections = También dijo que siguen disponibles la suspensión de la expulsión (withholding of removal) y la protección de la Convención contra la Tortura (CAT).
where-now-court-review = El gobierno dijo que pediría otra revisión. Según la prensa, no hubo un cambio inmediato en la frontera.
where-now-court-unclear = No está confirmado qué reglas se aplican hoy. Antes de ir a la frontera, pregunte a una organización de ayuda legal.

## Mexico

where-now-mx-heading = En México
where-now-mx-numbers = México recibe muchas más solicitudes de asilo que antes:
where-now-mx-2023 = En 2023: 140,720 solicitudes, la cifra más alta hasta ahora.
where-now-mx-2024 = En 2024: 78,975 solicitudes.
where-now-mx-2025 = En 2025: la cifra del año completo aún no está confirmada.
where-now-mx-2025-daily = A mediados de 2025 llegaban unas 250 solicitudes nuevas cada día.
where-now-mx-comar = En México, la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) decide quién recibe la condición de refugiado o la protección complementaria.
where-now-mx-who = Cualquier persona extranjera que esté en México puede pedir asilo.
where-now-mx-how = Puede pedirlo por escrito o hablando.
where-now-mx-free = Es gratis.
where-now-mx-deadline = Tiene 30 días hábiles, contados desde el día hábil siguiente a su entrada. Si ya pasó el plazo, pídalo de todos modos y explique por qué.
where-now-mx-steps = Los pasos están en el tema «Cómo pedir asilo en México, paso a paso».

## Changes

where-now-changes = Estas reglas cambian a menudo, sobre todo en Estados Unidos. Lo que lee aquí puede haber cambiado. Confirme con el { -unhcr } (la agencia de las Naciones Unidas para los refugiados) o con una organización de ayuda legal.
