## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Circuit, 24 April 2026);
## EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025); reports on the end of CBP One;
## the USCIS hold as reported on 2 April 2026; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## the annual asylum fee for FY2026 (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## TVRH cards issued (2024-2025 reports); COMAR figures reported by EFE (11 January 2025).
## Background: VisaVerge (2025).

compare-title = Mexico and the US side by side
compare-summary = Who can ask for asylum, where, how long it takes, what it costs and how it went for others.
compare-intro = This table sums up the main points for each country. US rules change often. Check before you decide.

## The table

compare-table-caption = Asking for asylum in the United States and in Mexico
compare-col-us = United States
compare-col-mexico = Mexico

compare-row-who = Who can ask
compare-us-who-ruling = At the southern border, the rules are being decided in court, and it is not confirmed what applies today. People already inside may be able to.
compare-mx-who = Any foreigner who is in Mexico.

compare-row-where = Where
compare-us-where-unclear = At the southern border, it is not clear. CBP One (the appointment app) no longer gives appointments. Inside the country, with USCIS (the immigration service) or a judge.
compare-mx-where = At an office of the Mexican Commission for Refugee Assistance ({ -comar }) or of the National Migration Institute ({ -inm }), or in an immigration detention centre.

compare-row-process = The process
compare-us-process = Form I-589, in English, with translated evidence. Then an interview or a hearing before a judge.
compare-mx-process = A claim to { -comar }, the constancia, regular signing, an interview and a decision.

compare-row-time = Time
compare-us-time-no-estimate = No reliable waiting time is known. Since March 2026, USCIS decides some cases, but those of people from about 40 countries are still on hold.
compare-mx-time = The law allows 45 business days, with one possible extension. In practice, people wait much longer.

compare-row-status = While you wait
compare-us-status-some = Under MPP (the "Remain in Mexico" programme), some people wait in Mexico. Inside the country, some risk fast-track removal. If you leave the country while your case is open, you are treated as having abandoned it.
compare-mx-status-stay-sign-if-card = The constancia, and a visitor card for humanitarian reasons (TVRH) if you can get one: few are issued. You must stay in the state where you applied and keep going to sign.

compare-row-work = Work
compare-us-work-18-months = You need a separate work permit. The first one costs $550. Since December 2025, it lasts 18 months at most.
compare-mx-work-scarce = Yes, with the visitor card (TVRH). But few cards are being issued today.

compare-row-cost = Cost
compare-us-cost-notice = $100 to file Form I-589. Claims filed since October 2024 also have a yearly fee: $102 in fiscal year 2026. If USCIS sends you a notice, pay within 30 days, or your claim is rejected. No fee waivers.
compare-mx-cost = Free.

compare-row-chances = Past results
compare-us-chances = Fiscal year 2024: judges granted asylum in 16.6% of cases of Mexicans. August 2025: 19.2%, all nationalities.
compare-mx-chances = In 2024, { -comar } decided 33,844 cases. 74% got a positive answer.

compare-row-integration = Help to settle in
compare-us-integration = Limited, above all for people waiting in Mexico under MPP.
compare-mx-integration = Permanent residence if you are recognized. A Local Integration Programme for some recognized refugees.

## After the table

compare-past = These figures are past results. They do not tell you what will happen in your case: every case is different.
