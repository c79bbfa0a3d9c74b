# Told to use the website, app, e-mail or another channel instead of being
# helped where they asked.  Not: the customer choosing the website.
(told|tells|telling|tell|advised|instructed|directed|redirected|referred|pointed|sent|said|says|suggested|insisted|wanted|instruction|instructions|suggestion|advice|answered|replied|response|reply|answer) ~6 (to|should|must|have|had|need|needed|has|needs|only|just|instead|better|can|could|go) ~2 (use|used|go|gone|visit*|email*|e-mail*|call|called|ring|phone|contact*|fill*|check|try|download*|submit*|do|done|appl*|book|booked|order|complain|regist*|log|logged|message|write|send|sent|come|pop|raise*|report*|look|head|make|made|put|take) ~4 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services) | noneg
(redirected|redirecting|redirects|referred|referring|pointed|pointing|points|sent|sending|sends|directed|directing|directs|pushed|pushing|fobbed|shoved) (me|us) ~3 (to|towards|at) ~3 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|writing|call-centre|call-center)
(sent|gave|emailed|texted|pasted|dropped|threw) (me|us) ~3 (link|links|url) ~3 (faq|faqs|website|site|help|page|article|articles|form|app|online|chatbot|centre|center|guide)
(just|only) (sent|gave|emailed|texted|pasted|dropped|threw) (me|us) ~2 (link|links|url)
just (a|another) link
(can|could|will|would|is|was|are|were|must|has|have) ~1 (be|being) (done|handled|dealt|processed|submitted|resolved|sorted|made|accepted|requested|booked|raised|logged) (online|in|via|by|through|over|on|at) ~2 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
only ~2 (be|being) ~1 (done|handled|dealt|processed|submitted|resolved|sorted|made|accepted|requested|booked|raised|logged) ~3 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
(only|just) ~2 (accept|accepts|accepted|take|takes|taken|handle|handles|handled|deal|deals|process|processes|processed|do|does|done) ~3 (online|app|website|site|portal|form|web|email|e-mail|writing|store|shop|branch|person|phone|post|letter|chat)
(refused|refuses|refusing|won't|wont|won’t|wouldn*|can't|cant|can’t|cannot|couldn*|unable) ~3 (help|deal|handle|sort|do|discuss|take|assist|look) ~4 (phone|store|shop|counter|desk|branch|person|chat|email|here|social|twitter|facebook) | noneg
(use|download|install|try|check|visit|go) (the|our|their|your) (app|website|site|form|portal|chatbot|self-service|faq|faqs) ~6 (instead|apparently|rather)
(told|apparently|said|says|insisted) ~4 (go|do|apply|book|order|complain|register|sort|report|check|look|submit|request|log|fill) ~3 online
(only|whole|best|standard|usual|their) (answer|advice|reply|response|suggestion|solution) ~6 (use|go|visit|check|try|email|e-mail|call|ring|phone|write|contact|message|download|fill|look) ~4 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services|team|department|address|office|line|number|complaints)
(said|says|say|told|tells|replied|replies|answer|reply|response|advice|advised) ~2 (use|try|visit|check|read|download|email|e-mail|ring|phone|call|go|log|head|pop|look) ~3 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services) | noneg
(told|said|says|asked|advised) ~8 to ~2 (call|ring|phone|email|e-mail|contact|use|go|visit|try|write|message) ~6 instead | noneg
(please|pls|kindly) ~1 (call|ring|phone|email|e-mail|visit|write|dm|message|contact) (us|our)
for (this|that|these|such|your) (type|kind|sort|types|kinds) of (query|queries|request|requests|issue|issues|problem|problems|enquiry|enquiries|inquiry|complaint|complaints) | weight=0.6
(told|advised|asked|instructed|directed|redirected) ~3 to (email|e-mail|write|visit|tweet|dm|message) ~1 (them|us|customer|head|their|another|in|instead|our)
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|unable) ~4 (over|via) the (phone|chat|telephone) | noneg
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|unable) ~4 (over|via|by|through) (chat|email|e-mail|twitter|social|webchat|livechat|telephone|messenger|whatsapp|phone) | noneg
+ the store told me to go on the website and do it online
+ on the phone they just sent me a link to the FAQ
+ was told complaints are only accepted in writing
+ the chat agent said I had to call the hotline instead
+ they refused to help me in store and told me to email customer services
- I used your website to order and it was easy
- I sent you the link to my photos
- she helped me in store and also showed me the app
# (h2) complete an online form; can't help, call customer service
(told|said|says|insisted|advised|instructed|asked) ~6 (complete|completing|fill|filling|submit|submitting|do|use|raise|log) ~3 (online|web|website|app|portal|webform|e-form) ~1 (form|forms|request|ticket|claim|portal|chat)
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|unable) ~2 help ~4 (call|ring|phone|email|e-mail|contact|use|go|visit|try|check|fill|complete|write|message|dm) ~4 (customer|services|service|helpline|online|website|site|app|form|head|office|team|store|shop|chat|email|number|line) | noneg
+ the agent said I had to complete an online form
+ store staff said they can't help, call customer service
- I completed the online form myself and it worked fine
# --- r4: "told to read the FAQ" ---
(told|tells|telling|said|says|just|go|got|get|replied|reply|response|answer|pointed|directed|sent|referred|redirected|advised) ~3 (read|check|checking|see|consult|try|visit|look|search|browse) ~2 (the|our|their|your|a) ~1 (faq|faqs|help|website|site|manual|guide|article|articles|knowledge|forum|community|centre|center)
+ asked a simple question and got 'read the FAQ like everyone else'
+ the agent just said check our help centre and closed the chat
- I read the FAQ and found the answer myself
- I checked the website and the store hours were right

