## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Nothing is saved in this file. What you write here is deleted when you close the page.
# The title of the screen that says what the file is (its guide's version and dates).
web-about-title = The guide in one file
web-about-file = It works without internet. You can share this file as it is, by message or by Bluetooth.
