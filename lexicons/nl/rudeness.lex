# Rude, impolite, arrogant, sarcastic, dismissive or insulting staff;
# shouting, arguing, calling the customer stupid, hanging up.
# The core adjectives are one regex so that a hypothetical ("als hij
# onbeschoft was geweest") and the customer's own rudeness ("ik was zelf
# wat kortaf") do not count.
/(?<!\bik was |\bwas ik |\bik ben |\bben ik |\bzelf |\bik was wat |\bik was een beetje |\bwas ik een beetje |\bik was ook |\bik was zelf |\bik was zelf een beetje |\bik was zelf ook )\b(onbeleefd|onvriendelijk|kortaf|nors|chagrijnig|ongeduldig|onbeschoft|ongemanierd|brutaal|brutale|arrogant|neerbuigend|respectloos|respectloze|sarcastisch|kleinerend|denigrerend|minachtend|betuttelend|onaardig|grof|grove|lomp|lompe|botte|onheus|onbehouwen|ongeinteresseerd|schofferend|laatdunkend|hautain|kattig|bits|snauwerig|bazig)\w*\b(?![^.!?;]{0,20}\b(was geweest|geweest was|waren geweest|zijn geweest|zou zijn|zou zijn geweest|zouden zijn)\b)/ | anchor=(onbeleefd*|onvriendelijk*|kortaf*|nors*|chagrijnig*|ongeduldig*|onbeschoft*|ongemanierd*|brutaal*|brutale*|arrogant*|neerbuigend*|respectloos*|respectloze*|sarcastisch*|kleinerend*|denigrerend*|minachtend*|betuttelend*|onaardig*|grof*|grove*|lomp*|lompe*|botte*|onheus*|onbehouwen*|ongeinteresseerd*|schofferend*|laatdunkend*|hautain*|kattig*|bits*|snauwerig*|bazig*)
(keek|keken) (me|mij|ons) (niet|nauwelijks|amper) ~1 aan | noneg
(keek|keken) (me|mij|ons) geen blik | noneg
(gooide|gooiden|smeet|smeten|kwakte) ~5 (wisselgeld|bonnetje|bon|pakket|tas|spullen|pas|kaart|geld|toonbank|balie|voeten)
(negeerde|negeerden|negeert|negeren) (me|mij|ons)
(ik|we|wij) (werd|werden|word|worden) ~3 genegeerd
(werd|werden|word|worden) (ik|we|wij) ~3 genegeerd
(was|waren|is|erg|heel|zo|nogal|ontzettend|super|echt|ronduit|behoorlijk|best|bijzonder|vreselijk) bot
bot ~2 (tegen|en)
uit de hoogte
geen ~2 (respect|fatsoen|manieren) | noneg
zonder ~2 (respect|fatsoen) | noneg
sarcasme
cynisch*
(hufter*|hork|horken|lomperik*|botterik*|kwal)
snauw*
(afgesnauwd|toegesnauwd|afgeblaft|afgebekt|toegebeten|afgeblaft)
(blafte|beet|bekte) ~3 af
(schreeuwde|schreeuwden|geschreeuwd|brulde|tierde|raasde|foeterde|bulderde|krijste|gilde)
schreeuwen ~3 tegen
tegen (me|mij|ons) ~3 (schreeuw*|geschreeuwd|tekeer|uitgevallen|uitgevaren|uitvallen|uitvaren)
(uitgescholden|uitschelden|scheldwoord*|scheldpartij|schelden|scheldend|scheldt|vloekte|vloekten|vloekend|tierend|scheldde)
(schold|scholden) ~6 uit
uitgemaakt ~2 voor
voor ~3 (leugenaar*|dief|oplichter*|fraudeur*|crimineel|idioot|gek|zeur|zeurpiet|aansteller|klaploper|profiteur|racist) ~1 (uitgemaakt|versleten|aangezien|weggezet)
beledig*
beschuldig*
waar (iedereen|klanten|andere) ~1 bij (stond|stonden|was|waren)
in het bijzijn van (iedereen|andere|klanten|collega's|mijn)
ten overstaan van
voor de hele (winkel|zaak|rij|wachtrij)
(zei|zegt|riep|noemde) ~5 (ik|mijn|m'n|we|wij|me) ~3 (stonk|'stonk|stink|stinkt|'stinkt|dik|'dik|lelijk|'lelijk|smerig|'smerig|gestoord|'gestoord)
('ga|ga) (toch|lekker|maar|gewoon) (iets|wat|weg|zeuren|janken|huilen|zitten|ergens)
of (ik|we|wij) (wel|'wel|eigenlijk|uberhaupt|soms|misschien) ~3 (wist|weet|snapte|snap|begreep|begrijp|kon|kan|lezen|tellen)
(langzaam|luid|hard) en (langzaam|luid|hard) ~2 (praten|spreken|praatte|sprak)
alsof (ik|we|wij|je|u|mijn) ~2 (idioot|debiel|kind|dom|dommerik|sukkel|achterlijk|gek|crimineel|dief|leugenaar|oplichter|imbeciel|zeur|zeurpiet|analfabeet|kleuter|peuter|lastpak|niks|lucht|oen|klein)
(behandeld|aangesproken|weggezet|neergezet|bejegend) (als|alsof) ~2 (idioot|debiel|kind|dom|sukkel|achterlijk|gek|crimineel|dief|leugenaar|oplichter|imbeciel|zeur|analfabeet|kleuter|lastpak|vuil|tweederangs|hond|nummer|oud)
(lachte|lachten|grinnikte|grinnikten|grijnsde|grijnsden|grijnzen|grijnzend|grinnikend|gniffelde|gniffelden|lachend|smaalde|uitgelachen|uitlachen)
(lachte|lachten) ~3 uit
(op|met|aan) (haar|zijn|hun) ~1 (telefoon|mobiel|mobieltje|gsm|schermpje|telefoontje)
(kletsen|kletste|kletsten|kletsend|babbelen|babbelden|babbelde|roddelen|roddelden)
(wuifde|wuifden|wuift|wuiven) ~4 weg
(weggewuifd|wegwuiven|afgewimpeld)
riep ~3 (tegen|door)
riep ~6 dat ~2 (ik|mijn|het|u)
belachelijk ~3 gemaakt
(maakte|maakten|maakt|maken) (me|mij|ons) ~2 belachelijk
waar (mijn|de|andere|onze) ~2 bij (stond|stonden|was|waren|zat|zaten)
(oprotten|opdonderen|ophoepelen|optiefen|opsodemieteren|opflikkeren|opzouten|wegwezen|'wegwezen|'oprotten)
(rot|donder|hoepel|tief|flikker|zout|'rot|'donder) ~1 op
voor (gek|dom) ~2 (gezet|verklaard|uitgemaakt)
als ~2 (idioot|kind|oen|debiel|crimineel|dief|verdachte|oplichter|leugenaar|tweederangs*|hond|vuil|nummer|klein) ~2 (behandeld|bejegend|weggezet|aangesproken|toegesproken)
noemde (me|mij|ons) ~3 (dom*|idioot|gek|lastig|schatje|'schatje|moeilijk|zeur*|hysterisch)
(zuchtte|zuchtten|zuchtend)
(rolde|rolden) ~3 ogen
met de ogen ~2 (rollen|rolde|draaien|draaide)
(interesseerde|boeide|kon) ~4 (niets|niks|geen) ~2 (schelen|uit) | noneg
boeide ~3 niet | noneg
niet ~2 (vriendelijk|beleefd|netjes|aardig) | noneg
(allesbehalve|verre) ~2 (vriendelijk|beleefd|netjes|aardig|klantvriendelijk)
(agressief|agressieve|intimiderend*|dreigend|dreigde)
in discussie
ging ~3 discussie*
(liet|lieten) (me|mij|ons) ~3 niet ~2 uitpraten | noneg
(onderbrak|onderbraken) ~3 (steeds|telkens|continu|constant)
viel (me|mij) ~3 in de rede
onprofessioneel* | weight=0.5
# Hanging up: not when the customer hangs up ("ik hing op", "hing ik op")
# nor "hing een uur in de wacht".
/(?<!\bik )(?<!\bwe )(?<!\bwij )\b(hing|hingen)\b(?! (ik|we|wij)\b)(?![^.!?;]{0,30}\b(in de wacht|aan de lijn|aan de telefoon|in de rij|in de wachtrij)\b)[^.!?;]{0,25}\bop\b/ | noneg,anchor=(hing|hingen)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|men|die) ~4 (ophing|ophingen)
heeft ~3 opgehangen
verbrak ~3 verbinding
hoorn ~3 (erop|neer)
(ze|zij|hij) legde ~3 neer
in mijn gezicht
+ de medewerker was ontzettend onbeleefd
+ ze hing gewoon op terwijl ik nog aan het praten was
+ hij snauwde me af en deed heel arrogant
+ ik werd uitgelachen door de kassamedewerker
+ de dame aan de telefoon was niet bepaald vriendelijk
+ hij heeft gewoon opgehangen
+ de kassière keek me niet eens aan
+ ze deed alsof ik een idioot was
- de medewerker was niet onbeleefd, gewoon wat druk
- vriendelijke en behulpzame medewerker, top
- na een uur wachten hing ik zelf maar op
- ik was zelf een beetje kortaf, sorry daarvoor
- als de verkoper arrogant zou zijn, zou ik gewoon weglopen