# --- r6b: pointed to an email address / web page instead of an answer
(directed|referred|pointed|redirected|given|sent) ~3 (email|e-mail|website|site|app|form|portal|webchat|web|faq|faqs|link|url|address) ~6 (instead|rather) | weight=1
instead ~2 (of|than) ~2 (answering|helping|dealing|getting|an|help|answer) | weight=0.5
+ I was pointed to the website instead of getting any help on the phone
+ they just gave me a link rather than answering my question
- instead of calling I used your website and it worked fine
- the agent sent a link to reset my password, sorted in a minute

# --- r6c: told to log it via the app after "we don't handle that"; replies that are only a link to the contact page
(told|said|insisted|informed|advised|instructed) ~12 (through|via|using|online) ~2 (app|website|site|portal|form|webchat|chat|email|e-mail) | weight=0.5
(don't|dont|don’t|doesn't|doesnt|doesn’t|can't|cant|can’t|cannot|won't|wont|won’t) (handle|deal|do|process|take|accept) ~2 (that|this|it|those|these|returns|complaints|changes|queries|requests) | weight=0.5, noneg
(they|agent|he|she|staff|team|bot|support|reply|response|you|account|just|only|keeps|kept) ~2 (posting|posted|posts|sending|sent|sends|replying|replied|replies|pasting|pasted) ~3 (link|links|url|urls) ~4 (contact|help|faq|faqs|support|page|form|centre|center|site|website)
+ the branch said they don't deal with that and I was told to raise it via the website
+ the agent just replied with a link to the help page
- I sent a link to your website to my friend
- the store said they can't take returns after 30 days
# --- r7 industry: refused at the counter / in branch and sent to the app or website
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|unable|refused|refuse|refuses) ~4 (in|at|over) ~1 (person|branch|store|counter|desk|reception|phone) | weight=0.5, noneg
(have|has|had|need|needs|needed|must|got) to ~3 (in|on|via|through|using|thru|use|download) the (app|website|site|portal|online) | weight=0.5
+ branch staff said they cant unblock my card in person, I have to do it in the app
+ the clerk wouldn't renew it at the counter, said we had to apply on the website
+ they won't change the meter details over the phone, I have to do it via the portal
- I couldn't get to the branch in person so I did it in the app, easy
- you have to scan it on the app to board

