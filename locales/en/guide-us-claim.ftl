## Guide topic: a US asylum claim.
## Facts from INA §§208, 235(b)(1)(B)(v), 241(b)(3); 8 CFR 208.4, 208.16-208.18, 208.30(e)(3), 103.2(b)(3);
## I-589 and work permit fees (H.R. 1; 90 FR 34511); the annual asylum fee for FY2026 and the
## rejection of claims whose fee is late (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26); RAICES v. Noem
## (D.C. Circuit, 24 April 2026); legal guides on protected grounds and family (vickerstafflaw.com,
## legalclarity.org); the USCIS credible fear page. Why claims fail, what strengthens them, the
## "frivolous" finding and detention at the border: an attorney's article on Nolo, in our own words.

us-claim-title = A US asylum claim
us-claim-summary = What you must show, the deadlines, Form I-589, your family, and why many claims fail.
us-claim-intro-border = Here are the basic rules of US asylum. The rules for asking for asylum at the southern border are being decided in court. See the topic "Where can I ask for asylum now?".

## The protected grounds

us-claim-grounds-heading = What you must show
us-claim-grounds-what = You must show serious harm, suffered or feared. One central reason for that harm must be one of these 5 grounds:
us-claim-ground-race = Your race.
us-claim-ground-religion = Your religion.
us-claim-ground-nationality = Your nationality.
us-claim-ground-group = Your membership in a particular social group.
us-claim-ground-opinion = Your political opinion.

## Three kinds of protection

us-claim-protections-heading = Three kinds of protection and one interview
us-claim-credible-fear = Credible fear interview: if you face fast-track removal and say you are afraid, an officer interviews you. You must show a "significant possibility" that you qualify.
us-claim-withholding = Withholding of removal: you must show it is "more likely than not" that you will be persecuted. If you do, it must be granted.
us-claim-cat = Protection under the Convention against Torture (CAT): for people at risk of torture by officials, or by others with their consent or tolerance.

## The one-year limit

us-claim-deadline-heading = The 1-year limit
us-claim-deadline-rule = You must ask for asylum within 1 year of your last arrival in the United States. You must prove that date with clear and convincing evidence.
us-claim-deadline-exceptions = There are exceptions if your circumstances changed or if there were extraordinary circumstances.
us-claim-deadline-other = This limit does not apply to withholding of removal or to protection against torture (CAT).

## Form I-589

us-claim-form-heading = Form I-589
us-claim-form-english = You must fill it in in English.
us-claim-form-translations = Every document in another language needs a full, certified English translation.
us-claim-form-fees-since-2024 = Filing it costs $100. Claims filed since October 2024 also have a yearly fee while the case is open: $102 in fiscal year 2026.
us-claim-form-work-18-months = The first work permit costs $550. Since December 2025, it lasts 18 months at most. Fees cannot be waived.
us-claim-form-fee-notice = Pay every notice for the yearly fee within 30 days. Since 29 May 2026, if you do not pay on time, your application is rejected. Your work permit is also refused or ended.

## Family

us-claim-family-heading = Your family
us-claim-family-who = You can include your spouse and your unmarried children under 21 in your claim. A partner you are not married to cannot be included.
us-claim-family-i730 = If you get asylum, you have 2 years to ask for them with Form I-730, if they were not in your claim. That form only covers your spouse and your unmarried children under 21.

## Risks to know

us-claim-risks-heading = Risks to know about
us-claim-risk-detention = People who ask for asylum at the border are usually detained for a long time while they wait. Detention centres are like prisons. Many people give up their claim because of this.
us-claim-risk-frivolous = A judge or an officer can decide that a claim is "frivolous", which means made up on purpose. Then the person can no longer get any other US immigration benefit. Always tell the truth.
us-claim-risk-leaving = If you leave the United States while your case is open, you are treated as having abandoned it.

## Why claims fail

us-claim-fail-heading = Why many claims fail
us-claim-fail-credibility = The officer or the judge does not believe your story.
us-claim-fail-link = It is not clear that the harm is linked to one of the 5 grounds.
us-claim-fail-violence = The harm is seen as general violence that affects many people in your country.

## What makes a claim stronger

us-claim-stronger-heading = What can make your claim stronger
us-claim-stronger-specific = Precise answers on Form I-589: what happened, when, where, and who harmed you or your family.
us-claim-stronger-membership = Proof that you belong to a group or a party, such as membership cards or letters.
us-claim-stronger-reports = News articles and human rights reports that back up what you say.
us-claim-stronger-records = Medical records and police reports.
us-claim-stronger-arrival = Proof of the date you last arrived in the United States.
us-claim-stronger-no-promise = This evidence helps, but it does not guarantee the outcome. Get free legal help to prepare your case.
