from tool import *
PS=A('Phyllis Schlafly'); S=A('Schlafly'); T=A('Trump'); DT=A('Donald Trump'); MP=A('the Mexican president','MEX')
append(33, [
 ('SUPPORT','Sees','She Sees Reagan-like',[S],[T]),
 ('SUPPORT','best hope','America’s best hope',[PS],[A('the candidate')]),
 ('CONSULT','met','where he met the Mexican',[DT],[MP]),
 ('CONSULT','meeting','recalling the meeting between Reagan',[A('Reagan')],[A('Mikhail Gorbachev','RUS')]),
 ('SUPPORT','strong supporter','a strong supporter',[S],[T]),
 ('SUPPORT','acknowledged','acknowledged her',[A('Trump')],[S]),
 ('ACCUSE','opposition','staunch opposition from the media',[A('the media')],[A('Reagan'),T]),
 ('REQUEST','promise','rock-solid promise',[T],[]),
 ('REQUEST','should be grateful','Mexico should be grateful',[S],[A('Mexico','MEX')]),
 ('CONSULT','meeting','stance in his meeting',[T],[MP]),
 ('SUPPORT','‘choice, not an echo,','‘choice, not an echo,',[S],[DT]),
 ('ACCUSE','cheated','being cheated and outmaneuvered',[A('Schlafly')],[A('our adversaries and even our so-called allies',None)]),
])
