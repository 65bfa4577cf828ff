## A claim filed for you by a representative: ratify it in person within 3 business days.
## Facts: LRPCAP art. 11; Reglamento art. 20.

date-represented-filed-label = Data em que outra pessoa apresentou o seu pedido por você (se foi assim)
date-represented-filed-hint = Preencha só se outra pessoa apresentou o seu pedido por você. Nesse caso, você deve confirmá-lo pessoalmente na { -comar } em até 3 dias úteis.
deadline-ratification-title = Último dia para confirmar pessoalmente o pedido que outra pessoa apresentou por você
deadline-ratification-advice = Você tem 3 dias úteis para ir à { -comar } e confirmar o pedido pessoalmente. Vá o quanto antes.
deadline-ratification-passed = Os 3 dias úteis já passaram. Vá à { -comar } o quanto antes e pergunte o que fazer. Procure também ajuda jurídica gratuita.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-ratification-safe-passed = Talvez você ainda esteja no prazo: dependendo dos feriados que a { -comar } contar, o prazo pode ir até { $latest }. Vá à { -comar } hoje mesmo para confirmar o seu pedido.
