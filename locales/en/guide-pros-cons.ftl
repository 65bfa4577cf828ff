## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333)
## and RAICES v. Noem (D.C. Circuit, 24 April 2026); the DHS notice on MPP (21 January 2025);
## INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family; I-589 fees (H.R. 1; 90 FR 34511)
## and the annual fee for FY2026 (DHS rule, 28 April 2026); the USCIS hold as reported on 2 April 2026;
## TRAC (18 November 2025); detention at the border (an attorney's article on Nolo);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025);
## TVRH cards issued (an INM bulletin, 2025, and reports on 2023-2025).

pros-cons-title = Pros and cons of each country
pros-cons-summary = The good and the hard sides of asking for asylum in the US and in Mexico, as the sources see them.
pros-cons-intro = These are general points that the sources make. They do not predict what will happen in your case.

## The United States

pros-cons-us-pros-heading = United States: for
pros-cons-us-pro-protections = If you can get into the process, the law offers several kinds of protection: asylum, withholding of removal, and protection against torture.
pros-cons-us-pro-residence = With asylum, you can later apply for permanent residence and, after that, citizenship.
pros-cons-us-pro-family = You can include your spouse and your unmarried children under 21 in your claim.
pros-cons-us-pro-community = Communities of many nationalities live there and may support you.

pros-cons-us-cons-heading = United States: against
pros-cons-us-con-border-unclear = Since January 2025, the rules for asylum at the southern border have been challenged in court. It is not confirmed what applies today.
pros-cons-us-con-no-exceptions-ruling = The text of the 2025 proclamation makes no exceptions for children or for victims of trafficking. In April 2026, an appeals court ruled that the president cannot suspend asylum applications in this way. What applies now is not confirmed: ask a legal aid organization.
pros-cons-us-con-mpp-some = Under MPP (the "Remain in Mexico" programme), some people must wait in Mexico for their US hearings. Conditions there can be unsafe or unstable. How many people are sent back today is not confirmed.
pros-cons-us-con-cost-2026 = Private legal help is expensive and hard to find from outside the country. Form I-589 also costs $100, plus a fee every year: $102 in fiscal year 2026.
pros-cons-us-con-slow-hold = Cases can take years. USCIS (the US immigration service) keeps the cases of people from about 40 countries on hold.
pros-cons-us-con-detention = At the border, many people are detained for a long time while they wait for a decision.
pros-cons-us-con-rates = Few claims succeed: in August 2025, the courts granted asylum in 19.2% of cases.

## Mexico

pros-cons-mx-pros-heading = Mexico: for
pros-cons-mx-pro-anyone = Any foreigner who is in Mexico can ask for asylum. It is free.
pros-cons-mx-pro-work-card = If you get the visitor card (TVRH), you can work while you wait.
pros-cons-mx-pro-residence = If you are recognized, you get permanent residence.
pros-cons-mx-pro-rates = In 2024, 74% of the 33,844 cases decided got a positive answer.
pros-cons-mx-pro-costs = Living in Mexico usually costs less than in the United States.
pros-cons-mx-pro-integration = The Local Integration Programme helps some recognized refugees find work and move.

pros-cons-mx-cons-heading = Mexico: against
pros-cons-mx-con-state-sign = According to the Mexican Commission for Refugee Assistance ({ -comar }), the constancia is only valid in the state where you applied. If you leave that state or do not go to sign, your claim may be treated as abandoned.
pros-cons-mx-con-wait = Waits are long. The law allows 45 business days, but many people wait much longer.
pros-cons-mx-con-card-scarce = The cards are scarce. Two reports count 4,129 in the first half of 2025. Another counts only 618 in all of 2024, against 94,829 in 2023.
pros-cons-mx-con-shelters = Many people live in crowded shelters or in poor conditions.
pros-cons-mx-con-help = Legal help and services are scarce, above all outside the big cities.
pros-cons-mx-con-integration = Settling in is hard if you do not speak Spanish or have no family in Mexico.

## Not a prediction

pros-cons-not-prediction = The outcome depends on your story and your evidence. Before you decide, talk to a free legal aid organization.
