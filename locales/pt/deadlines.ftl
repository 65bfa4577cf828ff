## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; INA §208(a)(2)(B).

date-entered-label = Data em que você entrou no México
date-filed-label = Data em que você apresentou o seu pedido à { -comar }
date-extended-label = Data em que a { -comar } avisou você que vai prorrogar o prazo da decisão
date-notified-label = Data em que você recebeu a notificação de que o seu pedido de asilo foi negado
date-tvrh-issued-label = Data em que você recebeu o seu cartão de visitante (TVRH)
date-us-arrival-label = Data da sua última chegada aos Estados Unidos
date-signing-day-label = O seu dia de assinar, toda semana

# Variables:
#   $weekday (Number) - 1 = Monday … 7 = Sunday.
weekday-name = { $weekday ->
        [1] segunda-feira
        [2] terça-feira
        [3] quarta-feira
        [4] quinta-feira
        [5] sexta-feira
        [6] sábado
       *[7] domingo
    }

deadline-comar-title = Último dia para pedir asilo à { -comar }
deadline-comar-advice = São 30 dias úteis, contados a partir do dia útil seguinte à sua entrada. Não espere o último dia.
deadline-comar-passed = O prazo de 30 dias úteis já passou. Você ainda pode pedir asilo: explique por que não pôde pedir antes. Procure ajuda jurídica gratuita.
deadline-appeal-title = Último dia para recorrer (recurso de revisión)
deadline-appeal-advice = São 15 dias úteis a partir da notificação. Procure ajuda jurídica gratuita agora.
deadline-appeal-passed = O prazo do recurso de revisión já passou. Ainda pode haver outros caminhos na Justiça. Procure ajuda jurídica gratuita o quanto antes.
deadline-decision-title = Data em que a { -comar } deveria decidir
deadline-decision-extended-title = Data da decisão, se a { -comar } prorrogou o prazo
deadline-decision-advice = A lei dá 45 dias úteis, e a { -comar } pode prorrogar esse prazo uma vez. Na prática, muitas pessoas esperam mais.
deadline-decision-passed = A data já passou e não há decisão. Isso é comum. Continue indo assinar. Pergunte pelo seu caso na { -comar } ou em uma organização de assistência jurídica.
deadline-tvrh-title = Vencimento do seu cartão de visitante (TVRH)
deadline-tvrh-advice = Normalmente ele vale por 1 ano. Peça a renovação no { -inm } antes que ele vença.
deadline-tvrh-passed = O seu cartão já venceu. Vá ao { -inm } o quanto antes para renová-lo. Leve a sua constancia.
deadline-us-one-year-title = Limite de 1 ano para pedir asilo nos Estados Unidos
deadline-us-one-year-advice = Conta a partir da sua última chegada. Apresente o seu pedido muito antes desta data.
deadline-us-one-year-passed = O prazo de 1 ano já passou. Existem exceções, e esse limite não vale para outras proteções. Procure ajuda jurídica imediatamente.
deadline-signing-title = A sua próxima assinatura
deadline-signing-advice = Vá assinar toda semana, no seu dia. Se você faltar, o seu pedido pode ser considerado abandonado.

## How much time is left

# Variables:
#   $business (Number) - business days left, counting the last day.
#   $calendar (Number) - calendar days left, counting the last day.
deadline-left-business = { $business ->
        [one] Falta { $business } dia útil
       *[other] Faltam { $business } dias úteis
    } ({ $calendar ->
        [one] { $calendar } dia no total
       *[other] { $calendar } dias no total
    }).
# Variables:
#   $calendar (Number) - calendar days left.
deadline-left-calendar = { $calendar ->
        [one] Falta { $calendar } dia.
       *[other] Faltam { $calendar } dias.
    }
deadline-today = Hoje é o último dia.
# Variables:
#   $calendar (Number) - calendar days since the last day.
deadline-passed-ago = { $calendar ->
        [one] O prazo terminou ontem.
       *[other] O prazo terminou há { $calendar } dias.
    }
deadline-signing-today = Hoje é o seu dia de assinar.
deadline-tvrh-remind = Faltam menos de 30 dias: peça a renovação agora.
deadline-early-note = As datas são calculadas para nunca ficarem depois da data real. Se tiver dúvida, faça o trâmite mais cedo.
