## Guide topic: about this guide.
## What the guide is and is not; free legal help from the UNHCR Mexico help page (11 March 2026)
## and the organizations in the help topic.

notice-title = About this guide
notice-summary = What this guide is, what it is not, and where to get free legal help.
notice-intro = { -brand-name } explains how asylum works in Mexico and in the United States, so that you can decide with more information.
notice-not-advice = This guide gives information, not legal advice. It does not replace a lawyer.
notice-changes = Rules change, especially in the United States in 2025 and 2026. Before you decide, check the most important points.
notice-sources = Every topic shows its sources and the date they were last checked.
notice-no-promise = This guide cannot promise you any result. Each case is decided on its own.
notice-legal-help = For your own case, ask { -unhcr } (the United Nations refugee agency) or a legal aid organization for free legal help. See the topic "Where to find help".
notice-offline = { -brand-name } works without internet and sends nothing anywhere. What you write down stays on this device.
notice-kind = Take your time. You can come back to this guide whenever you need to.
