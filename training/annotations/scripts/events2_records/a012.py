from tool import *
O=A('Obama'); C=A('Clinton'); T=A('Trump'); Cr=A('Cruz')
append(12, [
 ('ACCUSE','pile on','Republicans pile on',[A('Republicans')],[O,C]),
 ('ACCUSE','lashed out','Thursday lashed out',[A('The leading Republican candidates for president')],[A('President Obama'),A('Hillary Clinton')]),
 ('ACCUSE','heaped criticism','heaped criticism',[A('those trailing them')],[A('the president'),A('his former secretary of State')]),
 ('ACCUSE','no longer think','Our friends no longer think',[A('Jeb Bush')],[O]),
 ('ACCUSE','courthouse','and the courthouse',[A('Jeb Bush')],[C]),
 ('ACCUSE','disqualified','should be disqualified',[A('Marco Rubio')],[C]),
 ('ACCUSE','attacks','were targets of attacks',[A('struggling challengers')],[T,Cr]),
 ('SUPPORT','endorsements','major endorsements from establishment',[A('establishment Republicans')],[A('Rubio')]),
 ('ACCUSE','portrayed','being portrayed as a flip-flopper',[],[A('Rubio')]),
 ('REJECT','refused','Paul refused to join',[A('Rand Paul')],[]),
 ('ACCUSE','criticism','Cruz faced criticism',[],[Cr]),
 ('ACCUSE','question','Trump continued to question',[T],[Cr]),
 ('REJECT','belittled','Cruz belittled',[Cr],[]),
 ('ACCUSE','hit piece','"hit piece"',[Cr],[A('The New York Times')]),
 ('REJECT','just as much','just as much of a natural-born',[Cr],[]),
 ('ACCUSE','questioned',"questioned Trump's",[Cr],[T]),
 ('ACCUSE','attacks','faced increasing attacks',[A('Bush'),A('Kasich')],[A('Rubio'),A('Christie')]),
 ('ACCUSE','break our borders','break our borders',[A('Trump')],[]),
])
