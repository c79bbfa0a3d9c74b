# Will write a review, post on social media, go to a regulator, consumer
# body, lawyer or court.  Not: "I read your reviews", "I follow you on
# Instagram".
(leave|leaving|left|write|writing|wrote|written|post|posting|posted|put|putting|give|giving|gave|submit|submitting|share|sharing|getting|get|expect|expecting|deserve|deserves|earned) ~5 (review|reviews|rating|ratings)
(trustpilot|tripadvisor|yelp|feefo|glassdoor|checkatrade|mumsnet|moneysavingexpert|bbb) | weight=0.6
trip advisor | weight=0.6
better business bureau
(1|one|zero|0|no) ~1 (star|stars) ~3 (review|rating|from|everywhere|on)
(one-star|zero-star|no-star)
(post|posting|posted|share|sharing|shared|put|putting|tweet|tweeting|tweeted|blast|blasting|expose|exposing|plaster|plastering|spread|spreading|broadcast|publish|publishing) ~8 (social|socials|facebook|fb|twitter|instagram|insta|tiktok|reddit|linkedin|youtube|online|internet|viral|forum|forums|news|papers|press|media|newspaper|group)
(tell|telling|warn|warning|told|inform|informing) ~2 (everyone|everybody|friends|family|people|others|customers|world|anyone|followers|neighbours)
(ombudsman|ombudsmen|regulator|regulators|ofcom|ofgem|ofwat|fca|asa|ftc|cfpb|cma|ico|caa|watchdog|watchdogs)
trading standards
citizens advice
(citizen's|citizens) advice
consumer (rights|protection|council|association|authority|body|organisation|organization|watchdog|affairs|champion|helpline|tribunal|ombudsman|group)
small claims
financial conduct authority
advertising standards
(report|reporting|reported|refer|referring|referred|escalate|escalating|escalated|raise|raising|raised) ~4 to ~5 (ombudsman|regulator|regulators|regulatory|ofcom|ofgem|fca|asa|standards|police|authorities|consumer|watchdog|bbb|council|ico|cma|press|commission|commissioner|scheme|tribunal|authority)
(lawyer|lawyers|solicitor|solicitors|litigation)
legal (action|advice|proceedings|route|team|case|claim|letter)
(take|taking|took|court) ~2 (legal|court)
(to|in|at|claims|county|see) court
(sue|sueing|suing|sued) (you|them|your|the|for|over)
(i'll|ill|i’ll|will|gonna|going) ~2 sue
letter before (action|claim)
class action
chargeback | weight=0.4
(contact|contacting|go|going|write|writing|call|calling|tell|telling|inform|informing|speak) ~2 (mp|press|media|newspaper|papers|journalist|journalists|bbc|watchdog|news|tv)
consumer rights act
(going|gone|go|went|goes) viral
(make|making|made) ~3 (viral|public)
(everyone|everybody|people|world|followers|friends|neighbours|group|groups) ~4 (hear|hears|know|knows|see|sees|read|reads|find|finds) ~1 (about|out)
(facebook|whatsapp|community|neighbourhood|neighborhood|local|village|parents|mums) (group|groups|page|forum) | weight=0.6
(tell|telling|write|writing|talk|talking|complain|complaining) ~3 (social|facebook|twitter|instagram|tiktok|reddit|online|internet|press|media|newspaper)
(going|go|goes|gone|went|put|putting|posting|posted|be) ~2 (on|onto|to|up) ~1 (twitter|tripadvisor|trustpilot|yelp|feefo|google|facebook|instagram|tiktok|reddit|social|youtube|linkedin|mumsnet|trustpilot|x)
let ~2 (everyone|everybody|people|others|world|friends|followers) know
(write|writing|wrote|post|posting|blog|blogging|tweet|tweeting|vlog) about (this|it|you|my|your|the|what) | weight=0.5
(my|our) ~2 (followers|subscribers|audience|readers|viewers)
(bad|negative|scathing|terrible|awful|honest|damning|poor|horrible|one-star|stinking|brutal) (review|rating|write-up)
(review|rating|reviews|thread|post|tweet|write-up|complaint) (incoming|coming|pending|heading|follows|imminent|drafted|written|ready|loading|queued)
(screenshot|screenshots|screenshotted|screenshotting|screenshoting|screengrab|screengrabs) | weight=0.5
(go|going|went|gone|goes) public
name and shame
(naming|name) and shaming
(left|leaving|leave|given|gave|giving|give|getting|get|got) ~4 (1|one|zero|0|no|single) ~1 (star|stars)
(taking|take|took|escalating|escalate) (this|it|matters|things) (further|higher)
+ I will be leaving a 1-star review on Trustpilot
+ going to post this all over social media
+ I'm reporting you to the ombudsman
+ my solicitor will be in touch
+ see you in small claims court
+ I'll warn everyone I know to stay away
- I read the reviews before buying and they were good
- I follow your Instagram for the offers
- Sue at the front desk was lovely
# --- r4: "everyone I know is hearing about this" ---
(everyone|everybody|all) (i|we) (know|meet) ~3 (hear|hearing|heard|told|telling) ~2 (about|of|this|it|how|what|that)
+ Everyone I know is hearing about this
+ everybody we know will be told how you treat customers
- everyone I know loves this shop
- everybody I know has one of these, great product

# --- r6b: already tweeted and tagged you
(tweeted|tweeting) ~3 (about|this|it|you|them|your)
(i'll|ill|i’ll|will|gonna|going|i'm|im|i’m) ~2 tweet ~2 (about|this|it|everyone|everything)
tagged (you|your|the|them) ~3 (in|on|post|tweet|twitter|instagram|facebook) | weight=0.6
+ already tweeted about this, let's see if that gets a response
+ I've tagged you in a post on Instagram
- I tweeted how much I love the new menu
- tagged the parcel with the wrong label, my bad

# --- r6c: my MP / councillor; "every review site will hear about this"
(forward|forwarding|forwarded|sending|send|writing|write|wrote|contacting|contact|contacted|copied|copying|cc|cc'd|cc'ing|taking|raising|reporting|report|complaining|complain|telling|tell) ~4 (mp|mep|congressman|congresswoman|senator|councillor|councilor|congressperson|msp|assemblyman|assemblywoman|alderman)
(review|reviews) (site|sites|platform|platforms|website|websites|page|pages) | weight=0.5
(will|gonna|shall) ~2 (hear|know|learn|read) about (this|it) | weight=0.6
+ I've copied my local councillor into this email
+ everyone on every review platform will know about this
- my MP held a surgery at the library
- you'll hear about it in the newsletter, can't wait

# --- r8b: this is going on our community Facebook page; so other parents don't make the same
#     mistake; make a TikTok about it so the world can see
(this|it|that|everything|story|photos|pictures|video|experience) ~2 (is|are|will|'s|be|going|goes) ~2 (on|onto|up|to|in) ~3 (twitter|tripadvisor|trustpilot|yelp|google|facebook|instagram|tiktok|reddit|social|socials|youtube|linkedin|mumsnet|nextdoor|forum|forums|x)
(so|hopefully|hope|that) (other|others|fellow|no-one|nobody|anyone|future) ~3 (make|makes|fall|falls|suffer|suffers|waste|wastes|go|goes|experience|experiences|end|avoid|avoids|repeat|know|knows|aware|beware) ~3 (same|mistake|through|trap|for|up|this|what|about|before) | noneg
(make|making|made|film|filming|filmed|record|recording|do|doing|upload|uploading|posting|post|write|writing|start|starting) ~2 (tiktok|tiktoks|reel|reels|vlog|youtube|thread|instagram|story|reddit|facebook|twitter|blog|mumsnet|nextdoor) ~3 (about|on|of|exposing)
so (the|whole) ~1 world ~2 (can|will|sees|knows|see|know)
(avoid|beware) ~2 (this|these|them|at) ~1 (company|place|shop|store|firm|nursery|hotel|restaurant|garage|landlord|agency|airline|all|business|builder|builders|costs|lot) | weight=0.6
+ this is going on our community Facebook page
+ writing this so other parents don't fall for the same trap
+ I'll make a TikTok about this so the whole world can see
- I found your number on Facebook, thanks
- made a video of the fault and sent it to your engineer

# --- en12a: filing with a regulator / commissioner; regulatory body; legal counsel
(filed|file|filing|lodged|lodge|lodging|submitted|submit|submitting|made|raised|opened) ~3 (complaint|complaints|claim|report|case|dispute) ~3 (with|to) ~4 (ombudsman|regulator|ico|commissioner|commission|standards|authority|council|police|bureau|agency|board|tribunal|register|scheme|service)
(information|equality|equalities|human) ~3 (commissioner|commissioner's|commission|advisory|ombudsman)
(raising|raise|raised|taking|take|took|escalating|escalate) (this|it|the|my|matter|complaint|things) ~3 (with|to) ~4 (council*|mp|regulator*|ombudsman|paper|press|newspaper|media|commission|authority|watchdog|tribunal) | weight=0.6
regulatory (body|bodies|authority|authorities|complaint|action|agency)
legal (counsel|representation|help|assistance|aid|remedy|remedies)
(issue|issuing|issued) ~2 (proceedings|claim) ~3 (court|against|county|small)
+ I have filed a complaint with the Information Commissioner's Office today
+ I intend to escalate this to the relevant regulatory body and will be seeking independent legal counsel
+ I will refer the matter to the Financial Ombudsman Service
+ report them to the deposit protection scheme
+ I'm raising this with the council's accessibility officer and the local paper
- the regulatory changes mean your bill will rise in April
- the council's bin collection changed, the information was clear
# --- en12a: the internet will see; media interest; telly; letter to the editor
(internet|world|public|everyone|everybody) (will|shall|gonna|is|going|can) ~2 (see|know|hear|learn|find|read|judge)
(news|press|paper|papers|newspaper|journalist|journalists|reporter|reporters|station|telly|tv|media|editor) ~4 (interested|keen|listening|aware|informed|contacted|hearing|told) | weight=0.5
local (news|paper|papers|press|newspaper|radio|tv|station|rag|media|telly) | weight=0.6
(dmed|dm'd|messaged|emailed|contacted|contacting|tipped|tipping|tagging|tagged|wrote) ~3 (watchdog*|journalist|journalists|reporter|reporters|newsroom|paper|newspaper|press|telly|tv|bbc|itv)
being on (telly|tv|television|radio|the)
letter to ~1 (editor|paper|press|newspaper)
(rating|ratings|stars|reviews|reputation) while (it|they) (lasts|last)
(thread|post|tweet|video) ~4 (hits|reaches|blows|viral|trending) | weight=0.5
(followers|subscribers) | weight=0.5
+ The internet will see how you treat your customers.
+ my local news station is VERY interested in your workmanship
+ Already DMed the watchdog. Let's see how you like being on telly.
+ the way your staff spoke to her will be going in a letter to the editor
+ enjoy your 4.8 rating while it lasts. Review drafted.
+ sort my refund before this thread hits 50k followers
- I read about the new store in the local paper, great opening day
- the editor of my school magazine loves your shop

# --- r14b: everyone's going to see this
(everyone's|everybody's|everyone|everybody|world) ~3 (going|gonna|will|shall) ~1 (see|hear|read|know) ~2 (this|post|tweet|review|thread|video)
+ everyone's going to see this post
+ the whole world will hear about this
- we will see this weekend if the new menu is any good
- I hold power of attorney for my dad and want to add it to his account.

# --- en18b inflection: "tagged you guys in an Instagram post"
tagged (you|u|ya|your|them|yall|y'all) ~4 (instagram|insta|facebook|fb|twitter|tiktok|reddit|linkedin|youtube|post|tweet|story|reel|video)
+ I tagged you guys in an Instagram post
# "1-star" is 1 + - + star to the tokeniser
(0|1) star (review|reviews|rating|ratings|everywhere|on)
+ enjoy your 1-star review on Google
+ 1 star reviews everywhere I can find
- the hotel was a 1 star hotel and we knew it
