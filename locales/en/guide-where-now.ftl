## Guide topic: where you can ask for asylum now (the US southern border, and Mexico).
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); EO 14165 (90 FR 8467);
## the DHS notice on MPP (21 January 2025); reports on the end of CBP One; RAICES v. Noem
## (D.D.C. 25-cv-306; D.C. Circuit, 24 April 2026); the USCIS hold as reported on 2 April 2026;
## COMAR figures reported by EFE (11 January 2025) and press figures for mid-2025;
## LRPCAP arts. 11, 15, 18; the UNHCR Mexico help page (11 March 2026).
## Order and proclamation numbers stay in the sources, not in the text.

where-now-title = Where can I ask for asylum now?
where-now-summary = What is happening at the US border since 2025, and who can ask for asylum in Mexico.
where-now-intro-rules = Since January 2025, the United States has changed its rules for asking for asylum at its southern border. Those rules are being challenged in court. Many people ask for asylum in Mexico.

## The United States

where-now-us-heading = At the US border
where-now-us-proclamation = On 20 January 2025, the US president signed a proclamation about the southern border. According to its text, this proclamation:
where-now-us-entry = Stops many people from entering across the southern border.
where-now-us-bar = Bars the people it covers from asking for asylum.
where-now-us-info = Also shuts out people who cannot give enough information about their health or criminal record.
where-now-us-orders = Two other orders from the president made the rules even stricter:
where-now-us-cbp-one = CBP One (a US government phone app for appointments) no longer gives appointments. Scheduling ended on 20 January 2025, and all appointments already given were cancelled.
where-now-us-mpp = MPP (the "Remain in Mexico" programme) came back on 21 January 2025. Under MPP, some people wait in Mexico for their US court hearings. It is not confirmed whether new people are being enrolled today.
where-now-us-removal = Fast-track removal (expedited removal) was widened inside the United States.
where-now-us-hold-2026 = USCIS (the US immigration service) started deciding some asylum applications again on 30 March 2026. But the cases of people from about 40 countries are still on hold. These are likely to include Cuba, Haiti and Venezuela.

## The courts

where-now-court-heading = What the courts say
where-now-court-ruling = On 2 July 2025, a federal judge ruled that the proclamation was unlawful.
where-now-court-appeal-narrowed = Later, an appeals court narrowed that ruling.
where-now-court-ruling-2026 = On 24 April 2026, an appeals court ruled on the proclamation. It said the president cannot suspend asylum applications in this way, or create his own removal process.
where-now-court-protections = It also said that withholding of removal and protection under the Convention against Torture (CAT) remain available.
where-now-court-review = The government said it would ask for another review. The press reported no immediate change at the border.
where-now-court-unclear = It is not confirmed which rules apply today. Before you go to the border, ask a legal aid organization.

## Mexico

where-now-mx-heading = In Mexico
where-now-mx-numbers = Mexico receives far more asylum claims than before:
where-now-mx-2023 = In 2023: 140,720 claims, the highest number so far.
where-now-mx-2024 = In 2024: 78,975 claims.
where-now-mx-2025 = In 2025: the number for the full year is not confirmed yet.
where-now-mx-2025-daily = In mid-2025, about 250 new claims arrived every day.
where-now-mx-comar = In Mexico, the Mexican Commission for Refugee Assistance ({ -comar }) decides who gets refugee status or complementary protection.
where-now-mx-who = Any foreigner who is in Mexico can ask for asylum.
where-now-mx-how = You can ask in writing or by speaking.
where-now-mx-free = It is free.
where-now-mx-deadline = You have 30 business days, counted from the business day after you entered. If the deadline has passed, apply anyway and explain why.
where-now-mx-steps = The steps are in the topic "How to apply for asylum in Mexico, step by step".

## Changes

where-now-changes = These rules change often, above all in the United States. What you read here may have changed. Check with { -unhcr } (the United Nations refugee agency) or a legal aid organization.
