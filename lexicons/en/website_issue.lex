# Website or app hard to navigate, broken, not usable on a phone, no way to
# find contact details.  Not: "I ordered on your website, easy", neutral
# questions ("is the app down?").
(website|websites|site|site's|app|app's|apps|application|portal|checkout|check-out|login|log-in|webform|form|homepage|page|pages|button|link|links|search|basket|cart|webpage) ~5 (broken|crash*|down|glitch*|bug|bugs|buggy|unusable|impossible|difficult|frozen|freez*|froze|timed|timing|error|errors|fail*|useless|confusing|nightmare|maze|joke|mess|shambles|shambolic|disaster|rubbish|awful|terrible|horrendous|clunky|laggy|slow|blank|404|500|spinning|hangs|offline|unavailable|unresponsive|loop|looping)
(website|websites|site|site's|app|app's|apps|application|portal|checkout|login|log-in|webform|form|homepage|page|button|link|links|search|basket|cart|webpage|tracking|livechat|webchat) ~4 (not|isn*|wasn*|doesn*|didn*|won't|wont|won’t|wouldn*|stopped|keeps|kept|never) ~2 (work|working|load|loading|loads|open|opening|submit|submitting|accept|accepting|let|allow|crashing|freezing|logging|failing|timing|throwing|showing|giving|erroring|glitching|spinning|refreshing|reloading|restarting|closing|flickering|bouncing|jumping|kicking|resetting|save|saving|respond|responding|update|updating|show|find|finds) | noneg
(chat|chat's|chats|livechat|webchat|online|tracking) ~4 (offline|unavailable|broken|crashed|crashes|crashing|closed|glitch|glitched|error|errors|buggy|frozen|froze)
(logs|logged|logging|kicks|kicked|kicking|throws|threw|chucks|chucked|signs|signed|signing|boots|booted) (me|you|us) (out|off)
(search|returns|returned|finds|found|brings) ~2 (nothing|zero|no)
(no|zero) results
(error|errors|404|500|bug|glitch|glitches) ~3 (on|in|with|from|message|code|page|screen) ~3 (website|site|app|application|portal|checkout|page|form|online|login|payment|basket|cart|screen) | weight=0.5
(error|invalid|declined|failed|rejected) ~4 (every|each) time | weight=0.6
(every|each) time ~3 (click|clicked|press|pressed|tap|tapped|hit|try|tried|log|open|opened|go) ~8 (error|invalid|nothing|crash|crashes|freezes|blank|logs|kicks|declined|fails|failed|resets|refreshes|spins|hangs|loading|back) | noneg
(click|clicking|clicked|press|pressing|pressed|tapping|tapped) ~3 (pay|submit|checkout|buy|next|continue|confirm|send|login|order|basket|save|button|link) ~8 (error|invalid|nothing|doesn*|won't|wont|won’t|fails|failed|crash|crashes|freezes|blank|logs|kicks|back|spins|loading|happens) | noneg
(couldn*|can't|cant|can’t|cannot|unable|impossible|not|never|hard|difficult|struggled|struggling|no|nowhere) ~6 (find|locate|see|get) ~3 (contact|number|email|e-mail|details|address|helpline|hotline|chat|button|cancel|cancellation|unsubscribe|history|way) | noneg
(no|zero|without) ~2 (contact|phone|telephone|email|e-mail|helpline|chat) ~1 (details|number|address|information|option|button) ~6 (website|site|app|page|anywhere|online|listed|given|available|found) | noneg
(contact|phone|telephone|email|helpline) ~1 (details|number|page|form|info|information|address) ~3 (hidden|buried|impossible|nowhere|listed|missing)
contact us ~6 (takes|sends|links|leads|goes|redirects|loops) ~4 (back|help|faq|faqs|page|same|round|nowhere)
(links|link|linked|takes|took|goes|went|redirects|redirected|leads|led) ~2 back to ~3 (same|start|home|homepage|help|contact|login|log-in|main|faq|previous|beginning|page|first)
(couldn*|can't|cant|can’t|cannot|unable|not|never|impossible) ~2 (log|login|sign|access|reset|complete|place|checkout|check|pay|submit|book|update|download|register|upload|save) ~3 (in|on|account|password|order|purchase|payment|booking|form|application|claim|invoice|bill|statement|online|basket|cart|out) | noneg
(not|isn*|wasn*) ~1 (mobile|user|phone|customer) friendly | noneg
(not|isn*|wasn*) (mobile-friendly|user-friendly) | noneg
(doesn*|didn*|won't|wont|won’t|not) ~1 (display|function|render|scroll) (on|in) ~2 (phone|mobile|iphone|android|tablet|ipad|browser|chrome|safari|firefox|laptop) | noneg
(doesn*|didn*|won't|wont|won’t|not) ~1 (work|load|open) (on|in) ~1 (mobile|iphone|android|tablet|browser|chrome|safari|firefox|laptop) | noneg
(doesn*|didn*|won't|wont|won’t|not) ~1 (work|load|open) on (my|a|the|your|any) (phone|ipad|mobile|tablet) | noneg
(navigation|navigate|navigating) ~3 (nightmare|impossible|confusing|awful|terrible|horrible|maze|joke|hard|difficult)
(website|site|app|page|menu|menus|interface|layout|design) ~3 (confusing|counter-intuitive|counterintuitive|unintuitive|user-unfriendly|badly|poorly|outdated)
(reset|verification|activation|confirmation|one-time|security) ~2 (link|code|email|text) ~4 (never|didn*|doesn*|not) ~2 (arrive|arrived|came|come|work|works|worked|received) | noneg
(blank|white|error) (page|screen|pages|screens)
(broken|dead) (link|links|page|pages|button)
(app|website|site|tracking|portal|checkout|page|form|basket|login|system) ~1 (still|keeps|kept|always|wrongly) ~1 (says|saying|shows|showing|said|showed|claims|claiming|displays)
(have|had|having|need|needed) to (zoom|pinch|scroll)
(error|errors) ~3 (log|login|sign|pay|paying|checkout|submit|submitting|book|booking|order|ordering|website|site|app|online|page|form|account|basket|cart|password) | weight=0.5
(update|upgrade|updates) ~4 (wiped|deleted|broke|broken|lost|removed|erased|crashed|ruined|messed|reset) | weight=0.5
(spins|spinning|spinner|loads|loading|buffering|hangs|hanging|freezes|frozen) ~2 (forever|endlessly|indefinitely|ages|eternity)
(number|contact|phone|email|details|address|chat|button|link|option|form|cancel|unsubscribe) ~5 (buried|hidden|hides|hiding|nowhere)
(clicks|pages|menus|layers|levels|screens) (deep|in) | weight=0.6
good luck (finding|getting|locating|navigating|contacting|trying) | weight=0.5
(page|site|link|url) not found
(map|maps|images|pictures|photos|calendar|dropdown|menu|tab|captcha|dashboard|filter|filters|checkbox|navigation|scroll|video|videos) ~4 (won't|wont|won’t|doesn*|didn*|isn*|wasn*|not|never|stopped|keeps|kept) ~2 (load|loading|loads|work|working|show|showing|open|opening|scroll|scrolling|display|displaying|respond|responding) | noneg
(button|buttons|link|links|page|form|menu|tab|checkout|basket|app|site|website) ~1 (does|did|do) nothing
(basket|cart|trolley|bag) ~3 (empties|emptied|emptying|clears|cleared|resets|disappears|disappeared|vanishes|vanished|wiped)
+ your website keeps crashing at checkout
+ the app won't let me log in since the update
+ impossible to find a phone number anywhere on your site
+ couldn't complete my order because the payment page froze
+ the site is not mobile friendly at all
+ error 500 on the website every time I try to pay
- I ordered on your website, really easy
- is the app working again?
- the website says my parcel was delivered
- the engineer was on site by 9am

# --- r6: slow / timing out pages; broken booking widgets
(takes|took|taking|take) ~2 (forever|ages|minutes) to (load|open|update|refresh|respond|submit)
(page|site|website|app|portal|screen|payment|checkout|login|session|form|booking) ~5 (timed|times|timing) out
(calendar|dropdown|drop-down|button|buttons|link|links|form|field|fields|basket|cart|checkout|filter|search|scroll|widget|date-picker|datepicker|portal) ~2 (is|was|are|were|seems|keeps|looks|stays) ~1 (broken|glitchy|buggy|frozen|stuck|dead|greyed|unresponsive)
+ the app takes ages to open and then freezes
+ payment screen timed out three times
+ the date-picker is broken on your booking page
- the page took a second to load, no problem
- I timed out my workout using your app, great feature

# --- r6b: payment declined on the site; "something went wrong" pages
(payment|card|transaction|order|purchase) ~3 (declined|rejected|fails|failed|failing|bounced|errors|errored) ~6 (site|website|app|online|checkout|page|portal) | weight=0.6
(even|though|although) ~3 (card|details|payment|account|password|code|postcode) ~2 (is|are|was|were|'s) ~2 (fine|valid|correct|working|ok|okay|right) | weight=0.5
(page|site|website|app|portal|screen|tracking|checkout|form|login|basket) ~5 (says|said|shows|showed|displays|gives|giving|throws|returns|showing) ~3 (error|errors|wrong|unavailable|oops|blank|404|500|502|503)
something went wrong | weight=0.6
+ my card keeps getting rejected at your online checkout even though the card is valid
+ the login screen just shows a blank page
+ the app keeps throwing up "something went wrong"
- my card was declined because I'd hit my limit, my fault
- the page shows my order was delivered, thanks

# --- r8b: session expired pages, "page saying the link is invalid"; buttons cut off the screen,
#     can't scroll/tap; date picker jumps back; form won't submit; greyed-out buttons
session ~2 (expired|expires|expiring|timed|times|timeout|time-out|ended|ends)
(page|site|website|app|portal|screen|tracking|checkout|form|login|basket|message|popup|pop-up) ~5 (says|said|saying|shows|showed|showing|displays|displaying|reads|reading|telling|tells) ~3 (invalid|expired|failed|failure|unexpected|unable|problem|technical|maintenance|unavailable|oops|denied|declined)
(button|buttons|text|menu|menus|form|fields|field|options|links|box|boxes|page|pages|screen|layout) ~4 (cut|hidden|overlap|overlapping|overlaps|off-screen|offscreen|squashed|squished|unreadable|illegible|cropped|misaligned|jumbled|greyed|grayed|disabled)
(can't|cant|can’t|cannot|couldn*|unable|impossible|won't|wont|won’t|doesn't|doesnt|does) ~2 (scroll|zoom|swipe) | noneg
(picker|calendar|page|form|basket|cart|dropdown|drop-down|field|fields|app|site) ~3 (jumps|jumped|resets|reset|reverts|reverted|refreshes|refreshed|clears|cleared|goes|went) ~2 (back|blank|itself|empty|to)
(form|forms|application|claim|page) ~3 (won't|wont|won’t|wouldn*|doesn't|doesnt|didn*|never|refuses|refused) ~1 (submit|send|save|upload|go|load) | noneg
(app|site|website|portal) (is|was|'s) ~2 (a|an) ~2 (maze|labyrinth|mess|joke|shambles|disaster)
(update|upgrade) ~4 (app|site|website|portal) ~4 (broke|broken|stopped|crash*|won't|wont|useless|unusable|blank|worse) | noneg
+ each attempt ends with a page saying the session has expired
+ half the buttons are cut off the screen on my phone
+ the form won't submit, I've tried three browsers
+ the date picker jumps back to today whenever I pick a date
- the page says my parcel is on its way, great
- I scrolled through the menu and found it quickly

# --- r9b: a link that "leads to a 404 / an error / nowhere"
(link|links|button|buttons|url|page|menu|tab|email) ~4 (leads|led|lead|goes|went|takes|took|points|redirects|redirected) ~3 (404|error|errors|nowhere|blank|dead|broken|empty)
+ the reset link in your email leads to a 404
+ the cancel button just goes to a blank page
- the link in your email leads to the offers page, thanks

# --- en11b: steps/screens that hang or stall; forms that wipe what was typed; sites that go
#     round and round; pages that go white; logged him/her out; failures to render; server faults
(step|stage|screen|engine|platform|dashboard|interface|portal|picker|widget|upload|progress|payment|checkout|page|app|site|website) ~3 (hangs|hung|hanging|stalls|stalled|stalling|stuck|freezes|froze|frozen|crashes|crashed)
(unusable|inaccessible|unreachable|unfit) ~3 (online|website|site|app|portal|platform|shop|webshop|system|dashboard|page)
(app|site|website|portal|page|platform|engine|program|software) ~3 (refuses|refused|refusing) ~1 (open|load|start|launch|work|accept|submit|save|connect|respond)
(form|forms|basket|cart|page|app|site|website|portal|application) ~3 (wipes|wiped|wiping|loses|lost|losing|deletes|deleted|clears|cleared|erases|erased|forgets|forgot|resets) ~3 (everything|details|typed|entered|data|info|information|answers|progress|input|items|all)
(page|pages|site|website|app|link|links|menu|menus|faq|faqs|help|portal|screens) ~6 (round|around) ~1 (circles|loop|loops|round|around)
(site|website|app|page|portal|form|screen) ~6 round and round
(jumps|jumped|jumping|reverts|reverted|reverting|resets|resetting|refreshes|refreshing|reloads|reloaded|reloading|flicks|flicked|flicking) ~2 (back|itself|blank|empty|start)
(logs|logged|logging|kicks|kicked|kicking|throws|threw|chucks|chucked|boots|booted) (him|her|them|everyone|people|users|customers) out
(can't|cant|can’t|cannot|couldn*|unable|impossible) ~2 (get|getting) (into|in|onto|on) ~3 (online|account|app|website|site|portal|banking|profile|dashboard) | noneg
(won't|wont|won’t|doesn't|doesnt|didn't|didnt|not|refuses|refused) ~1 (accept|accepting|recognise|recognize|recognising|recognizing) ~2 (password|passwords|login|pin|passcode|username) | noneg
(rejects|rejected|rejecting) ~2 (password|passwords|login|pin|passcode|username)
(spent|wasted|took|takes|spend) ~5 (find|locate|finding|locating|searching|looking|hunting|trying) ~5 (contact|number|address|email|e-mail|phone|button|link|option|form|complaints|helpline)
(export|download|report|reports|dashboard|function|feature|tool|button|search|filter|statement|invoice|portal|app|site|website) ~3 (produces|produced|gives|gave|returns|returned|generates|generated|shows|showed|displays|displayed) ~3 (empty|blank|incorrect|wrong|nothing|garbage|gibberish|nonsense|error|errors)
incompatible
(not|isn't|isnt|isn’t|aren't|arent|wasn't) compatible | noneg
(fail|fails|failed|failing) to (render|load|display|upload|download|refresh|open|launch)
(goes|went|going|turns|turned|turning) (white|blank|grey|gray)
(keeps|kept|keep) ~1 (saying|showing|giving|throwing|popping|coming|flashing|displaying) ~3 (error|errors|oops|failed|invalid|unavailable)
(network|server|technical|system|internal|unknown|unexpected|generic|script|loading|sync|syncing|timeout|gateway) (error|errors|fault|faults|failure)
(no|not|any) ~2 (cancel|cancellation|unsubscribe|delete|logout|log-out|contact|complaints|close) ~1 (button|link|tab|setting|settings)
(reset|verification|activation|confirmation|one-time|security) ~4 (link|code|email|text) ~5 (never|didn*|doesn*|not|hasn*) ~2 (comes|coming|come|came|arrives|arrive|arrived|turns|shows|received|through) | noneg
+ the payment step just hangs on a grey box
+ the booking engine keeps jumping back to the first night whenever I pick dates
+ the quote form wipes everything I typed when I press back
+ your app logged him out halfway through, four times in a row
+ he can't get into his online banking since the new sign-in page
+ product images fail to render and the app keeps saying network error
+ there's no cancel button anywhere in the settings
+ the site just goes white every single time
- I logged out of the app myself after paying
- she couldn't get into the shop because it was closed
- the export worked and gave us a clean spreadsheet

# --- en11b-2: can't get past the login page; bounced back to the homepage; rejects the postcode
#     as invalid; the app closes itself; menus make no sense; can't work out how to ... on the site
past the ~1 (login|log-in|splash|loading|sign-in|signin|welcome|verification|payment|first|start|home|landing) (page|screen|step|stage) | noneg
(bouncing|bounces|bounced|bounce|kicks|kicked|kicking|throws|threw|dumps|dumped|boots|booted|redirects|redirected|redirecting) (me|you|us|him|her|them) back to the ~1 (homepage|home|login|log-in|sign-in|signin|landing)
(rejects|rejected|rejecting|flags|flagged|flagging) ~3 (postcode|post-code|zip|address|email|phone|number|card|date|details|name|password|field|entry|input) ~2 (as|is|was) ~1 (invalid|incorrect|wrong|unrecognised|unrecognized)
(app|site|website|page|browser|tab|program|window|portal) ~3 (closes|closed|closing|shuts|shut|shutting|quits|quit|exits|exited) (itself|down)
(menu|menus|site|website|app|layout|navigation|page|pages|interface|portal|options|settings|dashboard) ~3 (make|makes|made|making) no sense | noneg
(couldn't|couldnt|couldn’t|can't|cant|can’t|cannot|unable) ~1 (work|figure) out how ~8 (website|site|app|online|portal|web) | noneg
+ the app won't get past the login page
+ the site keeps bouncing me back to the homepage
+ the web form kept rejecting my postcode as invalid
+ the app just closes itself whenever I open my account
+ the menus on your website make no sense
- the agent sent me back to the homepage of the help centre to show me the link, very useful
- the menu makes sense now, thanks for the update
- the shop closes itself at 5 on Sundays

# --- en14a: kicked out of the account; site says card not valid; app claims a falsehood
(getting|got|get|gets|keep|keeps|kept|being|been|was|were|am|is|constantly|randomly) ~1 (kicked|logged|signed|booted|thrown|chucked) (out|off) of ~2 (account|session|app|site|website|basket|cart|portal|checkout|login)
(site|website|app|checkout|page|portal|form|system|screen) ~2 (says|said|saying|tells|told|shows|showed|claims|claimed) ~4 (card|payment|details|password|postcode|address|email|login|account) ~2 (not|isn't|isnt|isn’t) (valid|recognised|recognized|accepted|supported) | noneg
(app|website|site|tracking|portal|timetable|screen) ~1 (claims|claimed|claiming|insists|insisted|insisting) ~6 (still|running|available|delivered|open|stock|dispatched|on)
+ every time I add something to my cart the site signs me out
+ keep getting kicked out of my account halfway through paying
+ the checkout tells me my card is not valid, works everywhere else
+ The app claims the train is still running.
- I signed out of my account and closed the tab.
- the site says my voucher is not valid after the expiry date, fair enough, I'm sorry I missed it

# --- r14b: a fault on the website; the site bugged out; contact page loops back
(fault|faults|glitch|glitches|bug|bugs|error|errors) ~1 (on|in|with) (your|their|the) (website|site|app|checkout)
(website|site|app|checkout|portal|page|system) ~3 (bugged|bugging|borked|conked|glitched|spazzed)
(centre|center|page|link|button|site|website|menu|form) ~3 (links|linked|sends|takes|leads|redirects|bounces|loops|goes) ~3 (back|round|around) ~3 (contact|help|faq|support|homepage|start)
+ a fault on your website processed the order twice
+ your website bugged out and charged me twice
+ the help centre sends you straight back to contact us
- I found a bug in my salad and the waiter replaced it
- the driver took it back round to the depot
- They blamed a glitch in the payment provider for charging me twice.
