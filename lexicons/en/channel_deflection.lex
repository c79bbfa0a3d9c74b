# Told to use the website, app, e-mail or another channel instead of being
# helped where they asked.  Not: the customer choosing the website.
(told|tells|telling|tell|advised|instructed|directed|redirected|referred|pointed|sent|said|says|suggested|insisted|wanted) ~5 (to|should|must|have|had|need|needed|has|needs|go|just|only|simply|better|instead|rather|use|do|can|could) ~5 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
(redirected|redirecting|redirects|referred|referring|pointed|pointing|points|sent|sending|sends|directed|directing|directs|pushed|pushing|fobbed|shoved) (me|us) ~3 (to|towards|at) ~3 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
(sent|gave|emailed|texted|pasted|dropped|threw) (me|us) ~3 (link|links|url) ~3 (faq|faqs|website|site|help|page|article|articles|form|app|online|chatbot|centre|center|guide)
(just|only) (sent|gave|emailed|texted|pasted|dropped|threw) (me|us) ~2 (link|links|url)
just (a|another) link
(can|could|will|would|is|was|are|were|must|has|have) ~1 (be|being) (done|handled|dealt|processed|submitted|resolved|sorted|made|accepted|requested|booked|raised|logged) (online|in|via|by|through|over|on|at) ~2 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
only ~2 (be|being) ~1 (done|handled|dealt|processed|submitted|resolved|sorted|made|accepted|requested|booked|raised|logged) ~3 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
(only|just) ~2 (accept|accepts|accepted|take|takes|taken|handle|handles|handled|deal|deals|process|processes|processed|do|does|done) ~3 (online|app|website|site|portal|form|web|email|e-mail|writing|store|shop|branch|person|phone|post|letter|chat)
(refused|refuses|refusing|won't|wont|won’t|wouldn*|can't|cant|can’t|cannot|couldn*|unable|didn*|doesn*|don't|dont|don’t) ~3 (help|deal|handle|sort|do|discuss|take|assist|look) ~4 (phone|store|shop|counter|desk|branch|person|chat|email|here|social|twitter|facebook) | noneg
(use|download|install|try|check|visit|go) (the|our|their|your) (app|website|site|form|portal|chatbot|self-service|faq|faqs) ~6 (instead|they|she|he|told|apparently|rather)
(told|was|were|they|she|he|apparently) ~4 (go|do|apply|book|order|complain|register|sort|report|check|look|submit|request|log|fill) ~3 online
(only|whole|best|standard|usual|their) (answer|advice|reply|response|suggestion|solution) ~6 (use|go|visit|check|try|email|call|download|fill|look) ~4 (website|websites|web|webpage|site|online|app|apps|e-mail|email|emails|form|forms|webform|portal|chat|livechat|webchat|chatbot|faq|faqs|self-service|social|facebook|twitter|messenger|whatsapp|instagram|hotline|helpline|helplines|store|shop|branch|writing|call-centre|call-center|services)
+ the store told me to go on the website and do it online
+ on the phone they just sent me a link to the FAQ
+ was told complaints are only accepted in writing
+ the chat agent said I had to call the hotline instead
+ they refused to help me in store and told me to email customer services
- I used your website to order and it was easy
- I sent you the link to my photos
- she helped me in store and also showed me the app
