## Guide topic: if you are already in the US, or were returned to Mexico under MPP.
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## USCIS PM-602-0192 (2 December 2025); Mexico's response to MPP in the press (2025);
## a 2021 press report on an old MPP phone line; LRPCAP art. 18 and its Reglamento art. 19;
## the UNHCR Mexico help page (11 March 2026).

in-us-mpp-title = If you are already in the US, or were returned under MPP
in-us-mpp-summary = The 1-year limit, fast-track removal, waiting in Mexico, and asking for asylum in Mexico too.
in-us-mpp-intro = This page has two parts. Read the one that fits your situation.

## Part 1: already inside the US

in-us-mpp-inside-heading = If you are already inside the United States
in-us-mpp-inside-may = You may still be able to ask for asylum. It depends on your case.
in-us-mpp-inside-deadline = In general, you have 1 year from your last arrival to ask for asylum. There are some exceptions.
in-us-mpp-inside-other = If that year has passed, you may be able to ask for other protection: withholding of removal, or protection against torture (CAT).
in-us-mpp-inside-proof = Keep proof of the date you last arrived.
in-us-mpp-inside-removal = Executive Order 14159 widened fast-track removal (expedited removal). This means some people can be removed without seeing a judge.
in-us-mpp-inside-fear = If you are afraid to go back to your country, say so clearly to the officials.
in-us-mpp-inside-hold = Since 2 December 2025, USCIS has put its decisions on pending asylum applications on hold. This may change.
in-us-mpp-inside-help = Get free legal help as soon as you can. Do not wait until the deadline is close.

## Part 2: returned to Mexico under MPP

in-us-mpp-mpp-heading = If you were returned to Mexico under MPP
in-us-mpp-mpp-what = Under MPP, you wait in Mexico for your US court dates.
in-us-mpp-mpp-dates = Write down all your court dates and keep your case papers. Ask a legal aid organization what to do if you cannot attend.
in-us-mpp-mpp-uncertain = MPP came back on 21 January 2025. It is not confirmed how it works today or who is being enrolled. Check with { -unhcr } or a legal aid organization.
in-us-mpp-mpp-mexico = Mexico offered humanitarian help to the people returned. It also said it would try to send them back to their own countries.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Asking for asylum in Mexico as well
in-us-mpp-apply-consider = Think about asking for asylum in Mexico too. Once you apply, Mexico cannot send you back to a place where you are in danger.
in-us-mpp-apply-deadline = You have 30 business days, counted from the business day after you arrived in Mexico.
in-us-mpp-apply-late = If the deadline has passed, you can still apply. Explain why you could not do it sooner.
in-us-mpp-apply-ask = Ask a legal aid organization how this affects your case in the United States.
in-us-mpp-old-line = Do not use the MPP phone number that was shared in 2021. It was for the earlier programme.
