## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Fichye sa a pa kenbe anyen. Sa ou ekri la a ap efase lè ou fèmen paj la.
# The title of the screen that says what the file is (its guide's version and dates).
web-about-title = Gid la nan yon sèl fichye
web-about-file = Li mache san entènèt. Ou ka pataje fichye sa a jan li ye a, pa mesaj oswa pa Bluetooth.
