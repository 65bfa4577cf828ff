## Guide topic: if you are already in the US, or were sent back to Mexico (under MPP or not).
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## the USCIS hold as reported on 2 April 2026; the annual asylum fee (DHS rule, 28 April 2026);
## work permits of at most 18 months (since 5 December 2025) and the proposed 365-day wait
## (91 FR 8616, not confirmed final); leaving the US abandons a pending claim (DHS, 2025-26);
## Mexico's response to MPP in the press (2025); a 2021 press report on an old MPP phone line;
## LRPCAP arts. 11, 18 and its Reglamento art. 19; COMAR's limits on the constancia (press);
## the UNHCR Mexico help page (11 March 2026). Order numbers stay in the sources.

in-us-mpp-title-returned = If you are already in the US, or were sent back to Mexico
in-us-mpp-summary = The 1-year limit, fast-track removal, waiting in Mexico, and asking for asylum in Mexico too.
in-us-mpp-intro-parts = This page has three parts. Part 1 is for people already in the United States. Part 2 is for people sent back to Mexico to wait for a hearing. Part 3 is about asking for asylum in Mexico too.

## Part 1: already inside the US

in-us-mpp-inside-heading = If you are already inside the United States
in-us-mpp-inside-may = You may still be able to ask for asylum. It depends on your case.
in-us-mpp-inside-deadline = In general, you have 1 year from your last arrival to ask for asylum. There are some exceptions.
in-us-mpp-inside-other = If that year has passed, you may be able to ask for other protection: withholding of removal, or protection against torture (CAT).
in-us-mpp-inside-proof = Keep proof of the date you last arrived.
in-us-mpp-inside-removal = An order from the president in January 2025 widened fast-track removal (expedited removal). This means some people can be removed without seeing a judge.
in-us-mpp-inside-fear = If you are afraid to go back to your country, say so clearly to the officials.
in-us-mpp-inside-hold-2026 = USCIS (the US immigration service) started deciding some asylum applications again on 30 March 2026. The cases of people from about 40 countries are still on hold. These are likely to include Cuba, Haiti and Venezuela.
in-us-mpp-inside-fee-if-notice = If USCIS sends you a notice to pay the yearly asylum fee, pay it within 30 days. In fiscal year 2026, the fee is $102.
in-us-mpp-inside-fee-late = Since 29 May 2026, if you do not pay on time, your application is rejected. Your work permit is also refused or ended. Fees cannot be waived.
in-us-mpp-inside-work = Since December 2025, a work permit lasts 18 months at most. A proposal would make the wait before you can ask for one 365 days. It is not confirmed whether this applies yet.
in-us-mpp-inside-leaving = If you leave the United States while your case is open, you are treated as having abandoned it. Before you accept an offer to leave, talk to a legal aid organization.
in-us-mpp-inside-help = Get free legal help as soon as you can. Do not wait until the deadline is close.

## Part 2: sent back to Mexico, under MPP or not

in-us-mpp-mpp-heading = If you were sent back to Mexico under MPP (the "Remain in Mexico" programme)
in-us-mpp-mpp-what = Under MPP, you wait in Mexico for your US court dates.
in-us-mpp-mpp-dates = Write down all your court dates and keep your case papers. Ask a legal aid organization what to do if you cannot attend.
in-us-mpp-mpp-uncertain = MPP came back on 21 January 2025. It is not confirmed how it works today or who is being enrolled. Check with { -unhcr } (the United Nations refugee agency) or a legal aid organization.
in-us-mpp-mpp-mexico = Mexico offered humanitarian help to the people returned. It also said it would try to send them back to their own countries.
in-us-mpp-mpp-travel = If you also asked for asylum in Mexico, leaving the state where you applied is treated as abandoning that claim. Going to a hearing may make you leave that state.
in-us-mpp-mpp-travel-ask-if-claim = Before you travel to a hearing, talk to a legal aid organization. If you have a claim in Mexico, write to the Mexican Commission for Refugee Assistance ({ -comar }) before you leave. Ask it to continue your case in another state.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Asking for asylum in Mexico as well
in-us-mpp-apply-deported = If the United States deported you or sent you back without MPP, you can also ask for asylum in Mexico. This holds if you are not a Mexican national.
in-us-mpp-apply-consider-not-mexican = If you are not a Mexican national, think about asking for asylum in Mexico too. Once you apply, Mexico cannot send you back to a place where you are in danger.
in-us-mpp-apply-deadline = You have 30 business days, counted from the business day after you arrived in Mexico.
in-us-mpp-apply-late = If the deadline has passed, you can still apply. Explain why you could not do it sooner.
in-us-mpp-apply-ask = Ask a legal aid organization how this affects your case in the United States.
in-us-mpp-old-line = Do not use the MPP phone number that was shared in 2021. It was for the earlier programme.
