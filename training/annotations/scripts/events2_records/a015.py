from tool import *
Cr=A('Cruz')
append(15, [
 ('SUPPORT','backing','had the backing of Mitt Romney',[A('Mitt Romney')],[Cr]),
 ('SUPPORT','endorsement','touting the endorsement',[A('RaÃÂol Grijalva')],[A('Sanders')]),
 ('SUPPORT','coalescing behind','are coalescing behind Cruz',[A('Anti-Trump Republicans')],[Cr]),
 ('SUPPORT','endorsed','Jeb Bush endorsed Cruz',[A('Jeb Bush')],[Cr]),
 ('SUPPORT','endorsement','Securing the Bush endorsement',[A('Bush')],[Cr]),
 ('SUPPORT','actively support','"actively support"',[A('the former Florida governor')],[Cr],'h'),
 ('ACCUSE','vulgarity','divisiveness and vulgarity',[A('Bush')],[A('Donald Trump')]),
 ('SUPPORT','back','reason for Bush to back Cruz',[A('Bush')],[Cr]),
 ('SUPPORT','endorsed','has also endorsed Cruz',[A('The Club for Growth PAC')],[Cr]),
])
