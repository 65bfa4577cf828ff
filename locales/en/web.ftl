## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Nothing is saved in this file. What you write here is deleted when you close the page.
web-about-title = About this guide
web-about-file = This is the guide in one file. It works without internet. You can share the file as it is.
