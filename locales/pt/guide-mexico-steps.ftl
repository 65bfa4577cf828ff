## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; the UNHCR Mexico help page (11 March 2026).

mexico-steps-title = Como pedir asilo no México, passo a passo
mexico-steps-summary = Os passos para pedir asilo: o prazo, a constancia, o cartão, a entrevista, a decisão e o recurso.
mexico-steps-intro = No México, a Comissão Mexicana de Ajuda a Refugiados ({ -comar }) decide quem recebe refúgio ou proteção complementar. O pedido é gratuito. Você pode fazer o pedido por escrito ou falando.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Peça asilo nos primeiros 30 dias úteis
mexico-steps-deadline-count = Você tem 30 dias úteis para apresentar o seu pedido.
mexico-steps-deadline-start = A contagem começa no dia útil seguinte ao dia em que você entrou no México.
mexico-steps-deadline-business-days = Sábados, domingos e feriados não contam.
mexico-steps-deadline-late = Se o prazo já passou, peça asilo mesmo assim. Explique por que não pôde pedir antes. A { -comar } vai perguntar os seus motivos.
mexico-steps-deadline-representative = Se outra pessoa apresentar o pedido por você, você deve confirmá-lo pessoalmente em até 3 dias úteis.

## Step 2: where to apply

mexico-steps-where-heading = 2. Onde apresentar o pedido
mexico-steps-where-offices = A { -comar } tem escritórios nestas cidades:
mexico-steps-where-office-cdmx = Cidade do México
mexico-steps-where-office-chiapas = Tapachula e Palenque (Chiapas)
mexico-steps-where-office-tabasco = Tenosique (Tabasco)
mexico-steps-where-office-veracruz = Oluta (Veracruz)
mexico-steps-where-office-jalisco = Guadalajara (Jalisco)
mexico-steps-where-office-baja-california = Tijuana (Baja California)
mexico-steps-where-office-coahuila = Saltillo (Coahuila)
mexico-steps-where-office-nuevo-leon = Monterrey (Nuevo León)
mexico-steps-where-elsewhere = Em outros lugares, você pode pedir asilo em um escritório do Instituto Nacional de Migração ({ -inm }). Também pode pedir se estiver em uma estação migratória (centro de detenção de migrantes).
mexico-steps-where-check = Os escritórios e os horários mudam. Antes de ir, confirme com o { -unhcr } (a agência das Nações Unidas para os refugiados) ou com uma organização de assistência jurídica.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Receba a sua constancia
mexico-steps-constancia-what = A { -comar } entrega a você um papel que comprova o seu pedido: a constancia de trámite. Cada familiar que pede asilo com você recebe a sua.
mexico-steps-constancia-protections = A partir do dia em que você apresenta o pedido:
mexico-steps-constancia-no-return = O México não pode mandar você de volta para um lugar onde a sua vida ou liberdade estejam em perigo.
mexico-steps-constancia-no-consulate = Ninguém avisa o consulado do seu país.
mexico-steps-constancia-no-penalty = Você não recebe punição por ter entrado sem documentos. O processo migratório contra você é interrompido.
mexico-steps-constancia-keep = Ande sempre com a sua constancia.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Fique no estado onde você fez o pedido
mexico-steps-state-valid = Segundo a { -comar }, a constancia só vale no estado onde você pediu asilo. Ela não serve para viajar pelo país.
mexico-steps-state-abandoned = Se você sair desse estado, o seu pedido pode ser considerado abandonado.
mexico-steps-state-move = Se você precisar se mudar, peça por escrito para continuar o seu processo em outro estado. Esse pedido é gratuito.

## Step 5: signing

