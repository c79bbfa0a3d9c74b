# Will write a review, post on social media, go to a regulator, consumer
# body, lawyer or court.
(slechte|negatieve|eerlijke|vernietigende|kritische|boze) (review|reviews|recensie|recensies|beoordeling|beoordelingen)
(review|reviews|recensie|recensies|beoordeling|beoordelingen) ~4 (schrijven|schrijf|plaatsen|plaats|zetten|zet|achterlaten|geven|geschreven|geplaatst|posten|online)
(schrijf|schrijven|plaats|plaatsen|zet|zetten|laat|geef|geven|komt|komen|volgt|volgen|verschijnt) ~3 (review|reviews|recensie|recensies|beoordeling)
# a star rating in a review's header is not a threat: half (with a platform it counts)
(1|een|één|nul|0) (ster|sterretje) | weight=0.5
(geef|geven|krijgen|krijgt|verdienen|verdient|verdiend) ~3 (1|een|één|nul|0|geen|halve) (ster|sterren|sterretje|sterretjes)
(trustpilot|klantenvertellen*|kiyoh|consumentenbond|test-aankoop|testaankoop|rechtsmaatregel*|aanklagen|aanklacht|sommatie|kortgeding|rechtsgang|rechtsweg|viral|geschillencommissie|huurcommissie|klachtencommissie|ombudsman|ombudsdienst|ombudsfunctie|toezichthouder|klachteninstituut|kifid|consuwijzer|acm|afm|nvwa|ilt|inspectie|buurtapp|groepsapp|whatsappgroep|buurtgroep|facebookgroep|familieapp|buurt-app|advocaat|advocaten|jurist|juristen|rechtsbijstand*|rechtbank|rechtszaak|procederen|dagvaarden|dagvaarding|ingebrekestelling|deurwaarder|kantonrechter|aansprakelijkstelling|rechter|huurteam)
google (review*|recensie*)
autoriteit consument
reclame code
juridisch loket
juridische (stappen|actie)
in gebreke ~1 (stellen|gesteld)
aansprakelijk ~1 (stellen|gesteld)
(social|sociale) media | weight=0.5
(twitter|facebook*|instagram*|tiktok|linkedin|reddit|youtube|socials|whatsappgroep*|buurtgroep*|wijkgroep*|wijkapp) | weight=0.5
(zet|zetten|post|posten|plaats|plaatsen|deel|delen|gooi|gooien|ga|gaan|gaat|komt|komen|belandt) ~5 (media|socials|twitter|facebook|instagram|tiktok|linkedin|reddit|youtube|internet|online|forum|fora)
(media|twitter|facebook|instagram|tiktok|linkedin|reddit|internet) ~3 (zetten|gezet|posten|geplaatst|plaatsen|delen|gedeeld|gooien)
(openbaar|wereldkundig) (maken|gemaakt)
(iedereen|vrienden|familie|kennissen|anderen|omgeving|netwerk) ~3 (waarschuwen|vertellen|afraden)
(waarschuw|waarschuwen|raad) ~3 (iedereen|anderen|vrienden|familie|kennissen)
commissie | weight=0.5
(commissie|ombudsman|rechter|toezichthouder|acm|geschillencommissie|huurcommissie) ~5 (voorgelegd|voorleggen|ingediend|indienen|ingeschakeld|inschakelen|gemeld|melden|aangekaart|naartoe|stap|stappen)
(voorgelegd|voorleggen|stap|stappen|ga|gaan|klacht|dien|melding) ~5 (aan|bij|naar) de (commissie|reclame|huurteam|ombudsman|rechter|toezichthouder|geschillencommissie|consumentenbond|autoriteit|huurcommissie|pers|media|krant|televisie)
(hoort|horen|weet|weten|lezen|zien) ~2 er ~1 (van|over) | weight=0.5
(radar|opgelicht|kassa|bnnvara|omroep) ~3 (benaderen|inschakelen|mailen|melden|sturen|contacteren)
(naar|bij|aan) (radar|opgelicht)
(naar|bij|aan) (de|een) (pers|media|krant|journalist|televisie)
(aangifte|politie) | weight=0.5
(stappen|actie) (ondernemen|nemen) | weight=0.5
(deel|delen|gedeeld|posten|gepost|post|plaatsen|geplaatst|verspreiden|verspreid|zetten) ~4 (facebook*|groep*|socials|media|twitter|insta|instagram*|tiktok|linkedin|reddit|forum*|fora|internet|whatsappgroep*|buurtapp|wijkapp|youtube)
(zet|zetten|post|posten|gooi|gooien|plaats|plaatsen) ~5 op (x|twitter|facebook|insta|instagram|tiktok|linkedin|reddit|internet|youtube|socials|google|trustpilot)
# --- added (holdout4 round) ---
testaankoop
test aankoop
(melden|meld|gemeld|klacht|klachten|aangeven|doorgeven) ~3 bij ~2 (testaankoop|consumentenbond|ombudsman|ombudsdienst|acm|geschillencommissie|toezichthouder|inspectie|economische)
+ ik ga een slechte review schrijven op Trustpilot
+ dit gaat op social media, reken maar
+ ik stap naar de Geschillencommissie
+ mijn advocaat neemt contact met u op
+ ik schakel de Consumentenbond in
- ik las goede reviews over jullie, daarom besteld
- ik heb jullie gevonden via Instagram
+ ik dien een klacht in bij de ombudsdienst
+ dit ga ik melden bij test aankoop