# --- r8b: "such matters are dealt with by email only"; "you'll have to do it through the app";
#     pointed to the help centre; go home and do it online
(dealt|handled|processed|accepted|done|taken|managed|received|raised|submitted|made|actioned) ~2 (by|via|through|over|in|using|online) ~2 (website|web|site|online|app|e-mail|email|form|webform|portal|chat|livechat|webchat|writing|post|letter|phone|telephone) only
(have|has|need|needs|needed|must) to (do|sort|book|report|raise|apply|change|update|request|cancel|complete|submit|arrange|make|file|lodge) ~4 (through|via|using|over) (the|your|their|our|an|a) (app|website|site|portal|web|form|webform|online|chatbot)
(pointed|pointing|points|pointing|directed|referred|sent|redirected) ~3 (to|towards|at) ~3 (help|support|faq|faqs|knowledge) ~1 (centre|center|page|pages|hub|section|article|articles|base)
(go|going|went) (home|away) and ~3 (online|website|app|email|e-mail|phone|call|ring) | noneg
+ the lady said I'd have to do it through the app, she couldn't do it on the phone
+ was told such matters are dealt with by email only
+ the agent just pointed me to the help centre page
- I usually sort it through the app, it's quick
- the help centre page was really useful, thanks

# --- r9b: "it's all done through the app now"; "you'd have to sort that through your online account";
#     passive "was redirected to the website"
(everything|all|it's|its|it’s|everything's|that's|thats|this|it|they|cancellations|complaints|returns|refunds|changes|bookings|claims) ~2 (done|handled|dealt|processed|managed|sorted|goes|go|happens|run|made|raised|submitted) ~2 (through|via|on|in|online|by|using) ~2 (app|apps|website|site|online|portal|email|e-mail|webform|form|chat|account) ~2 (now|only|these|nowadays|anyway|apparently) | noneg
(said|says|told|tells|insisted|insists|replied|answered|advised|informed|explained|apparently) ~10 (have|has|had|must|need|needs|needed|only|got|would) ~5 (through|via|using|on|in|use|download) ~2 (online|app|website|site|portal|webform|web) | noneg
(was|were|been|got|get|gets|being|am|are|is|keep|kept) (redirected|referred|pointed|directed|sent|pushed|fobbed|steered|shunted|diverted) ~3 (to|towards|at|onto|back) ~3 (website|websites|web|webpage|site|online|app|apps|portal|webform|form|faq|faqs|chatbot|self-service|helpline|hotline)
+ the man at the desk said everything is handled through the app now
+ the agent told me I'd have to do that through my online account
+ we were redirected to the website by the branch staff
- it's all done online now and I love how easy it is
- she told me in the shop that the coat was on sale

# --- en11b: "that's all on the app now"; sent home to upload it; handed a leaflet/QR code for the
#     app instead; pointed her to a web address; handled by the online team; no longer able to take
#     orders by phone; not dealt with on site; portal rather than on the call; answered only with a
#     link; "you'll have to do that on the website"; "DM us"
(said|says|told|replied|answered|insisted|insists|claimed|apparently|that's|thats|that’s) ~6 (on|through|via|in|online) ~2 (app|apps|website|site|portal|web|online) ~1 (now|only|nowadays|these|anyway) | noneg
(sent|told|asked|turned) ~2 (home|away|back) ~4 (upload|do|fill|complete|apply|book|go|use|submit|register|order|email|e-mail|ring|call|phone|log) ~4 (portal|app|website|site|online|web|form|email|e-mail|helpline|number)
(directed|referred|pointed|redirected|given|sent|handed|gave|showed|shown|passed) ~5 (email|e-mail|website|site|app|form|portal|webchat|web|faq|faqs|link|url|address|leaflet|flyer|qr|card|number|poster) ~8 (instead|rather)
(redirected|redirecting|referred|referring|pointed|pointing|sent|sending|directed|directing|pushed|fobbed|shoved) (him|her|them|my|people|customers|everyone) ~3 (to|towards|at) ~4 (website|websites|web|webpage|site|online|app|apps|e-mail|email|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|helpline|hotline)
(sent|gave|emailed|texted|pasted|dropped|threw|handed) (him|her|them) ~3 (link|links|url)
(handled|dealt|processed|done|managed|taken|answered|sorted) (by|via|through) (the|our|their|an|a|another|your) ~1 (online|web|email|e-mail|digital|social|website|app) (team|department|dept|desk|unit|channel|form|service)
no longer ~2 (able|possible|accept|accepts|take|takes|handle|handles|deal|deals|process|processes|do|does) ~4 (by|over|via|in|at|through) ~1 (telephone|phone|email|e-mail|post|person|branch|store|counter|desk|chat|letter|fax|site)
(not|aren't|arent|isn't|isnt|never|no) (dealt|handled|processed|taken|accepted|done|answered|discussed|resolved|sorted|actioned) ~2 (on|in|at|over|by|via) ~1 (site|phone|branch|store|counter|desk|person|telephone|chat|here|premises) | noneg
(must|have|has|should|need|needs|can|only) ~2 (be) (placed|made|submitted|sent|emailed|lodged|filed|raised|logged|reported|directed|addressed|forwarded|booked|done|handled) ~4 (through|via|on|online|using|in|to|by) ~3 (platform|app|website|site|portal|online|e-commerce|ecommerce|web|webshop|webform|mailbox|inbox|email|e-mail|form)
(online|app|website|site|portal|form|webform|email|e-mail|chat|web) ~6 (rather|instead) ~1 (than|of) ~5 (call|phone|telephone|branch|store|counter|desk|person|helping|dealing|taking|recorded|recording|logging|sorting|fixing|handling|speaking|talking|during|over)
(answered|replied|responded|reply|response|answer|responses|replies) ~3 (only|just|simply|merely) ~2 (with|by) ~4 (link|links|reference|url|pointer|redirect) ~4 (online|website|site|faq|faqs|knowledge|help|app|portal|page|article|guide|form)
(you'll|you’ll|youll|you'd|you’d|youd) ~1 (have|need|needs|got) to ~4 (on|in|via|through|using|online) ~2 (app|website|site|portal|online|web) | noneg
(why|how) (can't|cant|can’t|cannot|couldn't|couldnt|won't|wont) (you|they|she|he) ~3 (do|sort|fix|help|take|process|deal|change) | weight=0.5
(said|says|told|replied|reply|response|just|please|pls|kindly|answer) ~2 (dm|pm|inbox) (us|them)
(made|make|makes|forced|forcing|force|insisted|insisting) ~3 (download|install|use|register|sign|create|go) ~3 (app|apps|website|site|portal|account|online|form) ~3 (just|only|before|instead|rather)
(told|advised|asked|instructed|directed|redirected|said|insisted) ~6 to (email|e-mail|write|tweet|dm|message|upload) ~3 (her|his|their|my|the|a|query|request|complaint|details|form|it|in) ~1 (in|query|request|complaint|details|form|instead|to)
+ the agent just said that's all on the app now
+ was sent back home to upload it on the portal
+ handed me a leaflet with a QR code for the app instead
+ they pointed her to a web address on the receipt
+ she said complaints are handled by the online team
+ they are no longer able to process orders by telephone
+ credit queries are not dealt with on site
+ you'll have to do that on the website
+ they just said DM us your email
+ they made my dad download an app just to report a fault
- my son made me download the app and I love it
- I emailed my query in and got an answer in an hour
- the lady in the branch sorted it all there and then

# --- en14a: told to visit a branch / go online instead
(insisted|insists|insisting|instructs|instructed|instructing|tells|told|telling|advised|advises) ~4 (visit|go|come|pop|head|attend|drop) ~3 (branch|store|shop|online|website|office|counter|desk|person)
+ the chat agent insisted that I visit a branch in person to replace my SIM
+ the automated line simply instructs callers to go online and then disconnects
+ she told me to head to a branch instead of sorting it on the phone
- I visited the branch and they sorted it quickly.
- The agent told me the branch opens at nine, which was helpful.

# --- r14b: support goes 'go on the website'; says I should've done it online
(goes|went|go) ~2 (go|use|try|visit|check) ~3 (website|site|app|online|portal|form) | noneg
(says|said|told|tells|reckons|goes) ~3 (should've|shoulda|should’ve|should) ~2 (done|reported|used|gone|booked|applied|filled) ~3 (online|website|app|web|portal) | noneg
+ support just goes go on the website then
+ the guy says I should've done it online
- I should've done it online myself, my mistake

# --- en15b: on social, everyone is told to ring the call centre
(tell|tells|telling|told) ~4 to (ring|call|phone|contact|email|e-mail|dm|message|visit|use|write) ~2 (call|helpline|hotline|centre|center|website|app|branch|store|shop|email|e-mail|form|switchboard)
+ On Twitter you tell everyone to call the helpline instead.
+ The branch told me to use the app for that.
+ They keep telling people to phone the hotline.
- I told my wife to call me when she got home.
- Tell me what time the shop closes.

# --- en16b: told they "should have done it online / through the app / My Account"
(said|told|says|tells|suggested|apparently|reckoned|replied|answered|explained) ~4 (should|should've|shouldve|could|could've|couldve|shoulda) ~3 (done|do|sorted|used|booked|reported|gone|arranged) ~4 (online|through|via|in|on) ~2 (app|website|site|portal|account|online|chat|email)
+ the agent said I should have just done that through My Account
+ she told me I could've sorted it online in the app
+ apparently I should have reported it via the website
- I should have done it through the app, my mistake, sorry
- next time I could use the website, it's quicker

# --- en18b inflection: "keeps saying go on the website", "I'd have to use the app"
(keeps|kept|keep|keeping|just|only|always) ~1 (saying|says|said|telling|tells|told) ~2 (go|use|try|visit|check) ~3 (website|site|app|online|portal|form) | noneg
+ support just keeps saying go on the website
+ the bank said they couldnt do it in person and I'd have to use the app

# --- s11 round: "we don't take X over the phone", "write in", "please check our help centre", leaflet with a link
(don't|dont|doesn't|doesnt|won't|wont|can't|cant|cannot|not) (take|accept|handle|deal|do|process|log) ~3 (over|by|on|via|in) ~1 (phone|telephone|chat|branch|store|counter|shop|person)
+ They said they don't take cancellations over the phone, only by email.
+ The store won't process online returns in branch.
- I can't take any more of this.
- I do not take any medication.
(need|needed|needs|have|had|has|must) to (write|send) in
(need|needed|needs|have|had|has|must|should) to put ~2 in writing
+ I was told complaints have to be put in writing and posted to head office.
+ Apparently I need to write in to the complaints team rather than call.
- I have to say the staff were lovely.
- I'll send in the form once it's signed.
(please|pls|kindly) ~1 (check|visit|see|read|consult|use|refer|download|try) ~2 our (help|support|faq|faqs|website|site|app|online|portal|page|pages|guide|knowledge)
+ Every reply just says please visit our support pages.
+ The agent typed kindly refer to our FAQ page and closed the chat.
- Please could you check our order from yesterday?
- I said please check our account, the meter is wrong.
(handed|gave|given|pointed|passed) ~3 (leaflet|flyer|card|poster|sign|slip|note) ~4 (qr|website|web|address|link|url|app|online)
+ The manager just handed me a card with a website address on it.
+ I was given a slip with a QR code to complain online.
- They gave me a loyalty card and a voucher.
- He handed me the receipt and a bag.
