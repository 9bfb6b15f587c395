from tool import *
GB=A('Glenn Beck'); B=A('Beck'); T=A('Trump')
append(35, [
 ('ACCUSE','Blasts','Glenn Beck Blasts Drudge',[GB],[A('Drudge')],'p'),
 ('ACCUSE','Boasters','‘Boasters’',[GB],[T]),
 ('ACCUSE','blasting','After blasting the Drudge Report',[GB],[A('Drudge Report')],'p'),
 ('ACCUSE','reciting','by reciting a passage',[GB],[A('Donald Trump')]),
 ('REQUEST','asked','I asked for America to fast',[B],[A('America')],'p'),
 ('ACCUSE','mocked','being mocked in the media',[A('the media')],[B],'p'),
 ('ACCUSE','described','in the past described Trump',[B],[T]),
 ('SUPPORT','declared','He has declared Cruz',[B],[A('Cruz')]),
 ('SUPPORT','called','He has also called the Texas senator',[B],[A('the Texas senator')]),
 ('ACCUSE','criticized','Beck has also criticized Christian',[B],[A('Christian Evangelical voters')]),
 ('REQUEST','encouraged','Beck encouraged Americans',[B],[A('Americans')],'p'),
 ('REQUEST','encouraged','he encouraged a fast',[B],[],'p'),
])
