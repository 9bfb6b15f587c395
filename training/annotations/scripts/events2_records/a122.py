from tool import *
JR=A('Jorge Ramos'); R=A('Ramos'); T=A('Trump'); DT=A('Donald Trump')
append(122, [
 ('ACCUSE','crosses swords','Mexican anchor crosses swords',[A('Mexican anchor')],[DT]),
 ('ACCUSE','clashing','billionaire-turned-politician clashing',[A('A bouffant-haired, billionaire-turned-politician'),A('a famous TV journalist')],[A('a famous TV journalist'),A('A bouffant-haired, billionaire-turned-politician')]),
 ('COERCE','threw','Donald Trump threw famous',[DT],[JR]),
 ('REJECT','shot back','when Trump shot back',[T],[A('the journalist')]),
 ('COERCE','escorted','a security guard escorted Ramos out',[A('a security guard')],[R]),
 ('ACCUSE','calling them rapists','calling them rapists',[A('the real estate tycoon')],[A('Mexican immigrants','MEX')]),
 ('REQUEST','vowing to make Mexico pay','vowing to make Mexico pay',[A('the real estate tycoon')],[A('Mexico','MEX')]),
 ('CONCEDE','tremendously wrong','We were tremendously wrong',[R],[]),
 ('ACCUSE','attacking migrants','who was attacking migrants',[A('Ramos')],[A('someone')]),
 ('ACCUSE','lamented','Ramos lamented',[R],[T]),
 ('ACCUSE','censured','Televisa network censured',[A('Ramos')],[A('Televisa','MEX')]),
 ('SUPPORT','named','Time magazine named him',[A('Time magazine')],[A('Jorge Ramos')]),
 ('REQUEST','call for the resignation','to call for the resignation',[R],[A('Enrique Pena Nieto','MEX')]),
 ('AGREE','willing to accept','he was willing to accept an interview',[T],[A('“anchor (not) baby”')]),
 ('REQUEST','interview requests','his interview requests',[R],[T]),
 ('ACCUSE',"he doesn’t want that","he doesn’t want that right now",[R],[A('Trump')]),
 ('THREATEN','warned','Ramos warned that',[R],[]),
])
