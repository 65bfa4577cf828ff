## The desktop entry of the Linux package: the app's line in the menu of apps. The name is
## `app-name`. Keep each value on one line.

desktop-generic-name = Gid pou azil
desktop-comment = Gid san entènèt pou moun k ap mande azil nan Meksik
# Words that find the app when a person searches the menu, each followed by a semicolon.
desktop-keywords = azil;refijye;Meksik;{ -comar };gid;migrasyon;
