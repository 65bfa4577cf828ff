## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Fichye sa a pa kenbe anyen. Sa ou ekri la a ap efase lè ou fèmen paj la.
web-about-title = Sou gid sa a
web-about-file = Sa a se gid la nan yon sèl fichye. Li mache san entènèt. Ou ka pataje fichye a jan li ye a.
