## Messages shared by several guide topics and by the decision helper.
## Facts: RAICES v. Noem, D.C. Circuit, 24-04-2026 (facts.md §0); what applies at the border
## after it is UNCONFIRMED, so the guide never says whether a person can or cannot ask for
## asylum at the US border.

# Shown at the end of most topics. The agency is glossed here because for some topics this is
# its first mention.
guide-disclaimer = Este guia dá informações, mas não é orientação jurídica. As regras mudam. Para o seu caso, peça ajuda jurídica gratuita. Você pode pedir ao { -unhcr } (a agência das Nações Unidas para os refugiados) ou a uma organização de assistência jurídica.

# The April 2026 appeals-court ruling on the 2025 border proclamation, in one plain sentence pair.
guide-us-ruling-2026 = Em abril de 2026, um tribunal de apelação dos Estados Unidos tomou uma decisão. Ele disse que o presidente não pode suspender dessa forma os pedidos de asilo. O governo disse que pediria uma nova revisão.

# What applies at the US border now is not confirmed: send the reader to legal help.
guide-us-border-unconfirmed = Não está confirmado o que vale hoje na fronteira. Antes de ir, pergunte a uma organização de assistência jurídica.
