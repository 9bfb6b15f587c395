from tool import *
AM=A('Angela Merkel','DEU'); M=A('Merkel','DEU'); EU=A('European Union',None); TR=A('Turkey','TUR'); FG=A('Filippo Grandi',None); E=A('Recep Tayyip Erdogan','TUR')
append(70, [
 ('SUPPORT','heralded','Merkel heralded',[AM],[]),
 ('AGREE','deal','Union’s deal with Turkey',[EU],[TR]),
 ('COERCE','returning','envisions returning migrants',[EU],[A('migrants and refugees',None)],'h'),
 ('AID','resettle','the EU will resettle',[A('the EU',None)],[A('Syrian refugee','SYR')],'h'),
 ('ACCUSE','reacted skeptically','reacted skeptically',[FG],[EU]),
 ('REQUEST','demands','He demands legal safeguards',[FG],[]),
 ('SUPPORT','welcomed','Grandi welcomed',[FG],[A('the EU',None)]),
 ('AID','financial contribution','EU’s financial contribution',[A('the EU',None)],[TR]),
 ('AID','hosting','laments hosting',[E],[A('migrants and refugees',None)]),
 ('THREATEN','threated','repeatedly threated to expel',[E],[A('migrants and refugees',None)]),
 ('REQUEST','Let the United Nations','Let the United Nations advise',[A('Erdogan','TUR')],[A('United Nations',None)]),
 ('AGREE','agree','did not actually agree',[A('some governments',None)],[],'n'),
 ('CONSULT','meet','will meet for further deliberations',[A('The European Council',None)],[],'h'),
 ('ACCUSE','concerned','EU Member States are concerned',[A('EU Member States',None)],[M]),
 ('ACCUSE','resent','They resent that Turkey',[A('EU Member States',None)],[TR]),
 ('ACCUSE','likened','cynically likened',[A('An EP member',None)],[EU]),
 ('REQUEST','proposal','Trump’s proposal that Mexico',[A('Donald Trump')],[A('Mexico','MEX')]),
 ('AID','taking in','for taking in one million',[M],[A('migrants and refugees',None)]),
])
