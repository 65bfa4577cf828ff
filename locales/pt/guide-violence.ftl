## Guide topic: victims of trafficking or violence.
## Facts from LRPCAP arts. 6, 10, 13, 18, 20, 21, 23; the UNHCR Mexico help page (11 March 2026);
## civil-society guides on useful evidence; the ICRC family-links service;
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

violence-title = Vítimas de tráfico de pessoas ou de violência
violence-summary = Se você sofreu violência ou tráfico de pessoas: os seus direitos ao pedir asilo no México, como guardar provas e onde pedir apoio.
violence-intro = O que aconteceu com você importa. A culpa pelo que fizeram com você não é sua. Você pode contar isso à Comissão Mexicana de Ajuda a Refugiados ({ -comar }) quando pedir asilo.

## Violence as a reason for asylum

violence-grounds-heading = A violência pode ser um motivo para pedir asilo
violence-grounds-intro = No México, a { -comar } pode dar proteção por vários motivos. Entre eles estão:
violence-grounds-gender = A perseguição por causa do seu gênero.
violence-grounds-general = A violência generalizada no seu país.
violence-grounds-rights = As violações em massa dos direitos humanos.
violence-grounds-home-may = A violência por causa do seu gênero pode fazer parte do seu pedido. A violência dentro de casa ou num relacionamento amoroso também pode contar. Conte isso à { -comar } e procure ajuda jurídica.
violence-grounds-no-promise = Cada caso é decidido separadamente. Ninguém pode prometer um resultado a você.

## Trafficking

violence-trafficking-heading = Se você foi vítima de tráfico de pessoas
violence-trafficking-text = Tráfico de pessoas é quando alguém engana ou obriga você para se aproveitar de você. Por exemplo, com trabalho forçado ou sexo forçado. Se isso aconteceu com você, conte à { -comar } e a uma organização de apoio.

## Rights during the claim

violence-rights-heading = Os seus direitos durante o processo
violence-rights-confidential = O que você conta é confidencial. A { -comar } deve manter os seus dados em segredo.
violence-rights-assistance = Se você é uma pessoa vulnerável, tem direito a receber assistência.
violence-rights-interview = A entrevista deve ser adaptada ao seu gênero, à sua idade e à sua cultura.
violence-rights-interpreter = Você tem direito a um intérprete gratuito.
violence-rights-no-return = Desde que você pede asilo, o México não pode mandar você para um lugar onde a sua vida ou liberdade corram perigo.
violence-rights-needs = Se algo torna difícil para você falar, diga isso. Você pode dizer à { -comar } o que precisa para se sentir em segurança.

## Evidence

violence-evidence-heading = Guarde as provas
violence-evidence-intro = As provas ajudam a mostrar o que aconteceu. Guarde o que você tiver, mesmo que seja pouco:
violence-evidence-complaints = As denúncias que você fez à polícia.
violence-evidence-screenshots = Capturas de tela das ameaças.
violence-evidence-medical = Laudos médicos ou psicológicos.
violence-evidence-photos = Fotos dos ferimentos ou dos danos.
violence-evidence-witnesses = Declarações de testemunhas.
violence-evidence-not-required = Você não precisa de todas essas provas para pedir asilo. Você pode entregar provas até o dia da decisão.
violence-evidence-safe = Guarde cópias em um lugar seguro. Pense em quem mais pode ver o seu celular ou os seus papéis.

## Support

violence-support-heading = Onde pedir apoio
violence-support-unhcr = O { -unhcr } (a agência das Nações Unidas para os refugiados) orienta as pessoas que pedem asilo. A página dele é help.unhcr.org/mexico.
violence-support-orgs = As organizações de assistência jurídica e de apoio podem acompanhar você. Veja o tema “Onde encontrar ajuda”.
violence-support-family = Você perdeu o contato com a sua família? A Cruz Vermelha Mexicana e o Comitê Internacional da Cruz Vermelha (CICV) oferecem ligações curtas e mensagens grátis na rota migratória.

## The United States

violence-us-heading = E nos Estados Unidos?
violence-us-text-proclamation = O texto da proclamação de 2025 sobre a fronteira sul não faz nenhuma exceção. Nem para vítimas de tráfico de pessoas, nem para vítimas de violência. Não está confirmado o que vale hoje.
violence-us-change = Há processos na Justiça sobre essas regras, e elas podem mudar. Antes de decidir, peça informações atualizadas a uma organização de assistência jurídica.
