## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; the UNHCR Mexico help page (11 March 2026).

mexico-steps-title = Cómo pedir asilo en México, paso a paso
mexico-steps-summary = Los pasos con la { -comar }: el plazo, la constancia, la tarjeta, la entrevista, la decisión y la apelación.
mexico-steps-intro = En México, la { -comar } decide quién recibe la condición de refugiado. Pedirla es gratis. Puede pedirla por escrito o hablando.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Pida asilo en los primeros 30 días hábiles
mexico-steps-deadline-count = Tiene 30 días hábiles para presentar su solicitud.
mexico-steps-deadline-start = Se cuentan desde el día hábil siguiente a su entrada a México.
mexico-steps-deadline-business-days = No cuentan los sábados, los domingos ni los días festivos.
mexico-steps-deadline-late = Si ya pasó el plazo, pida asilo de todos modos. Explique por qué no pudo hacerlo antes. La { -comar } le pedirá sus razones.
mexico-steps-deadline-representative = Si otra persona presenta la solicitud por usted, usted debe confirmarla en persona en un plazo de 3 días hábiles.

## Step 2: where to apply

mexico-steps-where-heading = 2. Dónde presentar la solicitud
mexico-steps-where-offices = Hay oficinas de la { -comar } en estas ciudades:
mexico-steps-where-office-cdmx = Ciudad de México
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
mexico-steps-where-elsewhere = En otros lugares, puede pedir asilo en una oficina del { -inm }. También puede pedirlo si está en una estación migratoria.
mexico-steps-where-check = Las oficinas y los horarios cambian. Antes de ir, confirme con el { -unhcr } o con una organización de ayuda legal.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Reciba su constancia
mexico-steps-constancia-what = La { -comar } le da una constancia de trámite. Cada familiar que pide asilo con usted recibe la suya.
mexico-steps-constancia-protections = Desde el día en que presenta su solicitud:
mexico-steps-constancia-no-return = México no puede devolverle a un lugar donde su vida o su libertad corren peligro.
mexico-steps-constancia-no-consulate = Nadie avisa al consulado de su país.
mexico-steps-constancia-no-penalty = No le castigan por haber entrado sin papeles. El trámite migratorio contra usted se detiene.
mexico-steps-constancia-keep = Lleve siempre su constancia con usted.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Quédese en el estado donde hizo la solicitud
mexico-steps-state-valid = Según la { -comar }, la constancia solo vale en el estado donde pidió asilo. No sirve para viajar por el país.
mexico-steps-state-abandoned = Si sale de ese estado, su solicitud se puede dar por abandonada.
mexico-steps-state-move = Si necesita mudarse, pida por escrito seguir su trámite en otro estado. Esa solicitud es gratis.

## Step 5: signing

mexico-steps-signing-heading = 5. Vaya a firmar
mexico-steps-signing-what = Mientras espera, debe ir a firmar a la { -comar } o al { -inm } el día que le indiquen.
mexico-steps-signing-how-often = El reglamento dice que es cada semana. En algunas oficinas puede ser distinto. Pregunte en la suya y anote sus días.
mexico-steps-signing-missed = Si no va a firmar, su solicitud se puede dar por abandonada.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Pida su tarjeta de visitante (TVRH) y su CURP
mexico-steps-card-what = Con su constancia, pida en el { -inm } la Tarjeta de Visitante por Razones Humanitarias (TVRH).
mexico-steps-card-work = Con esta tarjeta puede trabajar en México.
mexico-steps-card-valid = Normalmente vale 1 año. Puede renovarla mientras espera la decisión.
mexico-steps-card-curp = También tiene derecho a una CURP temporal.
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

## Step 9: appeal

mexico-steps-appeal-heading = 9. Si le dicen que no: apele
mexico-steps-appeal-deadline = Tiene 15 días hábiles para presentar un recurso de revisión. Se cuentan desde que le notifican la decisión.
mexico-steps-appeal-where = El recurso se presenta ante la autoridad que decidió. Lo resuelve su superior.
mexico-steps-appeal-courts = Después puede acudir a los tribunales. Busque ayuda legal gratuita lo antes posible.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Sus derechos y su familia
mexico-steps-rights-waiting = Mientras espera, tiene derecho a información gratuita, a ayuda si es una persona vulnerable y a que sus datos se guarden en secreto.
mexico-steps-rights-family = Su pareja, sus hijos y otros familiares que dependen de usted pueden recibir la misma protección.
mexico-steps-rights-family-proof = Si le faltan documentos de familia, puede probar el parentesco de otras formas.
mexico-steps-rights-children = Las niñas y los niños nunca son detenidos en estaciones migratorias.
mexico-steps-rights-after = Si le reconocen, tiene derecho a salud, educación y trabajo, a un documento de viaje y a pedir que su familia se reúna con usted.
mexico-steps-rights-travel-home = Si viaja a su país, debe avisar. Ese viaje puede hacerle perder la protección.

## Step 11: local integration

mexico-steps-integration-heading = 11. Después: el Programa de Integración Local
mexico-steps-integration-what = Hay un Programa de Integración Local que ayuda a algunas personas reconocidas a encontrar trabajo y a mudarse a otra ciudad. Pregunte al { -unhcr } si puede participar.
