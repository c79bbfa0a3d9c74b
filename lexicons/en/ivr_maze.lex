# Phone menus, chatbots or automated systems with no way to reach a person;
# robocalls.  Not: a chatbot that actually helped.
(chatbot|chatbots|chat-bot|chat-bots) | weight=0.6
(bot|bots) | weight=0.5
(virtual|digital|automated|ai|so-called|smart|online|voice) (assistant|agent|helper)
(automated|automatic|recorded|computerised|computerized|robotic|robot) (system|systems|menu|menus|phone|line|voice|voices|message|messages|options|service|attendant|operator|assistant|response|responses|call|calls|recording)
(phone|telephone|automated|voice|endless|main|ivr|keypad|touch-tone|touchtone) (menu|menus|tree|options|maze|labyrinth|loop|system)
menu (options|maze|loop|hell|system|tree)
ivr
(press|pressed|pressing|presses) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|one|two|three|four|five|six|seven|eight|nine|zero|hash|star) | weight=0.6
(press|pressed|pressing|presses) ~6 (press|pressed|pressing|option|options|menu|again|then|loop|start) | weight=0.5
(press|pressed|pressing|presses) the (hash|star|pound)
pressing (buttons|numbers|keys|options)
option (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|one|two|three|four|five|six|seven|eight|nine) ~8 (option|again|back|loop|start|menu|nothing|none|hung|disconnected)
(none|not) ~2 of the ~1 (options|choices|items)
(no|not|without|never) ~3 (option|way|button|choice|possibility|number|route|means|path|access|exit|escape) (to|for|of) (speak|talk|chat|reach|get|contact|a|an|the|any|live|real|actual|connect) ~2 (human|person|agent|operator|advisor|adviser|representative|rep|someone|somebody|anyone|anybody|humans|people) | noneg
(couldn*|can't|cant|can’t|cannot|never|unable|impossible|no|not) ~3 (get|reach|speak|talk|through|hold|connect|chat|find) ~3 (human|humans|person|operator|agent|advisor|adviser|representative|people) | noneg
(speak|talk|chat|through) ~1 to ~3 (human|person|operator|humans) ~4 (impossible|never|couldn*|can't|cant|can’t|cannot|no) | noneg
(just|only|simply|really|desperately|all) ~3 (want|wanted|need|needed|wanna|trying|tried) ~2 (speak|talk|chat) ~3 (human|person|operator|humans|people)
(actual|real|live|proper) (human|person|humans|people|agent) | weight=0.5
human (being|agent|operator|beings) | weight=0.5
(typed|typing|type|said|saying|shouted|shouting|asked|asking|pressed) ~2 (human|agent|operator|advisor|representative) ~5 (times|again|nothing|over|repeatedly|twice|ignored)
(talking|speaking|chatting|arguing) ~1 (to|with) ~1 (machine|robot|bot|computer|algorithm)
(stuck|trapped|caught|lost|round|around|looped|looping|loops|loop) ~4 (loop|loops|maze|circles|menu|menus|labyrinth) | weight=0.6
back to the ~1 (menu|start|beginning)
(sends|sent|takes|took|returns|dumps|dumped|send|take) (me|you|us) back to ~2 (menu|start|beginning|page|help)
(automated|recorded|robot|automatic|computer|system|ivr|machine|recording) ~5 (hung|hangs|disconnected|cut|cuts|cutting|ended|ends|told|=terminate|dropped|drops|killed) ~2 (up|off|call|me|you|us|line)
(helpline|recording|message|menu|machine|voice|bot|robot|system) ~8 (hung|hangs|ends|ended|cuts|cut|disconnected|disconnects) ~2 (up|off|call|me|you)
(robocall|robocalls|robo-call|robo-calls)
(automated|recorded|pre-recorded|prerecorded|spam|robot|nuisance|robo|computer-generated|automatic) (call|calls|messages|texts|voicemails)
voice recognition
(didn*|doesn*|couldn*|can't|cant|can’t|wouldn*) ~2 (understand|recognise|recognize|catch) ~6 (system|bot|machine|robot|menu|automated|computer) | noneg
(system|bot|machine|robot|menu|voice|chatbot|computer|assistant) ~4 (didn*|doesn*|couldn*|can't|cant|can’t|wouldn*|not) ~1 (understand|recognise|recognize|catch|get|accept) | noneg
sorry ~1 (didn't|didnt|didn’t) catch that | noneg
(back|ended|end) ~2 (at|to) the ~1 (start|beginning|main) | weight=0.6
(pressed|tried|pressing|trying|went) ~2 (every|each|all) ~1 (option|options|number|numbers|button|buttons) | weight=0.6
(chatbot|chatbots|assistant) ~6 (useless|pointless|rubbish|stupid|loop|loops|circles|didn*|doesn*|couldn*|can't|cant|nothing|wall|hopeless) | weight=0.6
(bot|bots) (is|was|are|were|just|kept|keeps|completely|totally|utterly|absolutely|went|goes|sent|sends) ~3 (useless|pointless|rubbish|stupid|loop|loops|circles|hopeless|wall|nothing|repeat|repeating|repeats) | weight=0.6
(chatbot|chatbots|bot|bots|system|menu|assistant) ~3 (kept|keeps|keep|just|only) (answering|replying|answers|replies|suggesting|showing|posting|sending|saying|repeating|giving|asking|looping|telling|sending|directing|pointing|linking|dumping|offering) | weight=0.5
(loops|looped|looping|loop) (me|you|us) ~1 (back|round|around)
(buttons|options|choices|menu|menus) ~6 (none|not|no|never) ~3 (talk|speak|human|person|agent|someone|somebody|operator|people|advisor|adviser)  | noneg
invalid (selection|option|choice|entry|input|response|key)
(hoping|trying|tried|desperate|begging|waiting) ~3 (operator|human|person|agent|someone|somebody) | weight=0.5
(layers|levels|rounds|maze|tree|menus) of (options|menus|menu|questions|prompts|buttons|numbers)
(menu|menus|system|bot|chatbot|options) (loops|looped|looping|goes|went|sends|sent|keeps|kept) ~3 (forever|round|around|circles|loop|start|beginning)
+ stuck in the automated phone menu for 20 minutes with no option to speak to a human
+ the chatbot kept sending me the same links
+ pressed 3, then 1, then it sent me back to the main menu
+ I just want to talk to a real person!!
+ impossible to reach a human being, only robots
- the agent was a real person and very kind
- I pressed the doorbell but nobody answered
- the menu at the restaurant was lovely
+ the so-called assistant offers four buttons, none of which lets me talk to someone
- the sales assistant told me to look it up online

# --- r6: shouting "agent"/"operator" at a machine
(shouting|shout|shouted|yelling|yell|yelled|screaming|scream|screamed|saying|repeating|repeated) ~2 (agent|representative|operator|human|advisor|adviser|person|someone) ~4 (machine|robot|bot|computer|recording|system|phone)
(shouting|shouted|yelling|yelled|screaming|screamed|swearing|arguing|pleading|begging) ~2 at (a|the|your) ~1 (machine|computer|recording|robot|bot)
+ ten minutes yelling "operator" at your phone system
+ I ended up screaming at a recording
- the operator I got was lovely and sorted it
- I asked the agent to repeat the reference number

# --- r6b: phone robot; more and more menus; the system wouldn't let me reach a human
(phone|voice|telephone|talking|automated) (robot|robots|bot|bots|machine|machines)
(more|endless|another|further|multiple|countless|dozens|nested|layers|layer|maze) ~2 (menus|submenus|sub-menus)
(system|machine|bot|menu|computer|robot|recording) (wouldn*|won't|wont|won’t|doesn*|didn*|never) ~1 let (me|us) | noneg, weight=0.6
(reach|speak|talk|get|find|contact|connect) ~3 (a|an|any|one|actual|real|live) ~1 (human|humans|human-being|person|being) | weight=0.5
+ the phone robot asked for my postcode four times and then gave up
+ no way out, just more menus and then more sub-menus
+ tried for half an hour to reach a human but the system wouldn't let me
- I spoke to a real person within a minute, great
- the menus at the restaurant were sticky but food was nice

# --- r6c: the line went dead while in the menus
(menu|menus|automated|recording|options|prompts) ~8 (disconnected|disconnects|dropped|hung) | noneg
(menu|menus|automated|recording|options|prompts) ~8 (line|call) ~2 (dead|cut|dropped) | noneg
+ twenty minutes of menu options and then the call dropped
+ the automated line disconnected me after the fourth prompt
- the menu at the cafe was dead simple
- I pressed the hung-up button by mistake

# --- r9b: bot never hands over to a person
(never|won't|wont|won’t|doesn*|didn*|refuses|refused|wouldn*|no|not|without) ~3 (hand|hands|handed|handing|pass|passes|passed|put|puts|transfer|transfers|transferred|connect|connects|connected|escalate|escalates) ~4 (human|humans|person|operator|agent|advisor|adviser|people|someone|somebody|staff|employee|employees|anyone|anybody|representative) | noneg, weight=0.6
+ the chatbot never hands you over to a human, just loops
+ I get pre-recorded calls about my loan every single day
- the bot handed me over to a person within a minute
- the chatbot passed me to an agent who fixed it

# --- r12b voices: the whole line is a robot; no route to a human; bot answers with links;
# can't get past the bot; every option ends in goodbye; options that fit nothing
(line|phone|phones|service|helpline|hotline|chat|webchat|livechat|switchboard|support) (is|was|are|were|just|only|all|fully|entirely|completely|totally|'s) ~1 (robot|robots|bot|bots|automated|automatic|robotic|computerised|computerized)
(fully|entirely|completely|totally|wholly|purely) (automated|automatic|robotic|computerised|computerized)
(all|only|just) (recordings|robots|bots|prompts|recorded) | weight=0.6
(interactive|voice-activated|voice-controlled|speech-recognition|voice-recognition) ~1 (system|response|menu|line|assistant|service|robot)
(assistant|chatbot|chatbots|bot|bots|ai) ~2 (answered|replied|responded|answers|replies|responds|answering|replying) ~6 (link|links|article|articles|faq|faqs|irrelevant|unrelated)
(sends|sent|sending|send|gives|gave|giving|posts|posted|throws|threw) (me|us) ~2 (article|articles|faq|faqs|help-pages|links) | weight=0.5
(help|support) (assistant|helper) | weight=0.5
(can't|cant|can’t|cannot|couldn*|unable|impossible|never|no) ~2 (get|getting|go|move) (past|beyond) ~2 (it|bot|chatbot|menu|menus|robot|machine|recording|recordings|automated|options|assistant|system) | noneg, weight=0.6
(chatbot|chatbots|bot|bots|menu|machine|robot|recording|automated|assistant) ~4 (only|sole) (contact|way|option|route|channel|means)
(every|each|all|whichever|whatever|any) (option|options|path|paths|route|routes|button|buttons|choice|choices|ending|endings|number|key) ~5 (back|goodbye|dead|loop|loops|hang|hangs|=disconnect|start|beginning|nowhere)
(keeps|kept|keep|keeping) (giving|reading|listing|offering|playing) ~2 (options|choices|menus) | weight=0.6
(options|choices) ~4 (aren't|arent|aren’t|don't|dont|don’t|doesn't|doesnt|didn't|didnt|none|never|weren't|werent) ~3 (match|fit|apply|cover|relevant|relate|problem|issue|query|mine|include) | noneg, weight=0.6
+ your phone line is a robot, it never understands a word
+ the helpline is fully automated and there is no route to a human adviser
+ the interactive voice response system cut me off twice
+ their AI assistant answered my fraud question with a link to mortgage rates
+ I cannot get past the chatbot to anyone who can help
+ every option ends with goodbye and the call drops
+ the phone thing keeps giving me options that aren't my problem
+ the automated service will not put me through to staff
- the chat assistant I got was a real person and sorted it quickly
- every option on the menu was delicious
- all recordings of the meeting were sent to us, thanks

# --- r14b: the chatbot keeps redirecting
(chatbot|bot|chat-bot|robot|assistant) ~3 (keeps|kept|keep) ~1 (redirecting|sending|bouncing|looping|pointing|taking|directing|referring)
+ a chatbot that keeps redirecting me to the help page
+ the bot kept sending me to the FAQ
- the assistant kept me updated the whole time

# --- en15a: the recording sends you elsewhere, then the line goes dead
(recording|tape|automated|announcement|robot|bot) ~12 (line|call|connection) ~2 (dead|cut|dropped|drops|ends|ended|=disconnect|terminated) | noneg
+ the recorded voice tells you to visit the website and then the call just ends
+ the tape says to try the app and after that the line goes dead
+ the automated message read out our opening hours and then the connection dropped
- I recorded the call in case the line went dead again
- the automated update arrived fine and the connection is stable now
- The salesman told my grandad he wouldn't understand it anyway.

+ whichever option you press it says goodbye and the call drops
