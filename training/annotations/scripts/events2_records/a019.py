from tool import *
O=A('Barack Obama'); T=A('Trump'); C=A('Clinton')
append(19, [
 ('ACCUSE','paint','effort to paint Donald Trump',[O],[A('Donald Trump')],'h'),
 ('SUPPORT','make the case','will make the case',[A('Obama')],[C],'h'),
 ('SUPPORT','more qualified','more qualified than Hillary Clinton',[A('Obama')],[A('Hillary Clinton')],'h'),
 ('ACCUSE','question','implicitly question',[A('Obama'),A('Leon Panetta'),A('Joe Biden')],[T],'h'),
 ('ACCUSE','attack','launched a pre-emptive attack',[T],[A('Obama')]),
 ('REQUEST','suggestion','Trump’s suggestion that Russia',[T],[A('Russia','RUS')]),
 ('ACCUSE','howls of outrage','caused howls of outrage',[],[A('The Republican nominee')]),
 ('REQUEST','hope','I hope you’re able',[T],[A('Russia','RUS')]),
 ('REJECT','says','Clinton says the mails',[C],[]),
 ('ACCUSE','smoking gun','a smoking gun for a cover-up',[A('Republicans')],[C]),
 ('ACCUSE','concluded','The FBI concluded',[A('The FBI')],[C]),
 ('ACCUSE','recommend','did not recommend',[A('The FBI')],[C],'n'),
 ('ACCUSE','actively encouraged','actively encouraged a foreign power',[A('Jake Sullivan')],[T]),
 ('ACCUSE','national security issue','to being a national security issue',[A('Jake Sullivan')],[T]),
 ('PROTEST','disrupting','periodically disrupting the proceedings',[A('Sanders supporters')],[]),
])
