## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20 and its reform (DOF 16-10-2025);
## LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026); TVRH cards issued (2024-2025
## reports); the temporary CURP (press); for the US: Proclamation 10888 and RAICES v. Noem
## (D.C. Circuit, 24 April 2026), EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), the annual asylum fee for FY2026 (DHS rule, 28-04-2026),
## an attorney's article on US claims from Mexico (the "frivolous" finding).

glossary-title = Palabras para conocer
glossary-summary = Qué quieren decir, en pocas palabras, los términos del asilo en México y en Estados Unidos.
glossary-intro = Aquí se explican con palabras sencillas los términos que aparecen en esta guía.
glossary-mexico-heading = En México
glossary-children-heading = Niñas, niños y adolescentes
glossary-us-heading = En Estados Unidos

## Mexico

glossary-comar-term = { -comar } (Comisión Mexicana de Ayuda a Refugiados)
glossary-comar-text = La oficina del gobierno de México que decide las solicitudes de asilo. Puede dar la condición de refugiado o la protección complementaria.
glossary-unhcr-term = { -unhcr } (Alto Comisionado de las Naciones Unidas para los Refugiados)
glossary-unhcr-text = La agencia de las Naciones Unidas para los refugiados. En México informa y orienta a quienes piden asilo, en help.unhcr.org/mexico.
glossary-inm-term = { -inm } (Instituto Nacional de Migración)
glossary-inm-text = La autoridad de migración de México. Entrega la tarjeta de visitante (TVRH) y, donde no hay oficina de la { -comar }, recibe solicitudes de asilo.
glossary-constancia-term = Constancia de trámite
glossary-constancia-text = El papel que le da la { -comar } cuando pide asilo. Cada familiar que pide con usted recibe la suya. Según la { -comar }, solo vale en el estado donde hizo la solicitud.
glossary-tvrh-term = TVRH (Tarjeta de Visitante por Razones Humanitarias)
glossary-tvrh-text-scarce = La tarjeta que da el { -inm } a quien pide asilo y presenta su constancia. Permite trabajar. Suele valer 1 año y se renueva mientras espera. Hoy se entregan pocas.
glossary-curp-term = CURP (Clave Única de Registro de Población)
glossary-curp-text-temporary = Su número personal de registro en México. Quien pide asilo recibe una CURP temporal después de la constancia. Vale hasta 180 días y se puede extender.
glossary-business-days-term = Días hábiles
glossary-business-days-safe-text = Los días en que trabajan las oficinas del gobierno. Nunca cuentan los sábados, los domingos, el 1 de enero, el 1 de mayo, el 16 de septiembre ni el 25 de diciembre. No hay acuerdo sobre si cuentan otros días festivos y los días en que la oficina cierra. Para ir a lo seguro, cuéntelos como días hábiles, o use la fecha que muestra { -brand-name }.
glossary-refugee-status-term = Condición de refugiado
glossary-refugee-status-text = La protección que da la { -comar } a quien huye de la violencia generalizada o de la persecución. Esta puede ser por raza, religión, nacionalidad, género, grupo social u opiniones políticas.
glossary-complementary-protection-term = Protección complementaria
glossary-complementary-protection-text = La da la { -comar } a quien no es reconocido como refugiado, pero no puede volver sin peligro. Nadie puede enviarle a un lugar donde su vida corre peligro o donde podría sufrir tortura.
glossary-non-refoulement-term = No devolución
glossary-non-refoulement-text = La regla de que nadie puede ser enviado a un lugar donde su vida o su libertad corren peligro. En México le protege desde el día en que pide asilo.
glossary-abandonment-term = Abandono de la solicitud
glossary-abandonment-text = Cuando la { -comar } da por terminada su solicitud porque usted no siguió el trámite. Puede pasar si no va a firmar o si sale del estado donde pidió asilo.
glossary-recurso-revision-term = Recurso de revisión
glossary-recurso-revision-text = La apelación contra una respuesta negativa de la { -comar }. Se presenta en 15 días hábiles, contados desde que le notifican la decisión.
glossary-amparo-term = Amparo
glossary-amparo-text-2025 = Un juicio ante un juez federal para proteger sus derechos. Contra una deportación o un peligro para su vida, se puede pedir en cualquier momento, cualquier día y a cualquier hora. Desde octubre de 2025 sus reglas son más estrictas: busque una abogada o un abogado.
glossary-juicio-nulidad-term = Juicio de nulidad
glossary-juicio-nulidad-text = Un juicio ante el Tribunal Federal de Justicia Administrativa contra una decisión del gobierno. Contra una negativa de la { -comar }, se presenta en 30 días hábiles. Necesita una abogada o un abogado.

