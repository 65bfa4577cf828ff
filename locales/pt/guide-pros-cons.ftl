## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333)
## and RAICES v. Noem (D.C. Circuit, 24 April 2026); the DHS notice on MPP (21 January 2025);
## INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family; I-589 fees (H.R. 1; 90 FR 34511)
## and the annual fee for FY2026 (DHS rule, 28 April 2026); the USCIS hold as reported on 2 April 2026;
## TRAC (18 November 2025); detention at the border (an attorney's article on Nolo);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025);
## TVRH cards issued (an INM bulletin, 2025, and reports on 2023-2025).

pros-cons-title = Vantagens e desvantagens de cada país
pros-cons-summary = O lado bom e o lado difícil de pedir asilo nos Estados Unidos e no México, segundo as fontes.
pros-cons-intro = Estes são pontos gerais indicados pelas fontes. Eles não preveem o que vai acontecer no seu caso.

## The United States

pros-cons-us-pros-heading = Estados Unidos: pontos a favor
pros-cons-us-pro-protections = Se você conseguir entrar no processo, a lei oferece várias proteções: asilo, suspensão da deportação e proteção contra a tortura.
pros-cons-us-pro-residence = Com o asilo, mais tarde você pode pedir a residência permanente e, depois, a cidadania.
pros-cons-us-pro-family = Você pode incluir no seu pedido o seu cônjuge e os seus filhos solteiros menores de 21 anos.
pros-cons-us-pro-community = Lá vivem comunidades de muitas nacionalidades que podem apoiar você.

pros-cons-us-cons-heading = Estados Unidos: pontos contra
pros-cons-us-con-border-unclear = Desde janeiro de 2025, as regras do asilo na fronteira sul estão sendo discutidas nos tribunais. Não está confirmado o que vale hoje.
pros-cons-us-con-no-exceptions-ruling = O texto da proclamação de 2025 não faz exceções para crianças nem para vítimas de tráfico de pessoas. Em abril de 2026, um tribunal de apelação decidiu que o presidente não pode suspender dessa forma os pedidos de asilo. Não está confirmado o que vale hoje: pergunte a uma organização de assistência jurídica.
pros-cons-us-con-mpp-some = Com o MPP (o programa “Permaneça no México”), algumas pessoas precisam esperar no México pelas suas audiências nos Estados Unidos. Lá, as condições podem ser inseguras ou instáveis. Não se sabe ao certo quantas pessoas são mandadas de volta hoje.
pros-cons-us-con-cost-2026 = A ajuda jurídica particular é cara e difícil de encontrar de fora do país. Além disso, o formulário I-589 custa 100 dólares. Depois, há uma taxa a cada ano: 102 dólares no ano fiscal de 2026.
pros-cons-us-con-slow-hold = Os casos podem demorar anos. O USCIS (o serviço de imigração dos Estados Unidos) mantém em pausa os casos de pessoas de cerca de 40 países.
pros-cons-us-con-detention = Na fronteira, muitas pessoas ficam detidas por muito tempo enquanto esperam uma decisão.
pros-cons-us-con-rates = Poucos pedidos são aceitos: em agosto de 2025, os tribunais deram asilo em 19,2% dos casos.

## Mexico

pros-cons-mx-pros-heading = México: pontos a favor
pros-cons-mx-pro-anyone = Qualquer pessoa estrangeira que esteja no México pode pedir asilo. É gratuito.
pros-cons-mx-pro-work-card = Se você conseguir o cartão de visitante (TVRH), pode trabalhar enquanto espera.
pros-cons-mx-pro-residence = Com o refúgio ou a proteção complementar, você recebe a residência permanente.
pros-cons-mx-pro-rates = Em 2024, 74% dos 33.844 casos decididos tiveram resposta positiva.
pros-cons-mx-pro-costs = Viver no México costuma custar menos do que nos Estados Unidos.
pros-cons-mx-pro-integration = O Programa de Integração Local ajuda algumas pessoas que já receberam proteção no México a encontrar trabalho e a se mudar.

pros-cons-mx-cons-heading = México: pontos contra
pros-cons-mx-con-state-sign = Segundo a Comissão Mexicana de Ajuda a Refugiados ({ -comar }), a constancia só vale no estado onde você pediu asilo. A constancia é o comprovante do seu pedido. Se você sair desse estado ou não for assinar, o seu pedido pode ser considerado abandonado.
pros-cons-mx-con-wait = As esperas são longas. A lei dá 45 dias úteis, mas muitas pessoas esperam muito mais.
pros-cons-mx-con-card-scarce = Os cartões são escassos. Dois relatórios contam 4.129 no primeiro semestre de 2025. Outro conta só 618 em todo o ano de 2024, contra 94.829 em 2023.
pros-cons-mx-con-shelters = Muitas pessoas vivem em abrigos lotados ou em más condições.
pros-cons-mx-con-help = Há pouca ajuda jurídica e poucos serviços, principalmente fora das cidades grandes.
pros-cons-mx-con-integration = Integrar-se é difícil se você não fala espanhol ou não tem família no México.

## Not a prediction

pros-cons-not-prediction = O resultado depende da sua história e das suas provas. Antes de decidir, fale com uma organização de assistência jurídica gratuita.
