## The desktop entry of the Linux package: the app's line in the menu of apps. The name is
## `app-name`. Keep each value on one line.

desktop-generic-name = Guia de asilo
desktop-comment = Guia sem internet para pessoas que pedem asilo no México
# Words that find the app when a person searches the menu, each followed by a semicolon.
desktop-keywords = asilo;refúgio;refugiado;México;{ -comar };guia;migração;
