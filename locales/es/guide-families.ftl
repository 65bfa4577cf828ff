## Guide topic: children and families.
## Facts from LRPCAP arts. 6, 12, 20, 22; Ley de Migración arts. 52 V(b), 74;
## LGDNNA arts. 89, 92, 95, 96, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

families-title = Niñas, niños y familias
families-summary = Protección para las familias y para las niñas y los niños que piden asilo en México, también si viajan solos.
families-intro = Si pide asilo con su familia, cada persona queda protegida. Las niñas y los niños tienen derechos especiales en México.

## Applying as a family

families-together-heading = Pedir asilo en familia
families-together-tell = Diga a la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) quiénes vienen con usted.
families-together-constancia = Cada hija o hijo que pide asilo con usted recibe su propia constancia, como familiar que depende de usted.
families-together-who = Su pareja, sus hijos y otros familiares que dependen de usted económicamente pueden recibir la misma protección. Deben estar en México.
families-together-proof = Si no tiene actas de nacimiento o de matrimonio, puede probar el parentesco de otras formas. Lleve las pruebas que tenga.

## No detention for children

families-detention-heading-law = Lo que dice la ley sobre niñas, niños y detención
families-detention-text = La ley dice que las niñas y los niños que piden asilo nunca deben estar encerrados en una estación migratoria.
families-detention-help = Si un niño está encerrado en una estación migratoria, pida ayuda legal gratuita de inmediato. Puede pedirla al { -unhcr } (la agencia de las Naciones Unidas para los refugiados) o a una organización de ayuda legal.

## The visitor card for children

families-card-heading = La tarjeta de visitante (TVRH) para niñas y niños
families-card-intro = Toda niña o niño migrante tiene derecho a una TVRH. La recibe mientras la Procuraduría de Protección decide qué es lo mejor para él o ella.
families-card-immediate = Se entrega de inmediato.
families-card-free = Es gratis.
families-card-no-documents = No hace falta ningún documento.
families-card-curp = Incluye una CURP (su clave de registro en México).
families-card-adults = Para los adultos, la TVRH sí pide documentos. Vea el tema sobre los pasos para pedir asilo en México.

## Children travelling alone

families-alone-heading = Niñas y niños que viajan solos
families-alone-intro = A veces una niña o un niño viaja sin sus padres ni otra persona adulta que le cuide. La ley de México le protege así:
families-alone-notify = Las autoridades de migración deben avisar de inmediato a la Procuraduría de Protección.
families-alone-best-interest = La Procuraduría de Protección decide qué es lo mejor para esa niña o ese niño.
families-alone-no-return = Nadie puede devolverle a su país sin revisar antes los riesgos que corre allí.
families-alone-dif = El DIF (el sistema público que protege a niñas, niños y familias) debe protegerle.
families-alone-help = Tiene derecho a un intérprete, a un abogado o una abogada y a alguien que le represente. Todo es gratis.
families-alone-housing = Debe vivir en un lugar separado de las personas adultas.
families-alone-non-refoulement = No pueden enviarle a un lugar donde su vida o su libertad corren peligro.
families-alone-comar = El DIF revisa su situación. Si necesita protección como refugiado, le envía a la { -comar }.
families-alone-you = Si usted tiene menos de 18 años y viaja solo o sola, puede pedir ayuda al DIF o al { -unhcr }. No tiene que hacerlo todo sin ayuda.

## The United States

families-us-heading = ¿Y en Estados Unidos?
families-us-text-proclamation = El texto de la proclamación de 2025 sobre la frontera sur no hace ninguna excepción para las niñas, los niños ni las familias. No está confirmado qué se aplica hoy.
families-us-change = Hay juicios sobre estas reglas y pueden cambiar. Antes de decidir, pida información actualizada al { -unhcr } o a una organización de ayuda legal.
