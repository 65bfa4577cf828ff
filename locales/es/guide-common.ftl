## Messages shared by several guide topics and by the decision helper.
## Facts: RAICES v. Noem, D.C. Circuit, 24-04-2026 (facts.md §0); what applies at the border
## after it is UNCONFIRMED, so the guide never says whether a person can or cannot ask for
## asylum at the US border.

# Shown at the end of most topics. The agency is glossed here because for some topics this is
# its first mention.
guide-disclaimer = Esta guía informa, pero no es asesoría legal. Las reglas cambian. Para su caso, pida ayuda legal gratuita al { -unhcr } (la agencia de las Naciones Unidas para los refugiados) o a una organización de ayuda legal.

# The April 2026 appeals-court ruling on the 2025 border proclamation, in one plain sentence pair.
guide-us-ruling-2026 = En abril de 2026, un tribunal de apelaciones de Estados Unidos decidió que el presidente no puede suspender así las solicitudes de asilo. El gobierno dijo que pediría otra revisión.

# What applies at the US border now is not confirmed: send the reader to legal help.
guide-us-border-unconfirmed = No está confirmado qué se aplica hoy en la frontera. Antes de ir, pregunte a una organización de ayuda legal.
