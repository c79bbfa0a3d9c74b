# E-mails, messages, tickets or forms that get no answer, or an answer
# only after days.  Call-backs that never come are broken_promise.
# The rules hold their own negation ("no reply", "never heard back").
no (reply|replies|response|responses|responce|reponse|replys|answer|answers|feedback|reaction|word|acknowledgement|acknowledgment|update|updates|follow-up|followup|news) | noneg
(not|nor) ~2 (a|one|single|even) ~1 (reply|response|answer|peep|acknowledgement|acknowledgment|update) | noneg
(not|nor) ~2 (a|one|single|even) word | noneg
(zero|0|nil) (response|responses|reply|replies|answer|answers|feedback|contact|communication) | noneg
(still|yet) ~3 (no|not|nothing|haven*|hasn*|waiting|awaiting) ~3 (reply|replies|response|responses|answer|heard|word|feedback|update|back|acknowledgement|acknowledgment|acknowledged) | noneg
(never|not|haven*|hasn*|hadn*|didn*|don't|dont|don’t|doesn*|won't|wont|won’t|nobody|noone|no-one|none) ~3 (reverted|revert|replied|reply|replies|responded|respond|responds|answered|answer|answers|acknowledged) | noneg
no one ~3 (replied|reply|replies|responded|respond|responds|answered|acknowledged|got|gets|get) | noneg
(never|not|haven*|hasn*|hadn*|didn*|nobody|noone) ~3 (heard|got|get|gotten) ~1 back | noneg
heard (nothing|zilch|nada|not) | noneg
(never|not|haven*|hasn*|hadn*|didn*|nobody|noone) ~3 (returned|return|acknowledged) ~1 (my|our|the) ~1 (email|emails|e-mail|message|messages|letter|letters|complaint|ticket) | noneg
(radio|dead|total|complete) silence | noneg
(crickets|ghosted|ghosting|unanswered|unreplied|unacknowledged) | noneg
(left|leave|leaves|leaving|sitting|sat|sits|stuck|kept) ~1 on (read|seen) | noneg
on seen | noneg
(seen-zoned|seenzoned)
(ignored|ignoring|ignores|ignore) (my|all|our|every|each|any) ~2 (email|emails|e-mail|e-mails|message|messages|letter|letters|complaint|complaints|ticket|tickets|request|requests|chat|chats|dm|dms|text|texts|voicemail|voicemails|enquiry|enquiries|inquiry|inquiries|form|forms|queries|query)
(email|emails|e-mail|e-mails|message|messages|letter|letters|complaint|complaints|ticket|tickets|request|requests|enquiry|enquiries|inquiry|inquiries|form|forms|query|queries|dm|dms|one) ~6 (was|were|been|got|went|go|goes|gone|remain|remains|remained|sat|sitting|still|are|is|get|gets|keep|keeps|being|have|has) ~1 (ignored|unanswered|unread|unopened|nowhere)
(emailed|e-mailed|wrote|written|messaged|texted|dm'd|dmd|dm’d|dmed|submitted|filled|sent|raised|logged|opened|contacted) ~14 (nothing|silence|crickets|nada|zilch) | noneg
(took|taking|takes|take) ~4 (days|weeks|week|months|month|fortnight) (to|for) ~4 (reply|replies|respond|responded|answer|answered|back|acknowledge|acknowledged|read)
(replied|responded|answered|heard|reply|response|answer) ~3 (after|over|later) ~3 (day|days|week|weeks|month|months|fortnight)
(replied|responded|answered|heard|back|reply|response|answer) ~2 (only|finally) ~2 (in|after|on) (january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) (days|weeks|months|day|week|month) (since|ago|later|on|now) ~8 (no|nothing|not|without) ~2 (reply|response|answer|word|update|acknowledgement|acknowledgment|acknowledged|replied|responded|heard) | noneg
(auto-reply|autoreply|auto-response|autoresponse|noreply|no-reply|do-not-reply) | weight=0.6
(automatic|automated) (reply|response|email|acknowledgement|message) | weight=0.6
auto (reply|response|responder|acknowledgement) | weight=0.6
(waiting|waited|wait) ~4 (days|weeks|months|fortnight) (for|on) ~1 (reply|response|answer|update|feedback|acknowledgement)
(waiting|awaiting|waited) (for|on) (a|an|any|your|their|the) (reply|response|answer|update|feedback)  | weight=0.7
still nothing | weight=0.6
(please|pls|plz|kindly) ~1 (reply|respond|answer|get) | weight=0.6
(emailed|e-mailed|wrote|messaged|dm'd|dmd|dm’d|dmed|texted|sent|contacted|raised|submitted|rang) ~6 (days|weeks|month|months|fortnight) ago | weight=0.6
(nobody|noone|no-one|never|no) ~3 (got|gets|get|came|come) back (to|2) (me|us) | noneg
# the promise and its failure: "said they'd get back to us ... and never did"
(get|getting|come|call|ring|phone|reply|respond|email) back ~8 (never|didn't|didnt|didn’t|not) (did|do|have|has|happened) | noneg
(none|not) ~5 (been|was|were|got|get|have|has|ever) ~1 (answered|replied|acknowledged|responded) | noneg
black hole
(voicemail|voicemails|message|messages) ~8 (nobody|noone|never|no) ~3 (rang|called|phoned|got|returned|came) ~1 (back|it) | noneg
(never|haven*|not|didn*|hasn*) ~1 heard (a|anything|back|from|one|even) | noneg
without (a|any|an|even) ~1 (reply|response|answer|acknowledgement|acknowledgment) | noneg
(nobody|noone|no-one) (has|have|did|ever|does) | noneg, weight=0.5
no one (has|have|did|ever|does) | noneg, weight=0.5
(hasn*|haven*|not|never|wasn*|weren*) ~3 (looked|opened|assigned|acknowledged) | noneg
(promised|told|assured|guaranteed|said) ~4 (response|reply|answer|update|callback|decision) | weight=0.5
that was ~3 (ago|last|weeks|days|months|fortnight|yesterday) | weight=0.5
without (so|even) ~2 (a|an|one|any) (acknowledgement|acknowledgment|reply|response|answer|word|peep|email|call|message|note|letter) | noneg
not even (a|an|one) (acknowledgement|acknowledgment|reply|response|answer|word|peep) | noneg
(into|to|in) (a|the) (void|abyss|ether|vacuum)
(is|like|a) (a|an|the|into) (void|abyss|vacuum)
(nobody|noone|no-one|never|not) ~3 (write|wrote|written|writes|emailed|email|texted|messaged|contacted|answer|answered|reply|replied|get|got|came|come|call|called|rang|phoned) (me|us) back | noneg
no one ~3 (write|wrote|written|writes|emailed|email|texted|messaged|contacted|answer|answered|reply|replied|get|got|came|come) (me|us) back | noneg
(send|sent|write|wrote|emailed|messaged|dm'd|dmd|texted|submitted) ~6 (days|weeks|month|months|fortnight) ago | weight=0.6
(days|week|weeks|month|months|fortnight) since (i|we) ~1 (messaged|emailed|e-mailed|wrote|contacted|sent|dm'd|dmd|submitted|raised|complained|reported|lodged|filed|filled|logged)
(answer|reply|respond|replying|answering|responding) ~2 (my|our) (dm|dms|email|emails|message|messages|letter|letters|complaint|ticket|query|enquiry|tweet|post|inquiry) | weight=0.5
(day|days) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten) of (waiting|chasing) | weight=0.5
(aim|aims|promise|promises|strive|endeavour) to (respond|reply|answer|get) | weight=0.5
(it's|its|it’s|it|that's|now) ~1 been ~2 (days|weeks|week|month|months|fortnight) | weight=0.5
(not|haven*|hasn*|hadn*|never) ~3 (had|received|recieved|got|gotten) ~2 (acknowledgement|acknowledgment|reply|replies|response|responses|answer|update) | noneg
+ I emailed three times and got no reply
+ nobody has ever answered my complaint form
+ still haven't heard back from your support team
+ sent 4 messages on facebook, total radio silence
+ they finally replied after 3 weeks with nothing useful
+ my ticket has been sitting unanswered since March
+ never got back to me despite saying 48 hours
+ she promised she'd get back to us in 48 hrs and never did
- thanks for the quick reply, all sorted
- I replied to your email yesterday with the photos
- they answered my email within an hour, great
# --- r4: "neither has been answered" ---
(neither|none) ~3 (has|have|was|were|got|received|had) ~2 (answered|acknowledged|replied|responded|reply|response|answer|acknowledgement|acknowledgment) | noneg
+ I sent two emails and neither has been answered
+ three letters, none of them acknowledged
- neither of the answers helped
- none of my questions were hard, yet she couldn't help

# --- r6: voicemails/messages never returned; agent stopped replying mid-chat
(nobody|noone|no-one|never|didn*|hasn*|haven*|hadn*|not) ~3 (returned|return|answered|acknowledged) ~2 (my|our|the|any|a|of) ~1 (calls|call|messages|message|voicemail|voicemails|emails|email|texts) | noneg
no one ~3 (returned|return|answered|acknowledged) ~2 (my|our|the|any|a|of) ~1 (calls|call|messages|message|voicemail|voicemails|emails|email|texts) | noneg
(they|he|she|agent|advisor|adviser|rep|staff|team|company|you|bot|support|person|operator|someone|just|then|suddenly) ~1 (stopped|stops|quit) (replying|responding|answering|typing)
(neither|none) ~3 (was|were|has|have|got|been|ever) ~2 (returned|answered|acknowledged) | noneg
(agent|advisor|adviser|rep|person|operator) ~3 (disappeared|vanished|left|went) ~3 (chat|conversation|mid|halfway|middle|silent|quiet)
+ left two voicemails for the surveyor and neither was returned
+ the advisor just stopped responding after I sent my reference
+ the chat agent vanished halfway through the conversation
- they returned my call within the hour
- I stopped replying because I'd already sorted it myself

# --- r6b: written N times without receiving a reply; read and ignored
without ~2 (receiving|getting|a|any|hearing|an|one) ~2 (reply|response|answer|acknowledgement|acknowledgment|back)
(they|you|he|she|staff|team|agent|support|someone|company|messages|emails|marked|shows|showed|showing) ~2 (read|seen|opened) ~4 (ignored|unanswered)
left on (read|seen)
(ignored|ignoring|ignores|ignore) (my|our|all|the|every|each) ~2 (messages|emails|e-mails|texts|letters|dms|tickets|requests|queries|enquiries|inquiries|complaints|chasers)
+ my three letters went without any acknowledgement
+ they read my emails and ignored them
+ left on read by your support team for a week
- the reply came without delay, thank you
- I read the email and ignored it as it was spam
# --- r7 industry: nothing but automated acknowledgements; ignoring a claim/appeal/application
(only|just|nothing|nowt) ~3 (automated|automatic|auto|auto-generated|autogenerated|generic|bot) (replies|reply|responses|response|acknowledgement|acknowledgements|acknowledgment|acknowledgments|emails|messages|receipts)
(keeps|keep|kept|been|still|are|is|they|you|just|simply|completely|totally|airline|council|insurer|bank|company|surgery|office) ~2 (ignoring|ignored|ignores|ignore) (my|our|all|every|the) ~2 (claim|claims|appeal|appeals|application|applications|referral|chasers|reminders|compensation|refund|complaint) | noneg
+ I've emailed baggage services five times and had only automated replies
+ the airline keeps ignoring my compensation claim
+ the council has been ignoring my appeal since march
- the automated texts about my delivery slot were really handy
- I ignored my claim for a while because I was busy

# --- r8 paraphrase: "didn't bother replying", only acknowledged after N days
(didn*|never|not|couldn*|can't|cant|can’t|won't|wont|won’t|nobody|noone) ~3 (bother|bothered|bothering) ~2 (reply|replying|respond|responding|answer|answering|acknowledge|acknowledging|write|writing|get|getting) | noneg
(only|finally|eventually) ~3 (acknowledged|answered|replied|responded|heard|got|reply|response|acknowledgement|acknowledgment) ~4 after ~2 (days|weeks|months|day|week|month|fortnight)
+ The council didn't bother replying to any of my letters.
+ My complaint was only acknowledged after 19 days.
+ Nobody could be bothered to answer my email.
- They replied after two hours, which is fine.
- They bothered to reply within the hour, very helpful.

# --- r9a: "filled in the form twice. Silence."
silence | weight=0.5
(filled|submitted|sent|emailed|wrote|written|messaged|completed|posted|raised) ~5 (form|forms|email|emails|message|messages|letter|letters|ticket|tickets|request|requests|complaint|complaints|enquiry|enquiries|query|queries|dms|dm) ~3 (twice|times|repeatedly|thrice) | weight=0.5
+ Filled in your contact form twice. Silence.
+ My DMs have been sitting on read for a week.
+ Wrote to the complaints address and it took eleven days for anyone to get back to me.
- I filled in the form twice by mistake, the agent merged them the same day.

# --- r11a voices (review / relative / supplier / voicemail) ---
# "that was the last I heard", "nobody has so much as acknowledged it"
(the|that's|thats|that’s) last (i|we|she|he|they) ~1 (heard|saw) | noneg
so much as ~1 (acknowledgement|acknowledgment|reply|response|answer|word|peep|acknowledged|replied|answered|responded|acknowledge|reply|answer|respond|read|opened|looked|emailed|written|wrote) | noneg
(without|not) ~1 (a|one|single|any) ~1 (update|updates|acknowledgement|acknowledgment|peep|communication|reply|response|answer) | noneg
not ~1 (a|one|single) word | noneg
nothing ~1 (came|comes|come|coming) back | noneg
(never|not|nobody|noone|no-one|haven*|hasn*|hadn*|didn*) ~3 (written|wrote|write|writes|emailed|messaged|texted) back | noneg
# relative voice: "nobody got back to her", "nobody's got in touch with him"
(nobody|noone|no-one|never|no|nobody's|nobodys) ~3 (got|gets|get|came|come|been|gotten) (back|in) (to|touch|contact) ~2 (him|her|them|mum|dad|my|he|she) | noneg
(nobody|noone|no-one|nobody's|nobodys|never) ~3 (got|get|gotten|been|come|came|getting) in (touch|contact) | noneg
# failed to respond; went quiet; letters that go unread
(failed|fails|failing|neglected|neglects) to (respond|reply|answer|acknowledge|revert|write|get) | noneg
(they|he|she|it|seller|company|agent|shop|then|everything|all|just|support|team|everyone|landlord|agency) ~1 (went|gone|goes|fell) (quiet|silent) | noneg
(go|goes|went|gone|going|remain|remains|remained|sit|sits|sat|sitting|lie|lies|lay|lying) (unread|unanswered|unacknowledged|unreplied) | noneg
(has|have|had) (gone|been|remained) ~1 (unacknowledged|unanswered|unreplied) | noneg
no (communication|correspondence) | noneg, weight=0.6
(reply|response|answer|acknowledgement|acknowledgment) ~2 (turned|came|arrived|landed|showed) ~3 (weeks|months|fortnight|late)
# a stated turnaround long past: "we'll reply in 48 hours ... that was two weeks ago"
(reply|respond|answer|replies|responds|answers|revert) (in|within) ~2 (hours|days|working|hrs|hr) | weight=0.5
+ filled in the form, got a reference, and that was the last I heard
+ a month on and nobody has so much as acknowledged it
+ my dad wrote twice and they have never once written back to him
+ the seller went quiet after I sent the photos
+ our invoice queries have gone unacknowledged for three weeks
- we went quiet for a week because we were on holiday, sorry
- the reply came back within the hour, brilliant

# --- r13 thesaurus pass: silence / ignored / unreturned, register variants, misspellings
heard (zip|diddly|diddly-squat|squat|jack|nowt|bugger-all|sod-all|naff-all|zero|nothin|nuthin|nowt) | noneg
(not|no|never|without) ~2 (a|one|single|even) ~1 (dicky|dickie|dickey) ~1 bird | noneg
(not|never|no|nothing|haven*|hasn*|without) ~3 (peep|whisper|squeak|murmur|sausage|dickybird|dicky-bird) | noneg
(unreturned|unresponded|unreplied-to) | weight=0.6
(calls|call|messages|message|emails|email|voicemails|voicemail|letters|letter|texts) ~3 (unreturned|unresponded)
(stonewalled|stonewalling|stonewalls|snubbed|blanked|disregarded|disregarding|disregards) (my|our|all|every|each|the) ~2 (email|emails|e-mail|e-mails|message|messages|letter|letters|complaint|complaints|ticket|tickets|request|requests|enquiry|enquiries|inquiry|inquiries|query|queries|dms|dm|texts|voicemails|calls|chasers|reminders)
(unresponsive|non-responsive|nonresponsive|uncommunicative|incommunicado|unreachable|uncontactable|un-contactable) | weight=0.6
(was|were|are|is|been|remain|remains|remained|totally|completely|utterly|entirely|utterly) (unresponsive|non-responsive|nonresponsive|uncommunicative|incommunicado)
(never|not|haven*|hasn*|hadn*|didn*|nobody|noone|none|no-one) ~3 (replyed|repled|replyd|respondend|responed|reponded|responeded|answerd|anwsered|anwered|acknowleged|acknowledgd) | noneg
no (repsonse|respone|responese|reponce|replie|repply|anwser|answere|anwer|respose|resonse|responcse) | noneg
(zero|no|nil|nothing|without|not) ~2 (contact|correspondence|communication|comms|feedback|acknowledgement|acknowledgment) (from|back) ~3 (them|you|company|anyone|anybody|team|support|seller|office|department) | noneg
(ghosting|ghosted|ghosts|ghost) (me|us|my|our|customers)
(gone|went|going|are|were|been|totally|completely) (awol|mia|dark) | weight=0.6
(left|leaving|leave|kept|keeping) (me|us) (hanging|dangling) | weight=0.6
+ Emailed them three times and heard zip.
+ My calls went unreturned and the office is completely unresponsive.
+ Not a dicky bird from them since March.
- They were responsive and replied within an hour.
- The box arrived unopened and in perfect condition.

# --- en14a: seen and ignored
(seen|read|opened) and (ignored|unanswered|blanked|ghosted|binned)
+ messaged monday, it's saturday, seen and ignored
+ I have not received so much as an acknowledgement
+ email was read and ignored
- I read and replied to your email straight away.
- The message was seen and answered within the hour.
- The leak never came back once the plumber left, brilliant.
- He claims I haven't touched the settings but the router reset itself.
- The courier arrived three hours late without a word of apology.

# --- en19b paraphrase: "is anyone reading these?"; "do you ever answer your emails?";
#     emails go in the bin; finally got an answer on the 19th; nobody writes back
(is|does|do|are) ~1 (anyone|anybody|someone|somebody|any1|u|you) ~2 (reading|read|check|checking|monitor*|listening|answering|replying) | weight=0.5
(do|does|will|did) (u|you|they|anyone|anybody|ye|ya|your) ~1 ever (answer*|reply|replies|respond*|read|check|get) | weight=0.6
(go|goes|went|gone|going|straight|just) ~2 (in|into|to) the (bin|trash|void|shredder|spam) | weight=0.5
(finally|eventually) ~3 (answer|reply|response|acknowledgement|answered|replied|responded) | weight=0.6
(answer|reply|response|acknowledgement|answered|replied|responded) ~2 (on|until|till) the (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(nobody|noone|no-one|never) ~2 (writes|replies|answers|responds|gets|emails|messages) back | noneg
no one ~2 (writes|replies|answers|responds|gets|emails|messages) back | noneg
+ sent four emails. silence. does anybody check this inbox
+ do they ever reply? sent three emails, total silence
+ we eventually had a reply on the 28th, three weeks after writing
+ the chat says delivered but nobody ever writes back
- does anyone read reviews before buying? I do
- they answered the same afternoon, very helpful

# --- s9: "-ing" forms: "why is nobody answering my emails", "they've stopped replying to messages";
#     the object keeps it off "I'm not answering a survey" ---
(nobody|noone|no-one|nobody's|nobodys|stopped|stop|stops|isn*|aren*|not) ~2 (answering|replying|responding|acknowledging|reading) ~3 (email|emails|e-mail|e-mails|mail|mails|message|messages|letter|letters|texts|dms|ticket|tickets|queries|query|complaint|complaints|enquiry|enquiries|inquiry|correspondence|chats) | noneg
no one ~2 (answering|replying|responding|acknowledging|reading) ~3 (email|emails|e-mail|e-mails|mail|mails|message|messages|letter|letters|texts|dms|ticket|tickets|queries|query|complaint|complaints|enquiry|enquiries|inquiry|correspondence|chats) | noneg
+ how come no one is replying to my messages
+ they have simply stopped responding to my letters
+ is anybody there? nobody is reading the tickets I log
- I am not answering your survey, it is far too long
- not a single rude word from the staff, lovely people
- she was replying to my emails within the hour

# --- s9b: "heard absolutely nothing", "the support inbox is a dead end" ---
heard (absolutely|literally|precisely|simply|still|just|totally|sweet) (nothing|zilch|nada|zip|squat|diddly) | noneg
(inbox|mailbox|email|e-mail|address|form|webform|portal|helpdesk) ~4 (dead-end|deadend)
(inbox|mailbox|email|e-mail|address|form|webform|portal|helpdesk) ~4 dead end
+ I have heard absolutely nothing since I submitted the form
+ that complaints email address is a dead end
+ your contact form is a total dead-end
- I heard just now from your team, thanks
- the road to the depot is a dead end, please give the driver directions

# --- s11 round: nobody has touched/looked at it, not one returned, stopped getting replies
(nobody|noone|no-one) ~1 (has|have|had) ~1 (touched|looked|picked|opened|read|actioned|updated|answered) ~2 (it|ticket|tickets|case|complaint|request|email|emails|query|message|messages) | noneg
no one (has|have|had) ~1 (touched|looked|picked|opened|read|actioned|updated|answered) ~2 (it|ticket|tickets|case|complaint|request|email|emails|query|message|messages) | noneg
+ The ticket has sat there for a fortnight and no one has even opened it.
+ Three emails and no-one has answered them.
- No problem, someone has already looked at it and fixed it.
- There was no charge and the engineer has looked at it.
not (one|once) ~3 (returned|answered|acknowledged|replied|responded) | noneg
+ I left four messages and not one was ever returned.
+ Not once have they replied to my letters.
- Not one of the staff was rude.
- Not one item was missing, thanks.
(stopped|stop|stopping) (getting|receiving|hearing) ~2 (replies|reply|answers|answer|responses|response|back|anything|updates)
+ After the second email I just stopped getting any replies from them.
+ We stopped receiving answers once the complaint was logged.
- I stopped getting the newsletter, which is fine.
- I've stopped getting the spam calls, thank you.
(before|until|till|til) (anyone|anybody|someone|somebody) ~2 (bothered|deigned|managed|got|thought) ~2 (answer|reply|respond|replied|answered|responded|back|acknowledge)
+ I emailed five times before anybody bothered to reply.
+ It took a fortnight until someone deigned to respond.
- I'll wait until someone replies before I do anything.
- Please call before anyone comes round.
