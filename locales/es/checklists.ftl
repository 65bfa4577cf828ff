## Document checklists. "why" says why each item matters.
## Facts: LRPCAP arts. 11, 12, 18, 23; Ley de Migración arts. 52, 74; 8 CFR 103.2(b)(3); 90 FR 34511;
## the annual asylum fee for FY2026 (DHS rule, 28-04-2026).

checklist-need-needed = Se lo piden
checklist-need-helpful = Le puede ayudar
checklist-status-have = Lo tengo
checklist-status-needed = Me falta
checklist-status-not-applicable = No aplica

checklist-comar-claim-title = Para pedir asilo ante la { -comar }
checklist-comar-claim-id = Pasaporte o identificación
checklist-comar-claim-id-why = Ayuda a probar quién es. La ley no lo exige para pedir asilo.
checklist-comar-claim-family-documents = Actas de nacimiento o de matrimonio de su familia
checklist-comar-claim-family-documents-why = Prueban el parentesco. Si no las tiene, se aceptan otras pruebas.
checklist-comar-claim-entry-date = Prueba de la fecha en que entró a México
checklist-comar-claim-entry-date-why = El plazo de 30 días hábiles se cuenta desde su entrada.
checklist-comar-claim-account = Sus notas sobre lo que le pasó, con fechas y lugares
checklist-comar-claim-account-why = Le ayudan a contar su historia completa y con detalles en la entrevista.
checklist-comar-claim-police-reports = Denuncias ante la policía o el ministerio público
checklist-comar-claim-police-reports-why = Muestran que pidió protección en su país.
checklist-comar-claim-threats = Capturas de pantalla de amenazas
checklist-comar-claim-threats-why = Son pruebas de lo que vivió. Guarde también la fecha y quién las envió.
checklist-comar-claim-medical = Informes médicos o psicológicos
checklist-comar-claim-medical-why = Muestran el daño que sufrió.
checklist-comar-claim-photos-witnesses = Fotos y declaraciones de testigos
checklist-comar-claim-photos-witnesses-why = Apoyan lo que usted cuenta.

checklist-tvrh-title = Para la tarjeta de visitante (TVRH)
checklist-tvrh-constancia = Su constancia de trámite de la { -comar }
checklist-tvrh-constancia-why = Con ella se pide la tarjeta en el { -inm }.
checklist-tvrh-id = Una identificación
checklist-tvrh-id-why = El { -inm } suele pedirla.
checklist-tvrh-address = Comprobante de domicilio, o un oficio de la { -comar }
checklist-tvrh-address-why = El { -inm } suele pedirlo. Si no tiene, pida el oficio en la { -comar }.
checklist-tvrh-entry-statement = Carta firmada con su fecha de entrada a México
checklist-tvrh-entry-statement-why = El { -inm } suele pedirla.
checklist-tvrh-children-birth = Actas de nacimiento de sus hijos
checklist-tvrh-children-birth-why = Si tiene hijos con usted, suelen pedirlas.

checklist-appeal-title = Para apelar una negativa
checklist-appeal-decision = La resolución de la { -comar } que le niega el asilo
checklist-appeal-decision-why = El recurso responde a esa decisión.
checklist-appeal-notification-date = Prueba del día en que le notificaron
checklist-appeal-notification-date-why = Los 15 días hábiles se cuentan desde ese día.
checklist-appeal-constancia = Su constancia de trámite
checklist-appeal-constancia-why = Identifica su caso.
checklist-appeal-new-evidence = Pruebas nuevas o que no entregó antes
checklist-appeal-new-evidence-why = Pueden apoyar su recurso.

checklist-us-i589-title = Para una solicitud de asilo en Estados Unidos (formulario I-589)
checklist-us-i589-form = Formulario I-589 llenado en inglés
checklist-us-i589-form-why = El formulario debe estar en inglés.
checklist-us-i589-translations = Traducción completa y certificada al inglés de cada documento
checklist-us-i589-translations-why = Un documento en otro idioma sin traducción certificada puede no aceptarse.
checklist-us-i589-identity = Documentos de identidad y de parentesco
checklist-us-i589-identity-why = Prueban quién es usted y quién es su familia.
checklist-us-i589-declaration = Su declaración personal, con detalles
checklist-us-i589-declaration-why = Las respuestas concretas y con detalles hacen más fuerte una solicitud.
checklist-us-i589-last-arrival = Prueba de su última llegada a Estados Unidos
checklist-us-i589-last-arrival-why = El límite de 1 año se cuenta desde esa llegada.
checklist-us-i589-corroboration = Pruebas que confirmen su historia
checklist-us-i589-corroboration-why = Por ejemplo: constancias de membresía, informes médicos o de policía.
checklist-us-i589-country-conditions = Noticias e informes de derechos humanos sobre su país
checklist-us-i589-country-conditions-why = Muestran el peligro que usted describe.
checklist-us-i589-fee = El pago de 100 dólares para presentar el formulario
checklist-us-i589-fee-why-2026 = Mientras espera, hay además una cuota cada año: 102 dólares en el año fiscal 2026. Si no la paga dentro de los 30 días del aviso, rechazan su solicitud. No hay exención.

checklist-children-id-title = Documentos de identidad de los niños
checklist-children-id-birth = Acta de nacimiento de cada niño
checklist-children-id-birth-why = Prueba el parentesco. Si no la tiene, se aceptan otras pruebas.
checklist-children-id-constancia = La constancia de trámite de cada niño
checklist-children-id-constancia-why = La { -comar } da una a cada familiar que pide asilo.
checklist-children-id-tvrh = La tarjeta de visitante (TVRH) de cada niño
checklist-children-id-tvrh-why = Para los niños es gratis y no piden documentos.
checklist-children-id-curp = La CURP de cada niño
checklist-children-id-curp-why = Viene con la tarjeta del niño.

