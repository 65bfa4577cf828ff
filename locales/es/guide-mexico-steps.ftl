## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51, 57 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20
## and its reform (DOF 16-10-2025); the SCJN on late claims (AR 353/2019, 399/2019);
## the UNHCR Mexico help page (11 March 2026); COMAR offices in Naucalpan and Tapachula (press, 2025);
## signing in practice (press, 2025); TVRH cards issued (2024-2025 reports); the temporary CURP (press).

mexico-steps-title = Cómo pedir asilo en México, paso a paso
mexico-steps-summary = Los pasos para pedir asilo: el plazo, la constancia, la tarjeta, la entrevista, la decisión y la apelación.
mexico-steps-intro-decides = En México, la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) decide quién recibe la condición de refugiado o la protección complementaria. Pedirla es gratis. Puede pedirla por escrito o hablando.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Pida asilo en los primeros 30 días hábiles
mexico-steps-deadline-count = Tiene 30 días hábiles para presentar su solicitud.
mexico-steps-deadline-start = Se cuentan desde el día hábil siguiente a su entrada a México.
mexico-steps-deadline-business-days-safe = Los sábados y los domingos nunca cuentan. Tampoco cuentan el 1 de enero, el 1 de mayo, el 16 de septiembre y el 25 de diciembre. No hay acuerdo sobre si cuentan otros días festivos y los días en que la oficina cierra. Para ir a lo seguro, cuéntelos como días hábiles, o use la fecha que muestra { -brand-name }.
mexico-steps-deadline-impossible = ¿No pudo pedirlo antes? Por ejemplo, porque estuvo secuestrado, en un hospital o detenido. Entonces los días se cuentan desde que pudo hacerlo.
mexico-steps-deadline-sur-place = A veces el peligro aparece cuando usted ya está en México, por ejemplo por un cambio en su país. Entonces los días se cuentan desde que se enteró.
mexico-steps-deadline-proof = Explique qué se lo impidió y entregue las pruebas que tenga, como papeles del hospital. La Suprema Corte dijo que no se deben exigir pruebas demasiado estrictas.
mexico-steps-deadline-late = Si ya pasó el plazo, pida asilo de todos modos. Explique por qué no pudo hacerlo antes. La { -comar } le pedirá sus razones.
mexico-steps-deadline-representative = Si otra persona presenta la solicitud por usted, usted debe confirmarla en persona en un plazo de 3 días hábiles.

## Step 2: where to apply

mexico-steps-where-heading = 2. Dónde presentar la solicitud
mexico-steps-where-offices = Hay oficinas de la { -comar } en estas ciudades:
mexico-steps-where-office-cdmx = Ciudad de México
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-naucalpan = Naucalpan (Estado de México)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-chiapas = Tapachula y Palenque (Chiapas)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-tabasco = Tenosique (Tabasco)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-veracruz = Oluta (Veracruz)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-jalisco = Guadalajara (Jalisco)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-baja-california = Tijuana (Baja California)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-coahuila = Saltillo (Coahuila)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-nuevo-leon = Monterrey (Nuevo León)
mexico-steps-where-busy = En Tapachula, la { -comar } atiende solo en el Centro Multiservicios. En Naucalpan, que atiende a la zona de Ciudad de México, las filas son muy largas. Las direcciones están en el tema «Dónde encontrar ayuda».
mexico-steps-where-elsewhere = En otros lugares, puede pedir asilo en una oficina del Instituto Nacional de Migración ({ -inm }). También puede pedirlo si está en una estación migratoria.
mexico-steps-where-check = Las oficinas y los horarios cambian. Antes de ir, confirme con el { -unhcr } (la agencia de las Naciones Unidas para los refugiados) o con una organización de ayuda legal.

## What the law asks for, and what to do if an office asks for more

