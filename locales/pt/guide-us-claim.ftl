## Guide topic: a US asylum claim.
## Facts from INA §§208, 235(b)(1)(B)(v), 241(b)(3); 8 CFR 208.4, 208.16-208.18, 208.30(e)(3), 103.2(b)(3);
## I-589 and work permit fees (H.R. 1; 90 FR 34511); the annual asylum fee for FY2026 and the
## rejection of claims whose fee is late (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26); RAICES v. Noem
## (D.C. Circuit, 24 April 2026); legal guides on protected grounds and family (vickerstafflaw.com,
## legalclarity.org); the USCIS credible fear page. Why claims fail, what strengthens them, the
## "frivolous" finding and detention at the border: an attorney's article on Nolo, in our own words.

us-claim-title = Um pedido de asilo nos Estados Unidos
us-claim-summary = O que você deve mostrar, os prazos, o formulário I-589, a sua família e por que muitos pedidos não dão certo.
us-claim-intro-border = Aqui estão as regras básicas do asilo nos Estados Unidos. As regras para pedir asilo na fronteira sul estão sendo discutidas nos tribunais. Veja o tema “Onde posso pedir asilo agora?”.

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
us-claim-form-fees-since-2024 = Apresentar o formulário custa 100 dólares. Os pedidos apresentados desde outubro de 2024 também têm uma taxa anual enquanto o caso continua aberto: 102 dólares no ano fiscal de 2026.
us-claim-form-work-18-months = A primeira autorização de trabalho custa 550 dólares. Desde dezembro de 2025, ela dura no máximo 18 meses. Não há isenção de pagamento.
us-claim-form-fee-notice = Pague cada aviso da taxa anual em até 30 dias. Desde 29 de maio de 2026, se você não pagar a tempo, o seu pedido é rejeitado. Além disso, a sua autorização de trabalho é negada ou cancelada.

## Family

us-claim-family-heading = A sua família
us-claim-family-who = Você pode incluir no seu pedido o seu cônjuge e os seus filhos solteiros menores de 21 anos. Uma pessoa com quem você não é casado ou casada não pode ser incluída.
us-claim-family-i730 = Se você receber asilo, terá 2 anos para pedir por eles com o formulário I-730, se não estavam no seu pedido. Esse formulário só serve para o seu cônjuge e os seus filhos solteiros menores de 21 anos.

## Risks to know

us-claim-risks-heading = Riscos que você deve conhecer
us-claim-risk-detention = Quem pede asilo na fronteira costuma ficar detido por muito tempo enquanto espera. Os centros de detenção parecem uma prisão. Muitas pessoas desistem do pedido por causa disso.
us-claim-risk-frivolous = Um juiz ou um agente pode decidir que um pedido é “frívolo”, ou seja, inventado de propósito. Então, a pessoa não pode mais receber nenhum outro benefício de imigração nos Estados Unidos. Diga sempre a verdade.
us-claim-risk-leaving = Se você sair dos Estados Unidos enquanto o seu caso continua aberto, o seu caso é considerado abandonado.

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
