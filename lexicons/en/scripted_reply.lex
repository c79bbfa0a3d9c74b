# Canned, template, copy-paste or scripted answers that ignore the actual
# problem; reading from a script.
scripted
(canned|template|templated|generic|standard|stock|boilerplate|automatic|automated|auto-generated|pre-written|prewritten|cookie-cutter|copy-paste|copy-pasted|robotic|one-size-fits-all) ~5 (response|responses|reply|replies|answer|answers|email|emails|e-mail|message|messages|letter|letters|text|phrase|phrases|excuse|excuses|apology|apologies|statement|spiel)
form ~1 (response|responses|reply|replies|answer|answers|email|emails|e-mail|message|messages|letter|letters|text|phrase|phrases|excuse|excuses|apology|apologies|statement|spiel)
(template|templates)
(copy-paste|copy-pasted|copy-pasting|copypaste|copypasted|copypasta|cut-and-paste|copy-and-paste|copy-and-pasted|cut-and-pasted)
(ignored|ignoring|ignores|disregarded) what (i|we) (wrote|said|asked|explained|told|sent|put)
(copy|copied|copying|cut) (paste|pasted|pasting)
(copy|copied|copying|cut) and (paste|pasted|pasting)
(read|reading|reads|reciting|recited|sticking|stuck|stick|went|going|off|from|deviate|deviating|beyond|outside) ~3 (script|scripts)
(like|sounded|sounds|felt|feels) ~4 (robot|parrot|record|machine|script)
broken record
(parrot|parroted|parroting|parrots)
(kept|keeps|keep|just) (repeating|saying|sending|copying|pasting|giving|quoting) ~2 same
(same|identical) (response|responses|reply|replies|answer|answers|email|emails|message|messages|paragraph|sentence|text|line|phrase|words) ~6 (again|time|over|twice|times|repeatedly|word)
(word-for-word|verbatim) | weight=0.6
word for word | weight=0.6
(didn*|never|hadn*|not) ~3 (read|open|look|listen) ~2 (my|the|our) (note|email|e-mail|message|complaint|letter|question|ticket|messages|emails|request|explanation|notes) | noneg
without ~1 (reading|looking|listening) ~2 (my|the|what) | noneg
(ignored|ignoring|ignores|disregarded|sidestepped|dodged|dodging|avoided|avoiding|skirted) (my|the|our) ~1 (question|questions|problem|issue|point|points|complaint|request|concern|concerns)
(didn*|doesn*|never|failed|haven*|hasn*|not) ~3 (answer|answered|address|addressed|respond|deal|acknowledge|acknowledged|read) ~3 (question|questions|problem|issue|point|points|complaint|request|concern|concerns|query|thing|anything) | noneg
nothing to do with (my|the|our) ~1 (question|problem|issue|complaint|request|query) | noneg
(irrelevant|unrelated|pointless|meaningless|empty|hollow|vague|generic|useless|auto) ~1 (response|reply|answer|answers|replies|responses|email|message|info|information|waffle)
(answered|answering|replied|responded) ~2 (different|other|unrelated) (question|problem|issue)
(apologise|apologize|sorry|regret) for (any|the) inconvenience | weight=0.5
thank you for your (patience|feedback|understanding) | weight=0.4
value your (feedback|custom|business) | weight=0.5
sorry to hear about your experience | weight=0.6
(faq|faqs) | weight=0.4
(same|identical) as (the|my|your) (last|previous|first|other|earlier) (one|email|reply|response|message|letter|time) | weight=0.6
(kept|keeps|keep) (saying|repeating) | weight=0.6
i understand your (frustration|concern|concerns|disappointment) | weight=0.6
without ~2 (helping|answering|addressing) | weight=0.4
boilerplate
(canned|template|templated|stock|generic|boilerplate|pre-written|prewritten|pre-prepared|preprepared|cookie-cutter|copy-paste|copy-pasted|standard|scripted) ~2 (paragraph|paragraphs|line|lines|wording|spiel|drivel|nonsense|waffle|rubbish|speech|guff|blurb|script|sentence|sentences)
anything else (i|we) (can|could) (help|do|assist)
identical ~2 (response|responses|reply|replies|answer|answers|email|emails|message|messages|paragraph|sentence|text|line|lines|phrase|words|wording|letter|letters|statement|apology)
(every|each|all) (complaint|complaints|query|queries|question|questions|tweet|tweets|review|reviews|comment|comments|reply|replies|response|responses) ~4 (same|identical)
(same|identical) (reply|response|answer|line|message|paragraph|text|statement) (to|for|under|on) (every|each|all|everyone|everybody)
(reading|read|reads) (off|from) (a|the|her|his|their) (screen|sheet|card|checklist|prompt|prompts|list|page|crib)
(checklist|tick-box|tickbox|box-ticking|flowchart) | weight=0.6
ticking (boxes|the) | weight=0.6
(didn't|didnt|didn’t|did|never|not|wasn't|wasnt|wasn’t) ~1 (listen|listening|listened) ~2 to | weight=0.5, noneg
(understand|appreciate) how (frustrating|annoying|upsetting|difficult|stressful|inconvenient) (this|that|it) (must|is|has) | weight=0.6
(every|each) (msg|message|messages|reply|replies|email|emails|response|responses|answer|answers) ~4 (started|starts|begin|began|begins|ended|ends|opened|opens|same|identical) | weight=0.5
same old (excuse|excuses|line|lines|story|spiel|script|response|rubbish|nonsense|waffle|drivel|answer|reply) | weight=0.6
(ignores|ignored|ignoring|disregards|disregarded) (everything|all|most|anything|every|each) ~2 (i|we|my|of|that)
(generated|written|produced) by (a|an) (bot|robot|machine|computer|ai|algorithm)
(didn't|didnt|didn’t|doesn't|doesnt|doesn’t|did|does|not|nothing) ~2 (relate|related|relevant|relating) ~3 (my|the|our) (question|questions|problem|issue|query|complaint|request|email)
(pasted|copied) (in|from|straight) | weight=0.6
+ every reply is the same copy-paste template that ignores my question
+ she was clearly reading from a script
+ got a canned response about "high demand" that had nothing to do with my problem
+ they obviously didn't even read my email
+ like talking to a robot, "we apologise for any inconvenience" three times
- the script for the printer driver failed, can you send it again
- she listened carefully and answered my question
- I copied the receipt number from the email

