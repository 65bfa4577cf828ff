## Messages shared by several guide topics and by the decision helper.
## Facts: RAICES v. Noem, D.C. Circuit, 24-04-2026 (facts.md §0); what applies at the border
## after it is UNCONFIRMED, so the guide never says whether a person can or cannot ask for
## asylum at the US border.

# Shown at the end of most topics. The agency is glossed here because for some topics this is
# its first mention.
guide-disclaimer = This guide gives information, not legal advice. Rules change. For your own case, ask { -unhcr } (the United Nations refugee agency) or a legal aid organization for free legal help.

# The April 2026 appeals-court ruling on the 2025 border proclamation, in one plain sentence pair.
guide-us-ruling-2026 = In April 2026, a US appeals court ruled that the president cannot suspend asylum applications in this way. The government said it would ask for another review.

# What applies at the US border now is not confirmed: send the reader to legal help.
guide-us-border-unconfirmed = It is not confirmed what applies at the border today. Before you go, ask a legal aid organization.
