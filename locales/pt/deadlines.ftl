## Deadlines and the dates they are counted from.
## Facts: LRPCAP arts. 18, 24, 25; Reglamento art. 24; LFPA arts. 28-29; LFPCA arts. 13, 74;
## Ley de Amparo arts. 17, 19, 20; INA §208(a)(2)(B).

date-entered-label = Data em que você entrou no México
date-filed-label = Data em que você apresentou o seu pedido à { -comar }
date-extended-label = Data em que a { -comar } avisou você que vai prorrogar o prazo da decisão
date-notified-label = Data em que você recebeu a notificação de que o seu pedido de asilo foi negado
date-tvrh-issued-label = Data em que você recebeu o seu cartão de visitante (TVRH)
date-us-arrival-label = Data da sua última chegada aos Estados Unidos
date-could-apply-label = Dia em que você pôde pedir asilo pela primeira vez (se foi depois de entrar)
date-could-apply-hint = Preencha só se você não pôde pedir asilo ao chegar. Por exemplo: um sequestro, uma internação no hospital ou uma detenção. Se o perigo começou quando você já estava no México, escreva o dia em que ficou sabendo. Os 30 dias úteis passam a contar desse dia.
date-signing-next-label = Data da sua próxima assinatura
date-signing-next-hint = Escreva a data exata que o escritório da { -comar } ou do { -inm } deu a você. Cada escritório dá datas diferentes, por isso o { -brand-name } não calcula essa data.

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
deadline-tvrh-remind = Faltam menos de 30 dias: peça a renovação agora.

## What a deadline says besides its last day

deadline-comar-advice-30 = Você tem 30 dias úteis para pedir asilo. Não espere o último dia: vá o quanto antes.
# Variables:
#   $date (String) - the date the count starts after, written out.
deadline-counted-after = Conta a partir do dia útil seguinte a esta data: { $date }.
# Variables:
#   $date (String) - the date the count starts from, written out.
deadline-counted-from = Conta a partir desta data: { $date }.
# Variables:
#   $date (String) - the day the person could first apply, written out.
deadline-counted-from-could-apply = Conta a partir do dia em que você pôde pedir asilo: { $date }. Esse dia também conta.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-comar = Dependendo dos feriados que a { -comar } contar, o último dia legal pode ir até { $date }. Não espere por essa data.
# Variables:
#   $date (String) - the latest possible last day, written out.
deadline-latest-court = Dependendo dos feriados que o tribunal contar, o último dia legal pode ir até { $date }. Não espere por essa data.
deadline-safe-note = Cada prazo mostra primeiro o último dia seguro. Quem age até esse dia está no prazo, seja qual for a leitura da lei. Faça o trâmite o quanto antes.

## Once the safe last day has passed, before the latest possible one

deadline-today-safe = Hoje é o último dia seguro.
# Variables:
#   $calendar (Number) - calendar days since the safe last day.
deadline-safe-passed-ago = { $calendar ->
        [one] O último dia seguro foi ontem.
       *[other] O último dia seguro foi há { $calendar } dias.
    }
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-comar-safe-passed = Talvez você ainda esteja no prazo: dependendo dos feriados que a { -comar } contar, o prazo pode ir até { $latest }. Vá à { -comar } hoje mesmo. Se não der tempo, você ainda pode pedir asilo e explicar os motivos.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-appeal-safe-passed = Talvez você ainda esteja no prazo: dependendo dos feriados contados, o prazo pode ir até { $latest }. Apresente o seu recurso hoje mesmo e procure ajuda jurídica gratuita hoje.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-decision-safe-passed = Dependendo dos feriados que a { -comar } contar, a lei dá a ela até { $latest } para decidir. Continue indo assinar nas suas datas.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-court-safe-passed = Talvez você ainda esteja no prazo: dependendo dos feriados que o tribunal contar, o prazo pode ir até { $latest }. Procure ajuda jurídica hoje mesmo.

## Court deadlines after a refusal (LFPCA arts. 13, 74; Ley de Amparo arts. 17, 19, 20)

deadline-nulidad-title = Último dia para pedir a um tribunal que anule a negativa (juicio de nulidad)
deadline-amparo-title = Último dia para pedir um amparo a um juiz federal
deadline-court-advice = O prazo conta em dias úteis a partir da notificação da negativa. Procure ajuda jurídica hoje: preparar a ação leva tempo.
deadline-court-lawyer = Quem deve apresentar isto é um advogado ou uma advogada. Procure ajuda jurídica hoje mesmo.
deadline-amparo-any-time = Contra uma deportação ou um perigo para a sua vida, o amparo pode ser apresentado a qualquer momento, em qualquer dia e a qualquer hora.
deadline-court-passed = O prazo para esta ação já passou. Procure ajuda jurídica gratuita o quanto antes: pode haver outros caminhos.
deadline-amparo-passed = Os 15 dias já passaram. Contra uma deportação ou um perigo para a sua vida, o amparo ainda pode ser apresentado a qualquer momento. Procure ajuda jurídica hoje mesmo.

## The next signing: the date the office gave, as the person wrote it

deadline-signing-given-advice = Esta é a data que o seu escritório deu a você. Se você não for assinar, o seu pedido pode ser considerado abandonado.
deadline-signing-passed = Essa data já passou. Escreva a próxima data que o seu escritório deu a você. Se você não pôde ir assinar, vá ao escritório o quanto antes e procure ajuda jurídica.
deadline-signing-today-entered = Hoje é a data de assinatura que você anotou.
# Variables:
#   $calendar (Number) - calendar days since that date.
deadline-signing-passed-ago = { $calendar ->
        [one] Essa data foi ontem.
       *[other] Essa data foi há { $calendar } dias.
    }
deadline-signing-needs-date = Falta a data da sua próxima assinatura.
deadline-signing-ask-date = Escreva a data exata que o seu escritório deu a você. O { -brand-name } não calcula essa data, porque cada escritório dá datas diferentes.
# Variables:
#   $weekday (String) - the day of the week, written out.
#   $number (Number) - that day, 1 = Monday … 7 = Sunday.
deadline-signing-every-weekday = Você anotou o dia da semana em que assina: { $weekday }.
# Variables:
#   $days (Number) - days between two signings.
deadline-signing-every-days = { $days ->
        [one] Você anotou que assina todos os dias.
       *[other] Você anotou que assina a cada { $days } dias.
    }
signing-frequency-heading = Com que frequência você deve assinar
signing-frequency-hint = Só se o seu escritório disse isso a você. Serve para lembrar. A sua próxima assinatura é sempre a data que você escreve.
signing-weekday-label = Dia da semana
signing-every-days-label = Ou: a cada quantos dias
