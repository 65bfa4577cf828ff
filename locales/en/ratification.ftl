## A claim filed for you by a representative: ratify it in person within 3 business days.
## Facts: LRPCAP art. 11; Reglamento art. 20.

date-represented-filed-label = Date someone else filed your claim for you (if they did)
date-represented-filed-hint = Fill this in only if another person filed your claim for you. You must then confirm it in person at { -comar } within 3 business days.
deadline-ratification-title = Last day to confirm in person the claim filed for you
deadline-ratification-advice = You have 3 business days to go to { -comar } and confirm the claim in person. Go as soon as you can.
deadline-ratification-passed = The 3 business days have passed. Go to { -comar } as soon as you can and ask what to do. Get free legal help too.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-ratification-safe-passed = You may still be on time: depending on which holidays { -comar } counts, the deadline may last until { $latest }. Go to { -comar } today to confirm your claim.
