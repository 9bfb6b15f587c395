from tool import *
FBI=A('FBI'); SD=A('State Department'); JW=A('Judicial Watch'); C=A('Clinton'); HC=A('Hillary Clinton')
append(96, [
 ('AGREE','will turn over','it will turn over to the State Department',[FBI],[SD]),
 ('ACCUSE','investigation','recovered in the investigation',[FBI],[HC]),
 ('REJECT','opposed',"Clinton's lawyers opposed",[A("Clinton's lawyers")],[]),
 ('REQUEST','request','a request in a civil lawsuit',[],[A('Clinton')]),
 ('ACCUSE','probe','closed out a criminal probe',[FBI,A('Justice Department')],[A('Clinton')]),
 ('ACCUSE','lawsuit','ongoing lawsuit over a public records',[JW],[SD]),
 ('REQUEST','asked','it asked for the return of emails',[SD],[FBI]),
 ('AGREE','cooperate','the FBI said it would cooperate',[FBI],[SD]),
 ('REJECT','oppose','appeared to oppose the effort',[A('Attorneys for Clinton')],[SD]),
 ('ACCUSE','brought','The case was brought by Judicial Watch',[JW],[SD]),
 ('ACCUSE','questioned','Judicial Watch has questioned',[JW],[]),
 ('AGREE','permitted','this spring permitted Judicial Watch',[A('Emmet G. Sullivan')],[JW]),
 ('REQUEST','asked to depose','Judicial Watch asked to depose',[JW],[]),
 ('ACCUSE','raised questions','the FBI finding raised questions',[JW],[C]),
 ('ACCUSE','called','Tom Fitton called',[A('Tom Fitton')],[C]),
 ('REJECT','"futile,"','"futile,"',[A('David E. Kendall')],[JW]),
])
