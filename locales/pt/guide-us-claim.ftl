## Guide topic: a US asylum claim.
## Facts from INA §§208, 235(b)(1)(B)(v), 241(b)(3); 8 CFR 208.4, 208.16-208.18, 208.30(e)(3), 103.2(b)(3);
## I-589 and work permit fees (H.R. 1; 90 FR 34511); legal guides on protected grounds and family
## (vickerstafflaw.com, legalclarity.org); the USCIS credible fear page. Why claims fail and what
## strengthens them: themes from an attorney's article on Nolo, written in our own words.

us-claim-title = Um pedido de asilo nos Estados Unidos
us-claim-summary = O que você deve mostrar, os prazos, o formulário I-589, a sua família e por que muitos pedidos não dão certo.
us-claim-intro = Aqui estão as regras básicas do asilo nos Estados Unidos. Hoje, uma proclamação do presidente impede muitas pessoas de pedir asilo na fronteira sul. Veja o tema “Onde posso pedir asilo agora?”.

## The protected grounds

us-claim-grounds-heading = O que você deve mostrar
us-claim-grounds-what = Você deve mostrar um dano grave, que sofreu ou que teme sofrer. Uma razão central desse dano deve ser um destes 5 motivos:
us-claim-ground-race = A sua raça.
us-claim-ground-religion = A sua religião.
us-claim-ground-nationality = A sua nacionalidade.
us-claim-ground-group = Fazer parte de um determinado grupo social.
us-claim-ground-opinion = A sua opinião política.

## Three kinds of protection

us-claim-protections-heading = Três formas de proteção e uma entrevista
us-claim-credible-fear = Entrevista de medo crível: se vão aplicar a deportação acelerada a você e você diz que tem medo, um agente faz uma entrevista com você. Você deve mostrar uma “possibilidade significativa” de ter direito ao asilo.
us-claim-withholding = Suspensão da deportação (withholding of removal): você deve mostrar que “o mais provável” é que persigam você. Se conseguir mostrar isso, essa proteção deve ser dada a você.
us-claim-cat = Proteção da Convenção contra a Tortura (CAT): para quem corre risco de tortura por parte de funcionários públicos, ou de outras pessoas com a permissão ou a tolerância deles.

## The one-year limit

us-claim-deadline-heading = O prazo de 1 ano
us-claim-deadline-rule = Você deve pedir asilo no prazo de 1 ano a partir da sua última chegada aos Estados Unidos. Você deve provar essa data com provas claras e convincentes.
us-claim-deadline-exceptions = Há exceções se as suas circunstâncias mudaram ou se houve circunstâncias extraordinárias.
us-claim-deadline-other = Esse prazo não se aplica à suspensão da deportação nem à proteção contra a tortura (CAT).

## Form I-589

us-claim-form-heading = O formulário I-589
us-claim-form-english = Você deve preenchê-lo em inglês.
us-claim-form-translations = Cada documento em outra língua precisa de uma tradução completa e certificada para o inglês.
us-claim-form-fees = Apresentar o formulário custa 100 dólares. Além disso, são pagos 100 dólares a cada ano enquanto o caso continua aberto.
us-claim-form-work = A primeira autorização de trabalho custa 550 dólares. Não há isenção de pagamento.

## Family

us-claim-family-heading = A sua família
us-claim-family-include = Você pode incluir no seu pedido o seu cônjuge e os seus filhos solteiros menores de 21 anos. Se você receber asilo, terá 2 anos para pedir por quem não foi incluído, com o formulário I-730.

## Why claims fail

us-claim-fail-heading = Por que muitos pedidos não dão certo
us-claim-fail-credibility = O agente ou o juiz não acredita no seu relato.
us-claim-fail-link = Não fica claro que o dano está ligado a um dos 5 motivos.
us-claim-fail-violence = O dano é visto como violência geral, que atinge muita gente no seu país.

## What makes a claim stronger

us-claim-stronger-heading = O que pode fortalecer o seu pedido
us-claim-stronger-specific = Respostas precisas no I-589: o que aconteceu, quando, onde e quem fez mal a você ou à sua família.
us-claim-stronger-membership = Provas de que você faz parte de um grupo ou de um partido, como carteirinhas ou cartas.
us-claim-stronger-reports = Notícias e relatórios de direitos humanos que confirmem o que você conta.
us-claim-stronger-records = Laudos médicos e boletins de ocorrência da polícia.
us-claim-stronger-arrival = Provas da data da sua última chegada aos Estados Unidos.
us-claim-stronger-no-promise = Essas provas ajudam, mas não garantem o resultado. Peça ajuda jurídica gratuita para preparar o seu caso.
