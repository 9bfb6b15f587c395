from tool import *
BM=A('Bill Maher'); M=A('Maher'); MU=A('Muslims',None)
append(92, [
 ('ACCUSE','Tells','Maher Tells Guest',[M],[MU],'p'),
 ('ACCUSE','said it was wrong','said it was wrong to compare',[BM],[MU],'p'),
 ('REJECT','false equivalency','That is a false equivalency',[M],[A('Lawrence Wilkerson')],'p'),
 ('ACCUSE','trying to get a nuclear weapon','they are trying to get a nuclear weapon',[M],[A('Muslims',None)],'p'),
 ('ACCUSE','suggested','Maher also suggested',[M],[A('American politicians')],'p'),
 ('ACCUSE','his mistake','this was his mistake',[A('Maher')],[A('Bush')],'p'),
])
