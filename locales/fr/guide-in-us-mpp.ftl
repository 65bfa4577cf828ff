## Guide topic: if you are already in the US, or were sent back to Mexico (under MPP or not).
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## the USCIS hold as reported on 2 April 2026; the annual asylum fee (DHS rule, 28 April 2026);
## work permits of at most 18 months (since 5 December 2025) and the proposed 365-day wait
## (91 FR 8616, not confirmed final); leaving the US abandons a pending claim (DHS, 2025-26);
## Mexico's response to MPP in the press (2025); a 2021 press report on an old MPP phone line;
## LRPCAP arts. 11, 18 and its Reglamento art. 19; COMAR's limits on the constancia (press);
## the UNHCR Mexico help page (11 March 2026). Order numbers stay in the sources.

in-us-mpp-title-returned = Si vous êtes déjà aux États-Unis, ou si on vous a renvoyé au Mexique
in-us-mpp-summary = Le délai de 1 an, l'expulsion accélérée et l'attente au Mexique. Et demander aussi l'asile au Mexique.
in-us-mpp-intro-parts = Cette page a trois parties. La partie 1 est pour les personnes déjà aux États-Unis. La partie 2, pour les personnes renvoyées au Mexique pour attendre leur audience. La partie 3 explique comment demander aussi l'asile au Mexique.

## Part 1: already inside the US

in-us-mpp-inside-heading = Si vous êtes déjà à l'intérieur des États-Unis
in-us-mpp-inside-may = Vous pouvez peut-être encore demander l'asile. Cela dépend de votre cas.
in-us-mpp-inside-deadline = En général, vous avez 1 an après votre dernière arrivée pour demander l'asile. Il existe quelques exceptions.
in-us-mpp-inside-other = Si cette année est passée, vous pouvez peut-être demander d'autres protections : la suspension de l'expulsion (withholding of removal) ou la protection contre la torture (CAT).
in-us-mpp-inside-proof = Gardez des preuves de la date de votre dernière arrivée.
in-us-mpp-inside-removal = Un décret du président de janvier 2025 a étendu l'expulsion accélérée (expedited removal). Ainsi, certaines personnes peuvent être expulsées sans voir un juge.
in-us-mpp-inside-fear = Si vous avez peur de retourner dans votre pays, dites-le clairement aux autorités.
in-us-mpp-inside-hold-2026 = L'USCIS (le service de l'immigration des États-Unis) a repris certaines décisions sur l'asile le 30 mars 2026. Les dossiers des personnes d'environ 40 pays restent suspendus. Ces pays comprennent probablement Cuba, Haïti et le Venezuela.
in-us-mpp-inside-fee-if-notice = Si l'USCIS vous envoie un avis pour payer les frais annuels d'asile, payez-les dans les 30 jours. Pour l'année fiscale 2026, ils sont de 102 dollars.
in-us-mpp-inside-fee-late = Depuis le 29 mai 2026, si vous ne payez pas à temps, votre demande est rejetée. En plus, on vous refuse le permis de travail, ou on vous le retire. Aucune dispense n'est possible.
in-us-mpp-inside-work = Depuis décembre 2025, le permis de travail dure 18 mois au maximum. Une proposition veut porter à 365 jours l'attente avant de pouvoir le demander. On ne sait pas si elle s'applique déjà.
in-us-mpp-inside-leaving = Si vous quittez les États-Unis pendant que votre dossier est ouvert, on considère que vous l'abandonnez. Avant d'accepter une offre pour partir, parlez à une association d'aide juridique.
in-us-mpp-inside-help = Cherchez une aide juridique gratuite le plus tôt possible. N'attendez pas que la fin du délai approche.

## Part 2: sent back to Mexico, under MPP or not

in-us-mpp-mpp-heading = Si on vous a renvoyé au Mexique avec le MPP (programme « Rester au Mexique »)
in-us-mpp-mpp-what = Avec le MPP, vous attendez au Mexique vos dates d'audience devant un tribunal des États-Unis.
in-us-mpp-mpp-dates = Notez toutes vos dates d'audience et gardez les papiers de votre dossier. Demandez à une association d'aide juridique quoi faire si vous ne pouvez pas y aller.
in-us-mpp-mpp-uncertain = Le MPP a repris le 21 janvier 2025. On ne sait pas bien comment il fonctionne aujourd'hui, ni qui y est inscrit. Vérifiez auprès du { -unhcr } (l'agence des Nations unies pour les réfugiés) ou d'une association d'aide juridique.
in-us-mpp-mpp-mexico = Le Mexique a offert une aide humanitaire aux personnes renvoyées. Il a aussi dit qu'il chercherait à les renvoyer dans leur pays.
in-us-mpp-mpp-travel = Vous avez aussi demandé l'asile au Mexique ? Alors, quitter l'État de votre demande est traité comme un abandon de cette demande. Aller à une audience peut vous obliger à quitter cet État.
in-us-mpp-mpp-travel-ask-if-claim = Avant de partir pour une audience, parlez à une association d'aide juridique. Vous avez une demande d'asile au Mexique ? Écrivez d'abord à la Commission mexicaine d'aide aux réfugiés ({ -comar }). Demandez-lui de continuer votre dossier dans un autre État.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Demander aussi l'asile au Mexique
in-us-mpp-apply-deported = Les États-Unis vous ont expulsé ou renvoyé sans le MPP ? Vous pouvez aussi demander l'asile au Mexique. Cela vaut si vous n'avez pas la nationalité mexicaine.
in-us-mpp-apply-consider-not-mexican = Si vous n'avez pas la nationalité mexicaine, pensez à demander aussi l'asile au Mexique. Dès votre demande, le Mexique ne peut pas vous renvoyer là où vous êtes en danger.
in-us-mpp-apply-deadline = Vous avez 30 jours ouvrables. Ils comptent à partir du jour ouvrable qui suit votre arrivée au Mexique.
in-us-mpp-apply-late = Si le délai est passé, vous pouvez encore faire la demande. Expliquez pourquoi vous n'avez pas pu le faire avant.
in-us-mpp-apply-ask = Demandez à une association d'aide juridique l'effet sur votre dossier aux États-Unis.
in-us-mpp-old-line = N'utilisez pas le numéro de téléphone du MPP qui a circulé en 2021. Il servait pour l'ancien programme.