mexico-steps-signing-heading = 5. Vá assinar
mexico-steps-signing-what = Enquanto espera, você deve ir assinar na { -comar } ou no { -inm } no dia marcado para você.
mexico-steps-signing-how-often = O regulamento diz que é toda semana. Em alguns escritórios pode ser diferente. Pergunte no escritório onde você assina e anote os seus dias.
mexico-steps-signing-missed = Se você não for assinar, o seu pedido pode ser considerado abandonado.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Peça o seu cartão de visitante (TVRH) e o seu número de registro (CURP)
mexico-steps-card-what = Com a sua constancia, peça no { -inm } o cartão de visitante por razões humanitárias (TVRH).
mexico-steps-card-work = Com esse cartão, você pode trabalhar no México.
mexico-steps-card-valid = Normalmente ele vale por 1 ano. Você pode renová-lo enquanto espera a decisão.
mexico-steps-card-curp = Você também tem direito a uma CURP temporária.
mexico-steps-card-documents-intro = Para o cartão, costumam pedir:

## Step 7: the interview

mexico-steps-interview-heading = 7. A entrevista
mexico-steps-interview-what = A { -comar } vai fazer uma entrevista presencial com você. Vão perguntar por que você saiu do seu país.
mexico-steps-interview-interpreter = Você tem direito a um intérprete.
mexico-steps-interview-lawyer = Um advogado ou uma advogada pode acompanhar você.
mexico-steps-interview-evidence = Você pode entregar provas até o dia da decisão.
mexico-steps-interview-truth = Diga a verdade sobre quem você é e por que saiu. Dê todos os detalhes que puder.

## Step 8: the decision

mexico-steps-decision-heading = 8. A decisão
mexico-steps-decision-deadline = A lei dá à { -comar } 45 dias úteis para decidir.
mexico-steps-decision-extension = A { -comar } pode prorrogar esse prazo uma única vez, por mais 45 dias úteis.
mexico-steps-decision-reality = Na prática, muitas pessoas esperam muito mais.
mexico-steps-decision-outcomes = A decisão pode ser:
mexico-steps-decision-refugee = Condição de refugiado.
mexico-steps-decision-complementary = Proteção complementar. A { -comar } deve analisá-la na mesma decisão, se não reconhecer você como refugiado.
mexico-steps-decision-denial = Pedido negado. Você pode recorrer (passo 9).
mexico-steps-decision-residence = Com a condição de refugiado ou com a proteção complementar, você recebe a residência permanente.

## Step 9: appeal

mexico-steps-appeal-heading = 9. Se a resposta for não: recorra
mexico-steps-appeal-deadline = Você tem 15 dias úteis para apresentar um recurso de revisão (em espanhol, recurso de revisión). O prazo conta a partir do dia em que você recebe a notificação da decisão.
mexico-steps-appeal-where = O recurso é apresentado à autoridade que decidiu. Quem julga o recurso é o superior dessa autoridade.
mexico-steps-appeal-courts = Depois, você pode levar o caso à Justiça. Procure ajuda jurídica gratuita o quanto antes.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Os seus direitos e a sua família
mexico-steps-rights-waiting = Enquanto espera, você tem direito a informação gratuita e a ajuda, se for uma pessoa vulnerável. Também tem direito a que os seus dados fiquem em segredo.
mexico-steps-rights-family = O seu cônjuge ou a pessoa com quem você vive como casal pode receber a mesma proteção. Os seus filhos e outros familiares que dependem de você também podem.
mexico-steps-rights-family-proof = Se faltarem documentos da família, você pode provar o parentesco de outras formas.
mexico-steps-rights-children = A lei diz que as crianças não devem ficar presas em estações migratórias.
mexico-steps-rights-after = Se o seu pedido for aceito, você tem direito a saúde, educação e trabalho. Também tem direito a um documento de viagem e a pedir que a sua família se junte a você.
mexico-steps-rights-travel-home = Se você viajar para o seu país, deve avisar. Essa viagem pode fazer você perder a proteção.

## Step 11: local integration

mexico-steps-integration-heading = 11. Depois: o Programa de Integração Local
mexico-steps-integration-what = Existe um Programa de Integração Local. Ele ajuda algumas pessoas que já receberam proteção no México a encontrar trabalho e a se mudar para outra cidade. Pergunte ao { -unhcr } se você pode participar.