# --- added (holdout5 round) ---
# bodies in the Netherlands and Belgium; formal complaints outside the company
(mensenrechten|unia|antidiscriminatiebureau|discriminatiemeldpunt|vrederechter|ondernemingsrechtbank|consumentenombudsdienst|ombudsdienst|gegevensbeschermingsautoriteit|privacywaakhond|geschillencommissie|klachtenbox|belmed|verbruikersunie|consumentenorganisatie|consumentenprogramma|tv-programma)
(klacht|klachten|melding|aangifte|zaak) ~3 (indienen|ingediend|indien|dien|doen|gedaan|neerleggen|neergelegd) ~3 bij ~3 (college|unia|meldpunt|ombudsdienst|ombudsman|geschillencommissie|inspectie|autoriteit|acm|politie|rechter|rechtbank|consumentenbond|testaankoop|test-aankoop)
(dien|dienen|diende) ~3 (klacht) ~3 in ~2 bij ~3 (college|unia|meldpunt|ombudsdienst|ombudsman|geschillencommissie|inspectie|autoriteit|acm|consumentenbond|testaankoop|test-aankoop)
(advocaat|advocaten|jurist|rechtsbijstandsverzekering) ~4 (inschakelen|ingeschakeld|nemen|genomen|contact|bellen|gebeld|sturen|brief)
college voor de rechten
fod economie
economische inspectie
autoriteit persoonsgegevens
+ ik dien een klacht in bij het College voor de Rechten van de Mens
+ ik stap naar de vrederechter
+ dit meld ik bij Unia
- het meldpunt van de winkel zelf reageerde snel
- ik las het in de krant van gisteren
# --- added (long-narrative round) ---
# "ik blijf dit hier posten tot er iets gebeurt"
(blijf|blijven|ga|gaan|zal|zullen|ga) ~3 (posten|delen|tweeten|twitteren|plaatsen|retweeten|taggen|reviewen) ~4 (tot|totdat|zolang|todat|tenzij|als)
(blijf|blijven) ~3 (posten|tweeten|twitteren|taggen)
+ ik blijf dit hier posten tot er iets gebeurt
+ ik ga dit delen tot jullie reageren
+ ik blijf jullie taggen
- ik blijf gewoon klant, geen zorgen
- ik ga de foto's delen met de monteur
# --- added (mixed-genre round) ---
# "Review volgt.", "recensie komt eraan"
(review|reviews|recensie|beoordeling|post|tweet|artikel|filmpje|video) (volgt|volgen|komt) | noneg
+ dank voor niks, review volgt
# --- added (round 6: idea-grid probes) ---
# media and consumer bodies named with "met", courtroom
(contact|contacteer|contacteren|tip|tippen|mail|mailen|schrijf|schrijven) ~4 met ~1 (radar|opgelicht|avrotros|bnnvara)
(melden|meld|gemeld|klacht|klachten|aangeven|doorgeven) ~3 bij ~2 (test-aankoop|testaankoop)
(rechtszaal|rechtszalen)
+ ik neem contact op met Radar
+ ik meld dit bij Test-Aankoop
+ tot ziens in de rechtszaal
- ik heb gisteren Radar gekeken, leuk programma
# --- added (round 6b: families from a fresh second probe set) ---
iedereen (gaat|zal|mag|moet) ~3 (lezen|weten|horen|zien) | weight=0.5
(mijn|m'n) (review|recensie|beoordeling) | weight=0.5
+ iedereen gaat dit lezen in mijn review
- in mijn review van vorig jaar was ik positief
# family: going public to followers / making a video
(volgers|followers) | weight=0.5
(maak|maken|ga|gaan|zal|zet|post) ~3 (filmpje|vlog|draadje|thread|reel|storie|story) | weight=0.5
(viraal|schandpaal)
+ mijn volgers gaan dit zien, ik maak er een filmpje van voor TikTok
+ dit gaat viraal, let maar op
- ik heb een filmpje van de installatie gemaakt voor de monteur
# --- added (round 9b) ---
+ hier komt een recensie over op google
- de recensie die ik las was positief
# --- added (r11b: four-voices probes) ---
# formal legal wording: "gerechtelijke stappen", "een procedure starten bij de rechtbank", "juridisch laten uitzoeken"
(gerechtelijke|juridische|rechtelijke) (stappen|procedure|procedures|weg|actie|acties|maatregelen|traject|vervolging)
juridisch ~3 (uitzoeken|uitgezocht|aanpakken|aangepakt|laten|bekijken|afhandelen|vervolg|traject)
(raadsman|raadsvrouw|advocatenkantoor|letselschadeadvocaat|rechtshulpverlener|incassoadvocaat)
(naar|bij|voor) de (rechtbank|kantonrechter|vrederechter|rechter|geschillencommissie)
# going to the press: "brengen dit naar buiten via de krant", "de media inlichten"
naar buiten ~4 (brengen|breng|brengt|gebracht|treden|komen|gaan) | weight=0.5
(brengen|breng|brengt|bracht|brachten|treden|treed|treedt|trad|kom|komen) ~3 naar buiten | weight=0.5
(via|in|aan|naar) (de|het|een) ~1 (krant|kranten|pers|journalist|journalisten|dagblad|media|omroep|nieuws|regionale) | weight=0.5
(krant|kranten|pers|journalist|journalisten|media|omroep|redactie|nieuwsredactie) ~4 (halen|gehaald|tippen|getipt|inlichten|ingelicht|benaderen|benaderd|inschakelen|ingeschakeld|mailen|gemaild|informeren|geinformeerd|contacteren|gecontacteerd)
+ als de bank niet betaalt, brengen wij dit naar buiten via de lokale krant
+ wij zien ons genoodzaakt rechtsmaatregelen te treffen
+ ik ga naar Test-Aankoop stappen
+ ik laat dit juridisch uitzoeken
- 1 ster. Titel: onbeschoft personeel
- ik las in de krant dat jullie gaan verbouwen

# --- r12a (four-voices round 3) ---
# review platforms by name
(tripadvisor|yelp|zoover|kieskeurig|google-recensie*|google-review*|googlereview*|googlerecensie*)
# asking others to spread it: "RT'en aub", "delen pls"
(rt|rt'en|retweet|retweeten|retweeten|delen|deel|share|sharen|verspreid|verspreiden) ~1 (aub|pls|plz|please|svp|massaal|allemaal)
# showing everyone: "het aan iedereen laten zien", "laat iedereen weten"
iedereen ~3 (laten|laat|zal|ga|gaan) ~1 (zien|weten|lezen|horen)
# so that others know: half, with a platform or a write-up
(zodat|opdat) ~3 (anderen|andere|meer|iedereen|mensen|toekomstige|niemand) ~4 (weten|zien|lezen|horen|trappen|intrappen|gewaarschuwd) | weight=0.5
# sending the story to a newspaper with an adjective between: "naar de lokale krant"
(stuur|sturen|stap|stappen|ga|gaan|mail|mailen|tip|tippen|bel|bellen|schrijf|schrijven|breng|brengen) ~4 (naar|aan|bij) (de|het|een) ~1 (krant|kranten|pers|media|journalist|televisie|omroep|dagblad|nieuws|tv|redactie)
# writing it up on a platform: "een stukje schrijven op LinkedIn"
(schrijf|schrijven|stukje|verhaal|verhaaltje|bericht|blog|blogje|vertel|vertellen|deel|delen) ~5 op (linkedin|facebook|x|twitter|insta|instagram|tiktok|reddit|internet|youtube|socials|trustpilot|tripadvisor|mijn|m'n)
+ Ik zet dit hotel op Tripadvisor, reken maar.
+ Iedereen moet dit weten, RT'en aub!
+ Ik ga het aan iedereen laten zien.
+ Ik stuur dit verhaal naar de regionale krant.
+ Ik schrijf er een stukje over op LinkedIn zodat meer mensen het zien.
- Ik las in de krant dat jullie een nieuwe winkel openen.
- Ik weet niet of ik iedereen dit moet aanraden, het was prima.
# --- added (r13b thesaurus pass) ---
# going public: aan de grote klok hangen, te kijk zetten, zwartmaken online, naming and shaming
aan de grote klok ~2 (hangen|hang|hangt|gehangen)
(zet|zetten|gezet|zal|ga|gaan) ~3 (jullie|u|dit|het|deze|dat|hen) ~2 te kijk
(naming|name) ~2 (and|en) ~1 (shaming|shame)
(ombudsvrouw|ombudsdienst*|klachtenloket*|consumentenorganisatie*|consumentenplatform*|consumentenprogramma*|klachtensite*|klachtenplatform*|zwartboek)
# legal: proces/procedure aanspannen, procederen, een zaak beginnen, rechtsbijstand inschakelen
(proces|rechtszaak|zaak|bodemprocedure) ~2 (aanspannen|aangespannen|aanspan)
(rechtszaak|bodemprocedure) ~2 (beginnen|starten|tegen)
proces tegen (jullie|u|hen|deze|dit|het|de)
(procederen|procedeer|procedeert)
(rechtsbijstand*|rechtshulp|rechtswinkel|advocatuur) ~4 (inschakelen|ingeschakeld|schakel|bellen|gebeld|contact|aanvragen|ingelicht|inlichten)
(ga|gaan|zal|zullen|wil|willen|gaat) ~4 (tweeten|twitteren|bloggen|vloggen|posten|reviewen|recenseren) ~3 (over|erover|hierover|daarover)
+ ik ga dit aan de grote klok hangen
+ ik zet jullie online te kijk
+ ik ga een proces aanspannen tegen jullie
+ mijn rechtsbijstand is al ingeschakeld
- de grote klok in de hal hing scheef
- het proces van bestellen ging soepel
# a star rating on a named platform: "komt op Google met 1 ster"
(google|trustpilot|tripadvisor|kiyoh|klantenvertellen|zoover|playstore|appstore|booking|thuisbezorgd) ~4 (1|een|één|nul|0|halve|geen) (ster|sterren|sterretje|sterretjes)
+ dit komt op Google met 1 ster
