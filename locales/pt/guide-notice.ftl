## Guide topic: about this guide.
## What the guide is and is not; free legal help from the UNHCR Mexico help page (11 March 2026)
## and the organizations in the help topic.

notice-title = Sobre este guia
notice-summary = O que este guia é, o que ele não é e onde pedir ajuda jurídica gratuita.
notice-intro = O { -brand-name } explica como funciona o asilo no México e nos Estados Unidos, para que você possa decidir com mais informação.
notice-not-advice = Este guia dá informações, mas não é orientação jurídica. Ele não substitui um advogado ou uma advogada.
notice-changes = As regras mudam, principalmente nos Estados Unidos em 2025 e 2026. Antes de decidir, confirme os pontos mais importantes.
notice-sources = Cada tema mostra as suas fontes e a data da última revisão.
notice-no-promise = Este guia não pode prometer nenhum resultado a você. Cada caso é decidido separadamente.
notice-legal-help = Para o seu caso, peça ajuda jurídica gratuita. Você pode pedir ao { -unhcr } (a agência das Nações Unidas para os refugiados) ou a uma organização de assistência jurídica. Veja o tema “Onde encontrar ajuda”.
notice-offline = O { -brand-name } funciona sem internet e não envia nada para lugar nenhum. O que você anota fica neste aparelho.
notice-kind = Vá com calma. Você pode voltar a este guia sempre que precisar.
