from tool import *
JB=A('Jeb Bush'); GW=A('George W. Bush'); T=A('Mr. Trump'); DT=A('Donald J. Trump'); BF=A('The Bush family')
append(29, [
 ('SUPPORT','helped','helped by George',[A('George')],[JB]),
 ('ACCUSE','goes after','goes after Trump',[JB],[A('Trump')]),
 ('ACCUSE','clashed','clashed on Monday',[BF],[DT]),
 ('ACCUSE','clashed','has clashed with',[BF],[DT]),
 ('SUPPORT','vouch','to vouch for his decency',[GW,A('Laura Bush')],[JB]),
 ('ACCUSE','name-calling','a lot of name-calling',[A('the former president')],[]),
 ('SUPPORT','character to be a great president','character to be a great president',[A('the former president')],[JB]),
 ('SUPPORT','praised','Mr. Bush also praised',[A('Mr. Bush')],[A('his younger brother')]),
 ('ACCUSE','mocking','mocking his famous',[T],[A('Mr. Bush')]),
 ('ACCUSE','saying','pointedly saying the country',[T],[A('Mr. Bush')]),
 ('ACCUSE','broadside','repeating a broadside',[T],[A('the 43rd president')]),
 ('ACCUSE','during his presidency','It was during his presidency',[T],[A('the former president')]),
 ('ACCUSE','added','He added that praising',[T],[A('the former president')]),
 ('ACCUSE','critique','pointed critique',[T],[A('President Bush')]),
 ('ACCUSE','attacks','Such attacks on the most recent',[T],[A('the most recent Republican president')]),
 ('REJECT','defending','speech defending his administration',[A('the former president')],[T]),
 ('CONSULT','called me','Condi called me',[A('Condoleezza Rice')],[A('the former president')]),
 ('ACCUSE','criticizing','criticizing - and even',[T],[A('his rivals')]),
 ('THREATEN','threatening to sue','threatening to sue',[T],[A('his rivals')]),
])