# --- r6: boilerplate phrase quoted; identical word-for-word replies
(inconvenience|feedback|patience|understanding|custom|business) ~3 (yeah|yea|yep|cheers|lol|wow|sure) | weight=0.5
(reply|response|answer|email|message|replies|responses|answers|emails|script) ~5 word for word
word for word ~5 (same|reply|response|answer|identical|copy|script|last|previous|template)
(identical|same|copy) ~3 (response|reply|answer|email|message|letter|wording) ~3 (as|to) ~3 (last|previous|before|other|first)
+ their answer was word for word what the last agent sent
+ "we apologise for any inconvenience" yeah cheers, that fixes everything
+ got the identical reply to the one before, not a single detail changed
- I copied the wording of your terms word for word into my letter? no, I'm asking what it means
- sorry for any inconvenience my late payment caused, it's sorted now

# --- r6b: the reply was clearly automated / pasted; missed the point
(response|reply|email|e-mail|answer|message|letter|replies|responses) ~6 (automated|auto-generated|canned|templated|scripted|generic|copy-pasted|pasted|pre-written|boilerplate)
(just|agent|he|she|they|someone|simply|clearly|obviously) ~2 (pasted|copy-pasted|copied) ~4 (paragraph|text|section|faq|faqs|article|terms|policy|answer|response|reply|link|chunk|block|script|statement)
(missed|miss|misses|missing|ignored|ignores|ignoring) the (point|question|issue) | weight=0.5
+ the reply I got was obviously templated and answered nothing
+ they clearly copied a section of the FAQ into the chat
- I pasted my order number into the chat and it was found straight away
- the response was quick and answered my question

# --- r6c: reading from a cue card; reciting the company line
(reading|read|reads|recited|reciting|recite|rehearsed) ~3 (from|off|out) ~2 (cue|screen|prompt|prompts|autocue|teleprompter|script|scripts)
(reciting|recited|recite|recites|parroting|parroted|parrot|parrots|repeating|repeated|spouting|spouted|toeing|towing) ~3 (company|party|corporate|official|standard) (line|lines|script|spiel|policy)
+ the agent read everything off a prompt sheet
+ she just kept parroting the corporate line
- the waiter read the specials off a card, very helpful
- I read the manual from cover to cover

