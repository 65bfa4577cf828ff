## Guide topic: victims of trafficking or violence.
## Facts from LRPCAP arts. 6, 10, 13, 18, 20, 21, 23; the UNHCR Mexico help page (11 March 2026);
## civil-society guides on useful evidence; the ICRC family-links service;
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

violence-title = Victims of trafficking or violence
violence-summary = If you suffered violence or trafficking: your rights when you seek asylum in Mexico, how to keep evidence, and where to find support.
violence-intro = What happened to you matters. It is not your fault. You can tell the Mexican Commission for Refugee Assistance ({ -comar }) about it when you apply for asylum.

## Violence as a reason for asylum

violence-grounds-heading = Violence can be a reason for asylum
violence-grounds-intro = In Mexico, { -comar } can give protection for several reasons. Among them:
violence-grounds-gender = Persecution because of your gender.
violence-grounds-general = Widespread violence in your country.
violence-grounds-rights = Mass violations of human rights.
violence-grounds-home-may = Violence because of your gender can be part of your claim. Violence at home or from a partner may also count. Tell { -comar } about it, and get legal help.
violence-grounds-no-promise = Each case is decided on its own. Nobody can promise you a result.

## Trafficking

violence-trafficking-heading = If you were trafficked
violence-trafficking-text = Trafficking is when someone tricks or forces you in order to exploit you, for example through forced work or forced sex. If this happened to you, tell { -comar } and a support organization.

## Rights during the claim

violence-rights-heading = Your rights during the process
violence-rights-confidential = What you say is confidential. { -comar } must keep your information secret.
violence-rights-assistance = If you are vulnerable, you have the right to receive assistance.
violence-rights-interview = The interview must be adapted to your gender, your age and your culture.
violence-rights-interpreter = You have the right to a free interpreter.
violence-rights-no-return = From the day you apply, Mexico cannot send you back to a place where your life or freedom is in danger.
violence-rights-needs = If something makes it hard for you to talk, say so. You can tell { -comar } what you need to feel safe.

## Evidence

violence-evidence-heading = Keep the evidence
violence-evidence-intro = Evidence helps show what happened. Keep whatever you have, even if it is little:
violence-evidence-complaints = Complaints you made to the police (denuncias).
violence-evidence-screenshots = Screenshots of threats.
violence-evidence-medical = Medical or psychological reports.
violence-evidence-photos = Photos of injuries or damage.
violence-evidence-witnesses = Statements from witnesses.
violence-evidence-not-required = You do not need all of this evidence to apply for asylum. You can hand in evidence until the day of the decision.
violence-evidence-safe = Keep copies in a safe place. Think about who else can see your phone or your papers.

## Support

violence-support-heading = Where to find support
violence-support-unhcr = { -unhcr } (the United Nations refugee agency, ACNUR in Spanish) gives guidance to people seeking asylum. Its page is help.unhcr.org/mexico.
violence-support-orgs = Legal aid and support organizations can help you through the process. See the topic "Where to find help".
violence-support-family = Did you lose contact with your family? The Mexican Red Cross and the International Committee of the Red Cross (ICRC) offer short free calls and messages along the migration route.

## The United States

violence-us-heading = What about the United States?
violence-us-text-proclamation = The text of the 2025 proclamation on the southern border makes no exception for victims of trafficking or violence. It is not confirmed what applies today.
violence-us-change = These rules are being challenged in court and may change. Before you decide, ask a legal aid organization for up-to-date information.
