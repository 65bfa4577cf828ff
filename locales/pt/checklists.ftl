## Document checklists. "why" says why each item matters.
## Facts: LRPCAP arts. 11, 12, 18, 23; Ley de Migración arts. 52, 74; 8 CFR 103.2(b)(3); 90 FR 34511;
## the annual asylum fee for FY2026 (DHS rule, 28-04-2026).

checklist-need-needed = Pedem este documento
checklist-need-helpful = Pode ajudar você
checklist-status-have = Já tenho
checklist-status-needed = Ainda não tenho
checklist-status-not-applicable = Não se aplica

checklist-comar-claim-title = Para pedir asilo à { -comar }
checklist-comar-claim-id = Passaporte ou documento de identidade
checklist-comar-claim-id-why = Ajuda a provar quem você é. A lei não exige esse documento para pedir asilo.
checklist-comar-claim-family-documents = Certidões de nascimento ou de casamento da sua família
checklist-comar-claim-family-documents-why = Provam o parentesco. Se você não tiver, outras provas são aceitas.
checklist-comar-claim-entry-date = Prova da data em que você entrou no México
checklist-comar-claim-entry-date-why = O prazo de 30 dias úteis é contado a partir da sua entrada.
checklist-comar-claim-account = As suas anotações sobre o que aconteceu com você, com datas e lugares
checklist-comar-claim-account-why = Ajudam você a contar a sua história completa e com detalhes na entrevista.
checklist-comar-claim-police-reports = Denúncias feitas à polícia ou ao Ministério Público
checklist-comar-claim-police-reports-why = Mostram que você pediu proteção no seu país.
checklist-comar-claim-threats = Capturas de tela das ameaças
checklist-comar-claim-threats-why = São provas do que você viveu. Guarde também a data e quem enviou.
checklist-comar-claim-medical = Laudos médicos ou psicológicos
checklist-comar-claim-medical-why = Mostram o dano que você sofreu.
checklist-comar-claim-photos-witnesses = Fotos e declarações de testemunhas
checklist-comar-claim-photos-witnesses-why = Confirmam o que você conta.

checklist-tvrh-title = Para o cartão de visitante (TVRH)
checklist-tvrh-constancia = A sua constancia de trámite da { -comar } (o papel que comprova o seu pedido)
checklist-tvrh-constancia-why = Com ela, você pede o cartão no { -inm }.
checklist-tvrh-id = Um documento de identidade
checklist-tvrh-id-why = O { -inm } costuma pedir esse documento.
checklist-tvrh-address = Comprovante de endereço ou uma carta oficial da { -comar }
checklist-tvrh-address-why = O { -inm } costuma pedir. Se você não tiver, peça a carta oficial à { -comar }.
checklist-tvrh-entry-statement = Carta assinada com a data da sua entrada no México
checklist-tvrh-entry-statement-why = O { -inm } costuma pedir essa carta.
checklist-tvrh-children-birth = Certidões de nascimento dos seus filhos
checklist-tvrh-children-birth-why = Se os seus filhos estiverem com você, costumam pedir.

checklist-appeal-title = Para recorrer de uma resposta negativa
checklist-appeal-decision = A decisão da { -comar } que negou o seu asilo
checklist-appeal-decision-why = O recurso responde a essa decisão.
checklist-appeal-notification-date = Prova do dia em que você recebeu a notificação
checklist-appeal-notification-date-why = Os 15 dias úteis são contados a partir desse dia.
checklist-appeal-constancia = A sua constancia de trámite (o papel que comprova o seu pedido)
checklist-appeal-constancia-why = Ela identifica o seu caso.
checklist-appeal-new-evidence = Provas novas ou que você não entregou antes
checklist-appeal-new-evidence-why = Podem ajudar o seu recurso.

checklist-us-i589-title = Para um pedido de asilo nos Estados Unidos (formulário I-589)
checklist-us-i589-form = Formulário I-589 preenchido em inglês
checklist-us-i589-form-why = O formulário deve estar em inglês.
checklist-us-i589-translations = Tradução completa e certificada para o inglês de cada documento
checklist-us-i589-translations-why = Um documento em outra língua sem tradução certificada pode não ser aceito.
checklist-us-i589-identity = Documentos de identidade e de parentesco
checklist-us-i589-identity-why = Provam quem você é e quem é a sua família.
checklist-us-i589-declaration = A sua declaração pessoal, com detalhes
checklist-us-i589-declaration-why = Respostas concretas e com detalhes deixam o pedido mais forte.
checklist-us-i589-last-arrival = Prova da sua última chegada aos Estados Unidos
checklist-us-i589-last-arrival-why = O limite de 1 ano é contado a partir dessa chegada.
checklist-us-i589-corroboration = Provas que confirmem a sua história
checklist-us-i589-corroboration-why = Por exemplo: comprovantes de que você é membro de alguma organização, laudos médicos ou boletins de ocorrência da polícia.
checklist-us-i589-country-conditions = Notícias e relatórios de direitos humanos sobre o seu país
checklist-us-i589-country-conditions-why = Mostram o perigo que você descreve.
checklist-us-i589-fee = O pagamento de 100 dólares para apresentar o formulário
checklist-us-i589-fee-why-2026 = Enquanto você espera, há também uma taxa a cada ano: 102 dólares no ano fiscal de 2026. Se você não pagar em até 30 dias depois do aviso, o seu pedido é rejeitado. Não há isenção.

checklist-children-id-title = Documentos de identidade das crianças
checklist-children-id-birth = Certidão de nascimento de cada criança
checklist-children-id-birth-why = Prova o parentesco. Se você não tiver, outras provas são aceitas.
checklist-children-id-constancia = A constancia de trámite de cada criança (o papel que comprova o pedido)
checklist-children-id-constancia-why = A { -comar } entrega uma a cada familiar que pede asilo.
checklist-children-id-tvrh = O cartão de visitante (TVRH) de cada criança
checklist-children-id-tvrh-why = Para as crianças, ele é gratuito e não pedem documentos.
checklist-children-id-curp = A CURP de cada criança
checklist-children-id-curp-why = Vem junto com o cartão da criança.