## Children

glossary-dif-term = DIF (Sistema Nacional para el Desarrollo Integral de la Familia)
glossary-dif-text = El sistema público que protege a niñas, niños y familias en México. Revisa la situación de los niños migrantes y, si lo necesitan, los envía a la { -comar }.
glossary-procuraduria-proteccion-term = Procuraduría de Protección de Niñas, Niños y Adolescentes
glossary-procuraduria-proteccion-text = La autoridad que defiende los derechos de niñas, niños y adolescentes. Decide qué es lo mejor para cada niño migrante; migración debe avisarle de inmediato.

## United States

glossary-proclamation-term = La proclamación de la frontera (enero de 2025)
glossary-proclamation-text = Una orden del presidente de Estados Unidos, del 20 de enero de 2025, sobre la frontera sur. Su texto impide pedir asilo a las personas que cubre. En abril de 2026, un tribunal de apelaciones dijo que el presidente no puede suspender así el asilo. No está confirmado qué se aplica hoy.
glossary-mpp-term = MPP («Quédate en México»)
glossary-mpp-text-some = Un programa de Estados Unidos: algunas personas con un caso en una corte de inmigración de ese país deben esperar en México. Volvió el 21 de enero de 2025; no está claro a cuántas personas se aplica.
# Proper name: the name of a US government phone app, the same in every language.
glossary-cbp-one-term = CBP One
glossary-cbp-one-text = Una aplicación de Estados Unidos para pedir cita en la frontera. Dejó de dar citas el 20 de enero de 2025 y todas las citas se cancelaron.
glossary-expedited-removal-term = Expulsión acelerada
glossary-expedited-removal-text = Una deportación rápida desde Estados Unidos. Puede aplicarse si no pasa la entrevista de miedo creíble; desde enero de 2025 se usa con más personas.
glossary-credible-fear-term = Miedo creíble
glossary-credible-fear-text = La primera entrevista en Estados Unidos para quien dice tener miedo de volver a su país. Debe mostrar una «posibilidad significativa» de tener derecho al asilo.
glossary-protected-grounds-term = Motivos protegidos
glossary-protected-grounds-text = En Estados Unidos, el asilo exige persecución por 1 de 5 motivos: raza, religión, nacionalidad, grupo social determinado u opinión política. El motivo debe ser una razón central del daño.
glossary-particular-social-group-term = Grupo social determinado
glossary-particular-social-group-text = Uno de los 5 motivos protegidos en Estados Unidos. Por ejemplo, algunas mujeres de México que sufrieron violencia doméstica han recibido asilo por este motivo.
glossary-one-year-limit-term = Plazo de 1 año
glossary-one-year-limit-text = En Estados Unidos, el asilo se pide en el plazo de 1 año desde su última llegada al país. Hay excepciones si sus circunstancias cambiaron o hubo causas extraordinarias.
glossary-i-589-term = Formulario I-589
glossary-i-589-text-2026 = El formulario para pedir asilo en Estados Unidos. Se llena en inglés. Cuesta 100 dólares, más una cuota cada año mientras el caso sigue abierto: 102 dólares en el año fiscal 2026.
glossary-withholding-of-removal-term = Suspensión de la deportación (withholding of removal)
glossary-withholding-of-removal-text = Una protección de Estados Unidos que impide enviarle a su país. Hay que mostrar que lo más probable es que le persigan allí; no tiene el plazo de 1 año.
glossary-cat-term = CAT (Convención contra la Tortura)
glossary-cat-text = Una protección de Estados Unidos para quien corre peligro de tortura por parte de autoridades, o con su consentimiento. No tiene el plazo de 1 año.
glossary-frivolous-application-term = Solicitud «frívola»
glossary-frivolous-application-text = En Estados Unidos, una solicitud de asilo que un juez o un oficial considera inventada a propósito. Quien recibe esa decisión ya no puede recibir ningún otro beneficio migratorio en ese país.
