## The desktop entry of the Linux package: the app's line in the menu of apps. The name is
## `app-name`. Keep each value on one line.

desktop-generic-name = Guide de l'asile
desktop-comment = Guide sans internet pour les personnes qui demandent l'asile au Mexique
# Words that find the app when a person searches the menu, each followed by a semicolon.
desktop-keywords = asile;réfugié;Mexique;{ -comar };guide;migration;