mexico-steps-where-rules = Para pedir asilo, la ley solo pide tres cosas: ser extranjero, estar en México y hacer la solicitud, por escrito o hablando.
mexico-steps-where-no-id = Si una oficina le exige identificación o comprobante de domicilio para recibir su solicitud, va más allá de las reglas. Diga con calma que la ley no lo pide. Si aun así no la reciben, pida ayuda al { -unhcr } o a una organización de ayuda legal.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Reciba su constancia
mexico-steps-constancia-what = La { -comar } le da una constancia de trámite. Cada familiar que pide asilo con usted recibe la suya.
mexico-steps-constancia-protections = Desde el día en que presenta su solicitud:
mexico-steps-constancia-no-return = México no puede devolverle a un lugar donde su vida o su libertad corren peligro.
mexico-steps-constancia-no-consulate = Nadie avisa al consulado de su país.
mexico-steps-constancia-no-penalty = No le castigan por haber entrado sin papeles. El trámite migratorio contra usted se detiene.
mexico-steps-constancia-keep = Lleve siempre su constancia con usted.
mexico-steps-consulate-not-go = No tiene que ir al consulado de su país, y es mejor que no vaya. Esto vale mientras espera y también si le reconocen.
mexico-steps-consulate-apostille = Si le reconocen, quizá un trámite en México le pida un documento de su país con apostilla (un sello oficial que lo valida). La ley permite no exigir esa apostilla. Pregunte cómo a una organización de ayuda legal.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Quédese en el estado donde hizo la solicitud
mexico-steps-state-valid = Según la { -comar }, la constancia solo vale en el estado donde pidió asilo. No sirve para viajar por el país.
mexico-steps-state-abandoned = Si sale de ese estado, su solicitud se puede dar por abandonada.
mexico-steps-state-move = Si necesita mudarse, pida por escrito seguir su trámite en otro estado. Esa solicitud es gratis.

## Step 5: signing

mexico-steps-signing-heading = 5. Vaya a firmar
mexico-steps-signing-what = Mientras espera, debe ir a firmar a la { -comar } o al { -inm } el día que le indiquen.
mexico-steps-signing-dates = El reglamento dice que es cada semana. En la práctica, cada oficina tiene su ritmo: en Ciudad de México se informó de firmas cada 10 días, más o menos. Anote la fecha que le den en su oficina.
mexico-steps-signing-missed = Si no va a firmar, su solicitud se puede dar por abandonada.
mexico-steps-signing-closed = Cuando la { -comar } cierra, por ejemplo en vacaciones, no hay firmas.
mexico-steps-signing-shut = Si encuentra la oficina cerrada el día de su firma, tome una foto del aviso o de la puerta, con la fecha. Vuelva el primer día que abra. Si le ponen problemas, pida ayuda legal.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Pida su tarjeta de visitante (TVRH) y su clave de registro (CURP)
mexico-steps-card-what = Con su constancia, pida en el { -inm } la Tarjeta de Visitante por Razones Humanitarias (TVRH).
mexico-steps-card-work = Con esta tarjeta puede trabajar en México.
mexico-steps-card-valid = Normalmente vale 1 año. Puede renovarla mientras espera la decisión.
mexico-steps-card-scarce = Pero hoy se entregan pocas tarjetas. Dos informes cuentan 4,129 en la primera mitad de 2025. Otro cuenta solo 618 en todo 2024, frente a 94,829 en 2023.
mexico-steps-card-curp-temporary = Después de la constancia, le dan una CURP temporal. Vale hasta 180 días naturales y se puede extender. Si le reconocen, recibe una CURP permanente.
mexico-steps-card-curp-biometric = Hay informes distintos sobre si las personas extranjeras necesitan la nueva CURP biométrica, con huellas y foto. No está confirmado.
mexico-steps-card-documents-intro = Para la tarjeta suelen pedir:

## Step 7: the interview

