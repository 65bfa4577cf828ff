## Guide topic: about this guide.
## What the guide is and is not; free legal help from the UNHCR Mexico help page (11 March 2026)
## and the organizations in the help topic.

notice-title = Sou gid sa a
notice-summary = Sa gid sa a ye, sa li pa ye, ak ki kote pou jwenn èd legal gratis.
notice-intro = { -brand-name } eksplike w kijan azil mache nan Meksik ak Ozetazini. Konsa, ou ka pran desizyon ak plis enfòmasyon.
notice-not-advice = Gid sa a ba ou enfòmasyon, men se pa konsèy legal. Li pa ranplase yon avoka.
notice-changes = Règ yo chanje, sitou Ozetazini an 2025 ak 2026. Anvan ou deside, verifye pwen ki pi enpòtan yo.
notice-sources = Chak sijè montre ki kote enfòmasyon yo soti (sous yo), ak dènye dat nou te verifye yo.
notice-no-promise = Gid sa a pa ka pwomèt ou okenn rezilta. Yo deside chak ka apa.
notice-legal-help = Pou ka pa w, mande èd legal gratis. Mande l nan { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo. Oswa mande l nan yon òganizasyon ki bay èd legal. Gade sijè «Ki kote pou jwenn èd».
notice-offline = { -brand-name } mache san entènèt, epi li pa voye anyen okenn kote. Sa ou ekri rete nan aparèy sa a.
notice-kind = Pran tan ou. Ou ka retounen nan gid sa a chak fwa ou bezwen.
