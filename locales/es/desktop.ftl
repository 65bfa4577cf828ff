## The desktop entry of the Linux package: the app's line in the menu of apps. The name is
## `app-name`. Keep each value on one line.

desktop-generic-name = Guía de asilo
desktop-comment = Guía sin internet para personas que buscan asilo en México
# Words that find the app when a person searches the menu, each followed by a semicolon.
desktop-keywords = asilo;refugio;refugiado;México;{ -comar };guía;migración;
