# Slovesa mluvení (Czech speech cues): a word that reports what someone
# said.  From the cue to the end of its sentence, and inside quotation
# marks, are someone else's reported words, where rules marked `said`
# count.  A `self` word among the two words before the cue ("já jsem jim
# řekl"), or right after it when marked after ("řekl jsem", "psala jsem"),
# makes the writer the speaker.  Single words.
řekl*
říkal*
říká
říkají
tvrdil*
tvrdí
prý | whole
údajně | whole
podle
odpověděl*
odpověď
odpovídal*
napsal*
píše
píšou
vysvětlil*
vysvětloval*
oznámil*
sdělil*
sdělení
tvrzení
vzkázal*
reagoval*
reakce
odsekl*
prohlásil*
konstatoval*
uvedl*
naznačil*
dle
vyčítal*
obvinil*
upozornil*
zopakoval*
odepsal*
zdůvodnil*
odůvodnění*
vymlouval*
argumentoval*
odvětil*
opáčil*
namítl*
poznamenal*
ujistil*
ujišťoval*
řek
vykládal*
# the writer as speaker
jsem | self after
já | self
mě | self after
mne | self after
mého | self after
+ paní na pobočce řekla, že je to moje chyba
+ podle technika jsem to rozbil sám
+ prý jsem špatně vyplnil formulář
- operátor byl na mě hrubý
- čekal jsem na lince hodinu
