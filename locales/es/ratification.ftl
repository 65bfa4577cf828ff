## A claim filed for you by a representative: ratify it in person within 3 business days.
## Facts: LRPCAP art. 11; Reglamento art. 20.

date-represented-filed-label = Fecha en que otra persona presentó su solicitud por usted (si fue así)
date-represented-filed-hint = Escríbala solo si otra persona presentó su solicitud por usted. Entonces usted debe confirmarla en persona ante la { -comar } en un plazo de 3 días hábiles.
deadline-ratification-title = Último día para confirmar en persona la solicitud que otra persona presentó por usted
deadline-ratification-advice = Tiene 3 días hábiles para ir a la { -comar } y confirmar la solicitud en persona. Vaya lo antes posible.
deadline-ratification-passed = Los 3 días hábiles ya pasaron. Vaya a la { -comar } cuanto antes y pregunte qué hacer. Busque también ayuda legal gratuita.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-ratification-safe-passed = Quizá todavía está a tiempo: según los días festivos que cuente la { -comar }, el plazo puede durar hasta el { $latest }. Vaya hoy mismo a la { -comar } a confirmar su solicitud.