# --- r8 paraphrase: auto-replies, "nobody read a word", answering a question never asked, bot-like replies
(auto-reply|autoreply|auto-replies|autoreplies|auto-response|autoresponse|autoresponder|auto-responder|auto-generated|autogenerated) | weight=0.5
(auto-reply|autoreply|auto-replies|autoreplies|auto-response|autoresponse|autoresponder|auto-responder) ~3 (about|ignoring|ignored|irrelevant|unrelated|generic|thanking|nothing) | weight=0.5
(nobody|noone|no-one|never|didn*|hadn*|hasn*|not) ~3 (read|reading) ~2 (a|one|single) ~1 word | noneg
no one ~3 (read|reading) ~2 (a|one|single) ~1 word | noneg
(question|questions) (i|we|id|i'd|we'd) ~1 (never|didn't|didnt|didn’t|hadn't|hadnt|hadn’t|did|havent|haven't|haven’t) ~1 (asked|ask|raised|posed) | noneg
(answered|answering|answers|replied|replying|responded|responding|reply|response|answer) ~4 (something|question|questions|issue|problem) (else|entirely|completely) ~1 (else|entirely|different|unrelated)
(reply|replies|response|responses|answer|answers|email|emails|message|messages) ~3 (bot-like|botlike|robot-like|robotlike|mechanical|soulless|impersonal) | weight=0.6
(bot-like|botlike|robot-like|robotlike|soulless|impersonal) (reply|replies|response|responses|answer|answers|email|emails|message|messages)
+ I got an auto-reply about delivery times, nothing about the hinge.
- Your auto-reply told me to use live chat instead.
+ Nobody read a word of what I sent.
+ Your reply answered a question I never asked.
+ ur replies keep answering questions we never asked
+ The answer was about something else entirely.
- The auto repair shop fixed my car quickly.
- I read every word of the contract before signing.

# --- r9a: "the same pasted paragraph", "ignored what I'd written"
(same|pasted|copied|identical) ~2 (pasted|copied|paragraph|paragraphs|blurb|spiel) ~3 (again|third|second|fourth|every|each|twice|times|none) | weight=0.6
(pasted|copy-pasted|copied) ~2 (paragraph|paragraphs|blurb|spiel|statement|text|reply|answer|response)
(ignored|ignoring|ignores|disregarded|disregarding|skipped) ~1 (what|everything|anything) (i|i'd|i’d|id|we|i've|i’ve|ive|we'd) ~1 (written|wrote|said|asked|explained|typed|put|told|mentioned) | weight=0.5
(understand|appreciate|hear) your (frustration|frustrations|concern|concerns|disappointment) | weight=0.5
+ Got the same pasted paragraph about "high volumes of contacts" for the third time.
+ Every answer from the agent began with "I completely understand your frustration" and then ignored what I'd written.
+ They copy-pasted a paragraph from their website that had nothing to do with my question.
- I pasted my order number into the chat and the agent found it straight away.
- She said she understood my frustration and fixed it in minutes.

# --- r11a voices (review / relative / supplier / voicemail) ---
# the same few sentences, whatever is asked
same ~1 (spiel|blurb|script|speech|patter|platitudes|waffle|guff|drivel|template)
same ~1 (sentences|phrases|lines|wording) | weight=0.6
(whatever|no) (you|i|we|he|she|matter) ~2 (put|type|say|ask|write|asked|said|typed|wrote|put) | weight=0.5
(said|saying|says|repeated|repeating|repeats|kept|went) ~2 same (thing|things|line|lines|words|sentence|phrase) ~6 (over|again|repeatedly|times|loop)
(list|menu|set|bank|library|stock|selection) of (lines|answers|responses|replies|phrases|sentences|scripts)
(no|didn't|didnt|didn’t|doesn't|doesnt|doesn’t|never) (matter|mattered) what (i|we|he|she|they|you) ~1 (said|say|says|typed|type|wrote|write|asked|ask|explained|told|put) | weight=0.5, noneg
(didn't|didnt|didn’t|never|not|without) ~2 (take|took|taking|taken|absorb|absorbed|absorbing|register|registered|read) ~2 (a|one|single) word | weight=0.6, noneg
(like|talking|talk|speaking|dealing) ~3 (bot|bots|chatbot|automaton|robots)
# a reply about something else: "which I hadn't asked about", "not one line about the bag"
(which|something|things|stuff|that) (i|we|she|he|they) (hadn't|hadnt|hadn’t|never|didn't|didnt|didn’t) ~1 (asked|ask|mentioned|raised|queried|enquired|inquired) (about|for) | noneg
(not|no|without) ~2 (line|word|sentence) (about|on|regarding|addressing) | weight=0.6, noneg
(reply|response|answer|email|letter|message|it|none|nothing|anything|engage|address) ~5 (my|our|the|her|his) (actual|specific|real|original) (question|problem|issue|complaint|query|bill|order|fault|request|point|shortage|concern|enquiry) | weight=0.6, noneg
(didn't|didnt|didn’t|did|not|never|failed|without|no) ~2 (engage|engaging|engaged|grapple|grappled) with | noneg, weight=0.6
(blurb|spiel|waffle|guff|leaflet|pamphlet) (about|on|regarding) | weight=0.6
(nothing|none|nowt) (about|on|regarding|addressing|re) (the|my|our|her|his) | weight=0.5, noneg
# reading or pasting it from somewhere
(read|reading|reads|recited|reciting) ~7 (off|from) (a|the|her|his|their) (screen|checklist|prompt|prompts|crib|computer|monitor|script)
(reading|reads|reciting|recites) ~1 (off|from) (something|somewhere) | weight=0.6
(lifted|copied|taken|pulled|cribbed|quoted|ripped) (straight|directly|verbatim|word) ~2 (from|off|out) | weight=0.6
(pasted|copy-pasted|cut-and-pasted) ~3 (terms|policy|faq|faqs|article|paragraph|paragraphs|section|conditions|blurb|chunk|statement|script|wording)
(pre-drafted|predrafted|pre-written|pre-set|preset|pre-prepared|prefab|prefabricated|ready-made|off-the-shelf) ~3 (text|reply|replies|response|responses|answer|answers|apology|apologies|email|letter|wording|statement|paragraph)
# could have been sent to anyone; brochure phrases in place of an answer
could have been (sent|written|addressed|meant) ~2 (to|for) (anyone|anybody|everyone|any)
one size fits all
(strive|striving|strives) (for|to) (excellence|provide|deliver|ensure) | weight=0.5
take (all|your|every|customer|any) ~1 (feedback|complaints|concerns|comments) (seriously|very) | weight=0.5
(thanked|thanking) (me|us|her|him|them) for (choosing|flying|shopping|staying|being|contacting|reaching|getting) | weight=0.5
(sent|send|gave|give|got|received|fobbed) ~3 (a|the|some|generic|standard|their) ~1 (leaflet|pamphlet|brochure|flyer|booklet|factsheet) | weight=0.5
(asking|asked|ask) (a|one|the) (simple|specific|straightforward|basic|clear) question | weight=0.5
+ the reply was lifted straight from their FAQ page
+ whatever you ask, the same three sentences come back
+ he read me a list of steps off his screen even though the unit was smashed
+ they sent a pre-drafted text about lead times, not one line about our shortage
+ it's like she had a list of lines and picked one at random
- the same three sentences in the manual explain it clearly, thanks
- I read the list of ingredients off the packet and it was fine

# --- r13 thesaurus pass: canned / rote / regurgitated, register variants
(formulaic|formulaically|robotically|mechanically-worded|pro-forma|proforma)
(regurgitated|regurgitating|regurgitates|regurgitate) | weight=0.6
(regurgitated|regurgitating|regurgitates|regurgitate|rattled|rattling|reeled|reeling|trotted|trotting|churned|churning|spat|spewed|spewing) ~3 (same|script|scripted|policy|lines|line|answer|answers|response|faq|faqs|terms|spiel|stock|standard|usual|company|party|canned|generic|template|blurb|paragraph|off|out)
by rote
(rote|rehearsed|memorised|memorized|prepared|pre-recorded|prerecorded|copy-and-paste|cut-and-paste|cookie-cutter) (response|responses|reply|replies|answer|answers|speech|spiel|lines|script|statement|apology|apologies|email|emails|message|messages)
cookie cutter (response|responses|reply|replies|answer|answers|email|emails|message|messages|apology|statement)
(blanket|catch-all|catchall|one-size-fits-all|mass|bulk|form|mail-merge|mailmerge|circular) (response|responses|reply|replies|answer|answers|email|emails|e-mail|statement|letter|message|apology)
(off|from|following|follow|followed|stuck|sticking|stick|glued) ~2 (the|a|their|her|his|some|prepared) (script|playbook|crib|cue)
(scripts|scripting|script-reading|scriptreading|script-bound) | weight=0.6
(sounded|sounds|sounding|seemed|seems|felt|feels|like) ~3 (rehearsed|memorised|memorized|scripted)
(copy|copied|copying|cut) (n|'n) (paste|pasted|pasting)
(canned|templated|generic|stock|scripted|boilerplate) (apology|apologies|platitude|platitudes|excuse|excuses|spiel|wording|nonsense|drivel|waffle)
(reply|response|answer|email|replies|responses|answers|emails|message|letter) ~4 (copy|copied|pasted|quote|quoted|excerpt|extract|chunk|paragraph) ~4 (terms|conditions|tcs|faq|faqs|policy|policies|handbook|brochure)
(corporate|company|pr|official|usual|standard) (spiel|waffle|guff|drivel|speak|jargon|platitudes|boilerplate|word-salad|gobbledygook|gobbledegook|buzzwords|non-answer|non-answers)
(word-salad|non-answer|non-answers|nonanswer|corporate-speak|corporatespeak)
word salad
+ The reply was formulaic corporate spiel that ignored my actual question.
+ He regurgitated the same lines about policy and stuck to the script.
+ I got a blanket response, a total non-answer.
- The agent listened properly and actually solved my problem in one call.
- Followed the prompts on the phone and paid the bill in a minute.

# --- s11 round: automated-sounding / computer-generated replies
(automated-sounding|computer-generated|robotic-sounding|machine-generated|ai-generated|bot-generated|cut-and-paste|copy-and-paste|form-letter)
+ All I got was a computer-generated letter that didn't mention my claim.
+ Their automated-sounding reply thanked me for my patience.
- The computer in the branch was down so we came back later.
- I used the automated booking system and it worked well.
