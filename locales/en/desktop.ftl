## The desktop entry of the Linux package: the app's line in the menu of apps. The name is
## `app-name`. Keep each value on one line.

desktop-generic-name = Asylum guide
desktop-comment = Offline guide for people seeking asylum in Mexico
# Words that find the app when a person searches the menu, each followed by a semicolon.
desktop-keywords = asylum;refugee;Mexico;{ -comar };guide;migration;