mexico-steps-interview-heading = 7. La entrevista
mexico-steps-interview-what = La { -comar } le hará una entrevista en persona. Le preguntarán por qué salió de su país.
mexico-steps-interview-interpreter = Tiene derecho a un intérprete.
mexico-steps-interview-lawyer = Un abogado o una abogada puede acompañarle.
mexico-steps-interview-evidence = Puede entregar pruebas hasta el día de la decisión.
mexico-steps-interview-truth = Diga la verdad sobre quién es y por qué salió. Dé todos los detalles que pueda.

## Step 8: the decision

mexico-steps-decision-heading = 8. La decisión
mexico-steps-decision-deadline = La ley da a la { -comar } 45 días hábiles para decidir.
mexico-steps-decision-extension = La { -comar } puede alargar ese plazo una sola vez, por otros 45 días hábiles.
mexico-steps-decision-reality = En la práctica, muchas personas esperan mucho más.
mexico-steps-decision-outcomes = La decisión puede ser:
mexico-steps-decision-refugee = Condición de refugiado.
mexico-steps-decision-complementary = Protección complementaria. La { -comar } debe revisarla en la misma decisión si no le reconoce como refugiado.
mexico-steps-decision-denial = Negativa. Puede apelar (paso 9).
mexico-steps-decision-residence = Con la condición de refugiado o con la protección complementaria, recibe la residencia permanente.

## Step 9: appeal, and the courts

mexico-steps-appeal-heading = 9. Si le dicen que no: apele
mexico-steps-appeal-deadline = Tiene 15 días hábiles para presentar un recurso de revisión. Se cuentan desde que le notifican la decisión.
mexico-steps-appeal-where = El recurso se presenta ante la autoridad que decidió. Lo resuelve su superior.
mexico-steps-appeal-courts-intro = También hay dos caminos ante los tribunales. Los debe presentar una abogada o un abogado:
mexico-steps-appeal-nulidad = Juicio de nulidad, ante el Tribunal Federal de Justicia Administrativa: 30 días hábiles desde que le notifican la decisión.
mexico-steps-appeal-amparo = Amparo, ante un juez federal: en general, 15 días hábiles. Contra una deportación o un peligro para su vida, se puede pedir en cualquier momento, cualquier día y a cualquier hora.
mexico-steps-appeal-amparo-reform = La Ley de Amparo cambió en octubre de 2025, y sus reglas son ahora más estrictas. Para cualquier amparo, busque una abogada o un abogado.
mexico-steps-appeal-courts-today = Estos plazos son cortos. Busque ayuda legal gratuita el mismo día en que le notifiquen la negativa.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Sus derechos y su familia
mexico-steps-rights-waiting = Mientras espera, tiene derecho a información gratuita, a ayuda si es una persona vulnerable y a que sus datos se guarden en secreto.
mexico-steps-rights-family = Su pareja, sus hijos y otros familiares que dependen de usted pueden recibir la misma protección.
mexico-steps-rights-family-proof = Si le faltan documentos de familia, puede probar el parentesco de otras formas.
mexico-steps-rights-children-law = La ley dice que las niñas y los niños no deben estar encerrados en estaciones migratorias.
mexico-steps-rights-refugee = Si le reconocen como refugiado, tiene derecho a salud, educación, trabajo y un documento de viaje. También puede pedir que su familia se reúna con usted.
mexico-steps-rights-complementary = Si recibe protección complementaria, no está confirmado que pueda pedir que su familia se reúna con usted. Pregunte a una organización de ayuda legal.
mexico-steps-rights-travel-home = Si viaja a su país, debe avisar. Ese viaje puede hacerle perder la protección.

## Step 11: local integration

mexico-steps-integration-heading = 11. Después: el Programa de Integración Local
mexico-steps-integration-what = Hay un Programa de Integración Local que ayuda a algunas personas reconocidas a encontrar trabajo y a mudarse a otra ciudad. Pregunte al { -unhcr } si puede participar.
